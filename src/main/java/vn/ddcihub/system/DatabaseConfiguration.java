package vn.ddcihub.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL everywhere: an external server when {@code DDCI_DB_URL} is set, otherwise the
 * embedded server this application starts itself, with its data under {@code ./data/}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final String EMBEDDED_DATABASE = "ddci";

	@Bean
	DataSource dataSource(@Value("${ddci.db.url:}") String url, @Value("${ddci.db.user:}") String user,
			@Value("${ddci.db.password:}") String password, @Value("${ddci.embedded.data-dir}") String dataDir,
			@Value("${ddci.embedded.port:0}") int port, @Value("${ddci.embedded.clean:false}") boolean clean,
			@Value("${ddci.db.pool-size:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		if (url.isBlank()) {
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(dataDir), port, clean);
			server.ensureDatabase(EMBEDDED_DATABASE);
			dataSource.setJdbcUrl(server.jdbcUrl(EMBEDDED_DATABASE));
			dataSource.setUsername(server.superuser());
		}
		else {
			dataSource.setJdbcUrl(url);
			dataSource.setUsername(user);
			dataSource.setPassword(password);
		}
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("ddci");
		return dataSource;
	}
}
