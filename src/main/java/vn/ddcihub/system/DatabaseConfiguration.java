package vn.ddcihub.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One PostgreSQL everywhere: an external server when {@code DDCI_DB_URL} is set,
 * otherwise the embedded server this application starts itself, with its data under
 * {@code ./data/}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** Connections kept open when idle; more are opened on demand up to the pool size. */
	private static final int MINIMUM_IDLE = 2;

	@Bean
	DataSource dataSource(Environment environment, @Value("${ddci.db.url:}") String url,
			@Value("${ddci.db.user:}") String user, @Value("${ddci.db.password:}") String password,
			@Value("${ddci.db.pool-size:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		EmbeddedDatabaseSettings embedded = EmbeddedDatabaseSettings.of(environment).orElse(null);
		if (embedded != null) {
			// Usually already started in the background by EmbeddedPostgresEarlyStart;
			// then this only waits for it.
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embedded.dataDirectory(), embedded.port(),
					embedded.clean());
			server.ensureDatabase(EmbeddedDatabaseSettings.DATABASE);
			dataSource.setJdbcUrl(server.jdbcUrl(EmbeddedDatabaseSettings.DATABASE));
			dataSource.setUsername(server.superuser());
		}
		else {
			dataSource.setJdbcUrl(url);
			dataSource.setUsername(user);
			dataSource.setPassword(password);
		}
		dataSource.setMaximumPoolSize(poolSize);
		// Hikari fills the pool to its maximum by default: twenty PostgreSQL backends
		// forked during start-up,
		// competing with it for two cores.
		dataSource.setMinimumIdle(Math.min(MINIMUM_IDLE, poolSize));
		dataSource.setPoolName("ddci");
		return dataSource;
	}

}
