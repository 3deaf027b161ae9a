package vn.ddcihub.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN} on the connection of the
 * current transaction, so they are saved with the rest of the work or not at all. COPY
 * skips parsing a statement per batch: it costs PostgreSQL about half the work of batched
 * inserts. Lines are sent in chunks of {@value #CHUNK_ROWS} as they are written, so
 * PostgreSQL stores one chunk while the caller prepares the next; nothing else may use
 * the connection until {@link #finish} or {@link #close}. Used by index's result import
 * and operations' dossier import.
 */
public final class TableCopy implements AutoCloseable {

	private static final int CHUNK_ROWS = 2_000;

	private final DataSource dataSource;

	private final Connection connection;

	private final CopyIn copy;

	private final String sql;

	private final StringBuilder chunk = new StringBuilder(CHUNK_ROWS * 128);

	private int chunkRows;

	private TableCopy(DataSource dataSource, Connection connection, CopyIn copy, String sql) {
		this.dataSource = dataSource;
		this.connection = connection;
		this.copy = copy;
		this.sql = sql;
	}

	/** Starts {@code sql} (a {@code COPY … FROM STDIN} in text format). */
	public static TableCopy open(DataSource dataSource, String sql) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new TableCopy(dataSource, connection, connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql),
					sql);
		}
		catch (SQLException e) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw translated(dataSource, sql, e);
		}
	}

	/** Where the next line is written: its values tab-separated, without the newline. */
	public StringBuilder line() {
		return chunk;
	}

	/** Ends the line written into {@link #line()}. */
	public void endLine() {
		chunk.append('\n');
		if (++chunkRows == CHUNK_ROWS) {
			send();
		}
	}

	/** Sends what is left and waits until PostgreSQL has stored every row. */
	public void finish() {
		send();
		try {
			copy.endCopy();
		}
		catch (SQLException e) {
			throw translated(dataSource, sql, e);
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

	/** A value with the characters COPY's text format gives a meaning escaped. */
	public static void text(StringBuilder out, String value) {
		// nearly every value has none of them: one bulk append instead of one per char
		if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			out.append(value);
			return;
		}
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

	/** {@code \N} for null. */
	public static void nullable(StringBuilder out, Object value) {
		out.append(value == null ? "\\N" : value.toString());
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
			throw translated(dataSource, sql, e);
		}
	}

	/**
	 * As JdbcClient would: a violated constraint is a DataIntegrityViolationException.
	 */
	private static DataAccessException translated(DataSource dataSource, String sql, SQLException e) {
		DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY", sql, e);
		return translated != null ? translated : new UncategorizedSQLException("COPY", sql, e);
	}

}
