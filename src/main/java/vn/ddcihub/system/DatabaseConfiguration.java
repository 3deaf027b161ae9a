package vn.ddcihub.system;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * One PostgreSQL everywhere: an external server when {@code DDCI_DB_URL} is set,
 * otherwise the embedded server this application starts itself, with its data under
 * {@code ./data/}. On the embedded server the application works as a role that is no
 * superuser and Flyway migrates as the database's owner ({@link EmbeddedDatabaseRoles}).
 * <p>
 * When the database is gone, a request fails within seconds instead of waiting half a
 * minute for a connection: the pool waits {@code ddci.db.connection-timeout} (3 s) for
 * one, and opening one gives up after as long.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** Connections kept open when idle; more are opened on demand up to the pool size. */
	private static final int MINIMUM_IDLE = 2;

	@Bean
	DataSource dataSource(Environment environment, @Value("${ddci.db.url:}") String url,
			@Value("${ddci.db.user:}") String user, @Value("${ddci.db.password:}") String password,
			@Value("${ddci.db.pool-size:20}") int poolSize,
			@Value("${ddci.db.connection-timeout:3s}") Duration connectionTimeout,
			@Value("${ddci.db.statement-timeout:30s}") Duration statementTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		EmbeddedDatabaseSettings embedded = EmbeddedDatabaseSettings.of(environment).orElse(null);
		if (embedded != null) {
			EmbeddedPostgresServer server = embeddedServer(embedded);
			dataSource.setJdbcUrl(server.jdbcUrl(EmbeddedDatabaseSettings.DATABASE));
			dataSource.setUsername(EmbeddedDatabaseCredentials.APPLICATION);
			dataSource.setPassword(server.password(EmbeddedDatabaseCredentials.APPLICATION));
		}
		else {
			dataSource.setJdbcUrl(url);
			dataSource.setUsername(user);
			dataSource.setPassword(password);
		}
		dataSource.setMaximumPoolSize(poolSize);
		// Hikari fills the pool to its maximum by default: twenty PostgreSQL backends
		// forked during start-up, competing with it for two cores.
		dataSource.setMinimumIdle(Math.min(MINIMUM_IDLE, poolSize));
		dataSource.setConnectionTimeout(connectionTimeout.toMillis());
		dataSource.setValidationTimeout(Math.min(1000, connectionTimeout.toMillis()));
		dataSource.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, connectionTimeout.toSeconds())));
		// no request may hold a connection and a backend for minutes: a statement running
		// longer than this is cancelled by PostgreSQL and the request fails (migrations
		// use
		// their own connection and are not limited)
		dataSource.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
		dataSource.setPoolName("ddci");
		return dataSource;
	}

	/**
	 * Flyway changes the schema as the owner of the embedded database; on an external one
	 * it uses the configured user, as before.
	 */
	@Bean
	FlywayConfigurationCustomizer embeddedDatabaseOwnerMigrates(Environment environment) {
		return configuration -> EmbeddedDatabaseSettings.of(environment).ifPresent(embedded -> {
			EmbeddedPostgresServer server = embeddedServer(embedded);
			configuration.dataSource(server.jdbcUrl(EmbeddedDatabaseSettings.DATABASE),
					EmbeddedDatabaseCredentials.OWNER, server.password(EmbeddedDatabaseCredentials.OWNER));
		});
	}

	@Bean
	EmbeddedDatabaseAvailability embeddedDatabaseAvailability(Environment environment,
			org.springframework.context.ApplicationEventPublisher events, DataSource dataSource,
			@Value("${ddci.embedded.restart-delay:1s}") Duration restartDelay,
			@Value("${ddci.embedded.liveness-grace:60s}") Duration livenessGrace) {
		EmbeddedPostgresServer server = EmbeddedDatabaseSettings.of(environment)
			.map(DatabaseConfiguration::embeddedServer)
			.orElse(null);
		return new EmbeddedDatabaseAvailability(server, restartDelay, livenessGrace, events, dataSource);
	}

	/**
	 * Outside the session filter, so that a session which cannot be read from the
	 * database is answered 503 too.
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(EmbeddedDatabaseAvailability availability,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors,
			@Qualifier("jteViewResolver") ViewResolver views, LocaleResolver languages) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(availability, errors, views, languages));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		return registration;
	}

	/**
	 * Usually already started in the background by EmbeddedPostgresEarlyStart; then this
	 * only waits for it.
	 */
	private static EmbeddedPostgresServer embeddedServer(EmbeddedDatabaseSettings embedded) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embedded.dataDirectory(), embedded.port(),
				embedded.clean());
		server.ensureDatabase(EmbeddedDatabaseSettings.DATABASE);
		return server;
	}

}
