package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.ddcihub.system.EmbeddedPostgresServer;

/**
 * V8 moves each unit's component scores into its result row: results stored before keep
 * every score, and the database still refuses a score outside 0–10.
 */
class ScoresMigrationTest {

	@Test
	void scoresStoredPerComponentMoveIntoTheirResultRow() {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of("target/test-data/scores-migration"), 0,
				true);
		try {
			server.ensureDatabase("ddci_v8");
			DriverManagerDataSource dataSource = new DriverManagerDataSource(server.jdbcUrl("ddci_v8"),
					server.superuser(), server.password(server.superuser()));
			Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
			Flyway.configure().dataSource(dataSource).target("7").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			jdbc.sql("insert into index_edition (id, year, block, name) values (1, 2019, 'DEPARTMENT', 'DDCI 2019')")
				.update();
			jdbc.sql("insert into index_result (id, edition_id, unit_code, published_total) values "
					+ "(1, 1, 'STNMT', 55.01), (2, 1, 'SCT', null)")
				.update();
			jdbc.sql("insert into index_score (result_id, component_code, score) values "
					+ "(1, 'C1', 6.77), (1, 'C8', 10), (2, 'C2', 0.5)")
				.update();

			Flyway.configure().dataSource(dataSource).load().migrate();

			assertThat(jdbc.sql(
					"select unit_code || ' ' || component_codes::text || ' ' || scores::text from index_result order by id")
				.query(String.class)
				.list()).containsExactly("STNMT {C1,C8} {6.77,10.00}", "SCT {C2} {0.50}");
			assertThat(jdbc.sql("select to_regclass('index_score') is null").query(Boolean.class).single()).isTrue();
			assertThatThrownBy(() -> jdbc.sql("update index_result set scores = '{10.5,7}' where id = 1").update())
				.isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("index_result_scores_range");
			assertThatThrownBy(() -> jdbc.sql("update index_result set scores = '{7}' where id = 1").update())
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		finally {
			server.stop();
		}
	}

}
