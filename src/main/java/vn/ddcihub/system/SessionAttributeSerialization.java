package vn.ddcihub.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Java serialisation of session attributes, as Spring Session does it, except that an
 * attribute this version cannot read — written by a node running another version during a
 * rolling upgrade, or before a Spring Security upgrade changed its classes — reads as
 * absent. The user is then simply signed out (and signs in again) instead of getting an
 * error page on every request until the session expires.
 */
final class SessionAttributeSerialization {

	private static final Logger log = LoggerFactory.getLogger(SessionAttributeSerialization.class);

	private SessionAttributeSerialization() {
	}

	static ConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class,
				unreadableAsAbsent(new DeserializingConverter(classLoader)));
		return conversions;
	}

	private static Converter<byte[], Object> unreadableAsAbsent(DeserializingConverter deserializer) {
		return bytes -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.info("A stored session attribute cannot be read by this version and is ignored: {}",
						ex.getMostSpecificCause().toString());
				return null;
			}
		};
	}

}
