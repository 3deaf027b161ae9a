package vn.ddcihub.index.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

import vn.ddcihub.index.domain.ResultFileParser.ImportedRow;

/**
 * Streams result rows into {@code index_result} with PostgreSQL's {@code COPY … FROM
 * STDIN} on the connection of the current transaction, so they are saved with the rest of
 * the import or not at all. COPY skips parsing a statement and casting arrays per batch:
 * it costs PostgreSQL about half the work of batched inserts. Rows are sent in chunks of
 * {@value #CHUNK_ROWS}, never as one large text.
 */
final class ResultCopy {

	private static final String COPY = """
			copy index_result (edition_id, unit_code, published_total, published_rank, component_codes, scores)
			from stdin""";

	private static final int CHUNK_ROWS = 2_000;

	private ResultCopy() {
	}

	static void copy(DataSource dataSource, long editionId, List<ImportedRow> rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			try {
				StringBuilder chunk = new StringBuilder(CHUNK_ROWS * 128);
				for (int i = 0; i < rows.size(); i++) {
					line(chunk, editionId, rows.get(i));
					if ((i + 1) % CHUNK_ROWS == 0 || i == rows.size() - 1) {
						byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
						copy.writeToCopy(bytes, 0, bytes.length);
						chunk.setLength(0);
					}
				}
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException e) {
			// As JdbcClient would: a violated constraint is a
			// DataIntegrityViolationException.
			DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator(dataSource)
				.translate("COPY index_result", COPY, e);
			throw translated != null ? translated : new UncategorizedSQLException("COPY index_result", COPY, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** One row in COPY's text format: tab-separated, {@code \N} for null. */
	static void line(StringBuilder out, long editionId, ImportedRow row) {
		out.append(editionId).append('\t');
		text(out, row.unitCode());
		out.append('\t');
		nullable(out, row.publishedTotal());
		out.append('\t');
		nullable(out, row.publishedRank());
		out.append('\t');
		text(out, ScoreArrays.codes(row.scores()));
		out.append('\t').append(ScoreArrays.scores(row.scores())).append('\n');
	}

	private static void nullable(StringBuilder out, Object value) {
		out.append(value == null ? "\\N" : value.toString());
	}

	/** A value with the characters COPY's text format gives a meaning escaped. */
	private static void text(StringBuilder out, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

}
