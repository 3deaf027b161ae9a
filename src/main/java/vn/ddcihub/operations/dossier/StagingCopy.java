package vn.ddcihub.operations.dossier;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A {@code COPY … FROM STDIN} (text format) on the current transaction's connection, fed
 * line by line while the file is parsed and sent in chunks, so PostgreSQL stores one
 * chunk while the next is parsed. The same technique as index's {@code TableCopy}, which
 * is internal to index.
 */
final class StagingCopy implements AutoCloseable {

	private static final int CHUNK_ROWS = 4_000;

	private final DataSource dataSource;

	private final Connection connection;

	private final CopyIn copy;

	private final StringBuilder chunk = new StringBuilder(CHUNK_ROWS * 200);

	private int chunkRows;

	private StagingCopy(DataSource dataSource, Connection connection, CopyIn copy) {
		this.dataSource = dataSource;
		this.connection = connection;
		this.copy = copy;
	}

	static StagingCopy open(DataSource dataSource, String sql) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new StagingCopy(dataSource, connection,
					connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
		}
		catch (SQLException e) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new UncategorizedSQLException("COPY", sql, e);
		}
	}

	/** Where the next line is written, without its newline. */
	StringBuilder line() {
		return chunk;
	}

	/** Forgets what was written since the last line ended (a rejected row). */
	void dropLine(int mark) {
		chunk.setLength(mark);
	}

	void endLine() {
		chunk.append('\n');
		if (++chunkRows == CHUNK_ROWS) {
			send();
		}
	}

	/** Sends the rest and waits until PostgreSQL has stored every row. */
	long finish() {
		send();
		try {
			return copy.endCopy();
		}
		catch (SQLException e) {
			throw new UncategorizedSQLException("COPY", "end", e);
		}
	}

	@Override
	public void close() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException e) {
			// the transaction is rolled back anyway
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
			throw new UncategorizedSQLException("COPY", "data", e);
		}
	}

}
