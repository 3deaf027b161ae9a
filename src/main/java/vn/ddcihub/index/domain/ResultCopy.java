package vn.ddcihub.index.domain;

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
 * {@value #CHUNK_ROWS} as they are added, so PostgreSQL stores one chunk while the file's
 * next rows are still being read; nothing else may use the connection until
 * {@link #finish} or {@link #close}.
 */
final class ResultCopy implements AutoCloseable {

	private static final String COPY = """
			copy index_result (edition_id, unit_code, published_total, published_rank, component_codes, scores)
			from stdin""";

	private static final int CHUNK_ROWS = 2_000;

	private final DataSource dataSource;

	private final Connection connection;

	private final CopyIn copy;

	private final long editionId;

	private final StringBuilder chunk = new StringBuilder(CHUNK_ROWS * 128);

	private int chunkRows;

	private ResultCopy(DataSource dataSource, Connection connection, CopyIn copy, long editionId) {
		this.dataSource = dataSource;
		this.connection = connection;
		this.copy = copy;
		this.editionId = editionId;
	}

	/** Starts a COPY of the edition's results on the current transaction's connection. */
	static ResultCopy open(DataSource dataSource, long editionId) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new ResultCopy(dataSource, connection,
					connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY), editionId);
		}
		catch (SQLException e) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw translated(dataSource, e);
		}
	}

	/** Copies the rows at once. */
	static void copy(DataSource dataSource, long editionId, List<ImportedRow> rows) {
		try (ResultCopy copy = open(dataSource, editionId)) {
			rows.forEach(copy::add);
			copy.finish();
		}
	}

	void add(ImportedRow row) {
		line(chunk, editionId, row);
		if (++chunkRows == CHUNK_ROWS) {
			send();
		}
	}

	/** Sends what is left and waits until PostgreSQL has stored every row. */
	void finish() {
		send();
		try {
			copy.endCopy();
		}
		catch (SQLException e) {
			throw translated(dataSource, e);
		}
	}

	/**
	 * Abandons a COPY not finished (its rows are not stored) and gives the connection
	 * back.
	 */
	@Override
	public void close() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException e) {
			// the transaction is rolled back anyway; the cause already propagates
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private void send() {
		if (chunkRows == 0) {
			return;
		}
		byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
		chunk.setLength(0);
		chunkRows = 0;
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException e) {
			throw translated(dataSource, e);
		}
	}

	/**
	 * As JdbcClient would: a violated constraint is a DataIntegrityViolationException.
	 */
	private static DataAccessException translated(DataSource dataSource, SQLException e) {
		DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator(dataSource)
			.translate("COPY index_result", COPY, e);
		return translated != null ? translated : new UncategorizedSQLException("COPY index_result", COPY, e);
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
