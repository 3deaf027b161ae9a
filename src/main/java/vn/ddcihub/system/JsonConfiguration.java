package vn.ddcihub.system;

import java.util.TimeZone;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ddcihub.shared.VietnamTime;

/**
 * JSON of the API writes times in Vietnamese time (+07:00), from the one zone constant.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer vietnamTimeZone() {
		return builder -> builder.defaultTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
	}

}
