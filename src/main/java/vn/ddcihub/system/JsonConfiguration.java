package vn.ddcihub.system;

import java.util.TimeZone;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ddcihub.shared.VietnamTime;

/**
 * JSON of the API writes times in Vietnamese time (+07:00), from the one zone constant,
 * and refuses a text holding a NUL character (PostgreSQL cannot store it) as an error of
 * that field.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer vietnamTimeZone() {
		return builder -> builder.defaultTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
	}

	@Bean
	JsonMapperBuilderCustomizer textWithoutNul() {
		return builder -> builder
			.addModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul()));
	}

	/** Strings as Jackson reads them, refused when they contain U+0000. */
	static final class TextWithoutNul extends StdScalarDeserializer<String> {

		TextWithoutNul() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw InvalidFormatException.from(parser, "text contains a NUL character", value, String.class);
			}
			return value;
		}

	}

}
