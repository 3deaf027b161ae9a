package vn.ddcihub.operations.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * An uploaded file kept in PostgreSQL in 1 MB chunks between its upload and its import,
 * so any node serves the preview and runs the job, and no node ever holds the whole file.
 */
@Component
class UploadStore {

	static final int CHUNK_BYTES = 1024 * 1024;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	UploadStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Stores the stream; returns its size (stops at {@code maxBytes} + 1). */
	long write(long importId, InputStream in, long maxBytes) {
		long total = 0;
		int seq = 0;
		try {
			while (total <= maxBytes) {
				byte[] chunk = in.readNBytes(CHUNK_BYTES);
				if (chunk.length == 0) {
					break;
				}
				jdbc.sql("insert into ops_dossier_upload_chunk (import_id, seq, content) values (?, ?, ?)")
					.params(importId, seq++, chunk)
					.update();
				total += chunk.length;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return total;
	}

	/** The stored file, read one chunk at a time in the current transaction. */
	InputStream open(long importId) {
		return new ChunkStream(importId, false);
	}

	/**
	 * The stored file, read on a connection of its own: for a reader that feeds a COPY
	 * running on the transaction's connection, which takes no other statement until it
	 * ends (the file was stored by an earlier, committed transaction).
	 */
	InputStream openApart(long importId) {
		return new ChunkStream(importId, true);
	}

	void delete(long importId) {
		jdbc.sql("delete from ops_dossier_upload_chunk where import_id = ?").param(importId).update();
	}

	private final class ChunkStream extends InputStream {

		private final long importId;

		private final boolean apart;

		private Connection connection;

		private PreparedStatement select;

		private int next;

		private byte[] chunk = new byte[0];

		private int position;

		private boolean ended;

		ChunkStream(long importId, boolean apart) {
			this.importId = importId;
			this.apart = apart;
		}

		@Override
		public int read() throws IOException {
			if (!fill()) {
				return -1;
			}
			return chunk[position++] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(length, chunk.length - position);
			System.arraycopy(chunk, position, buffer, offset, n);
			position += n;
			return n;
		}

		@Override
		public void close() throws IOException {
			ended = true;
			try {
				if (select != null) {
					select.close();
				}
				if (connection != null && apart) {
					connection.close();
				}
				else if (connection != null) {
					DataSourceUtils.releaseConnection(connection, dataSource);
				}
			}
			catch (SQLException ex) {
				throw new IOException(ex);
			}
			finally {
				connection = null;
				select = null;
			}
		}

		private boolean fill() throws IOException {
			while (position >= chunk.length) {
				if (ended) {
					return false;
				}
				try {
					if (connection == null) {
						connection = apart ? dataSource.getConnection() : DataSourceUtils.getConnection(dataSource);
						select = connection.prepareStatement(
								"select content from ops_dossier_upload_chunk where import_id = ? and seq = ?");
					}
					select.setLong(1, importId);
					select.setInt(2, next++);
					try (ResultSet rs = select.executeQuery()) {
						if (!rs.next()) {
							close();
							return false;
						}
						chunk = rs.getBytes(1);
						position = 0;
					}
				}
				catch (SQLException ex) {
					close();
					throw new IOException(ex);
				}
			}
			return true;
		}

	}

}
