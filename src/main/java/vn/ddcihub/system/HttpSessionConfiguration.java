package vn.ddcihub.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC; settings in application.properties,
 * tables in Flyway V5), so a second application node continues a user's session.
 */
@Configuration(proxyBeanMethods = false)
class HttpSessionConfiguration {

	/**
	 * Writes session attributes with {@code insert … on conflict do update}: two parallel
	 * requests of one session that both add the same attribute (the CSRF token right
	 * after sign-in, say) would otherwise make the second fail on the primary key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionLastAccessWrites sessionLastAccessWrites(
			@Value("${ddci.session.last-access-precision:1m}") Duration precision) {
		return new SessionLastAccessWrites(precision);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesOfOtherVersions() {
		return repository -> repository.setConversionService(
				SessionAttributeSerialization.conversionService(HttpSessionConfiguration.class.getClassLoader()));
	}

}
