package vn.ddcihub.system;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.env.Environment;

/**
 * Where the embedded PostgreSQL keeps its data and listens, read once from the
 * configuration by both the early start and the data source, so they always mean the same
 * server. Absent when {@code ddci.db.url} names an external database.
 */
record EmbeddedDatabaseSettings(Path dataDirectory, int port, boolean clean) {

	static final String DATABASE = "ddci";

	static Optional<EmbeddedDatabaseSettings> of(Environment environment) {
		if (!environment.getProperty("ddci.db.url", "").isBlank()) {
			return Optional.empty();
		}
		return Optional
			.of(new EmbeddedDatabaseSettings(Path.of(environment.getRequiredProperty("ddci.embedded.data-dir")),
					environment.getProperty("ddci.embedded.port", Integer.class, 0),
					environment.getProperty("ddci.embedded.clean", Boolean.class, false)));
	}
}
