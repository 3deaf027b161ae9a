package vn.ddcihub.operations.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An uploaded file kept in PostgreSQL in 1 MB chunks between its upload and its import,
 * so any node serves the preview and runs the job, and no node ever holds the whole file.
 */
@Component
class UploadStore {

	static final int CHUNK_BYTES = 1024 * 1024;

	private final JdbcClient jdbc;

	UploadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** The stored file, read one chunk at a time. */
	InputStream open(long importId) {
		return new ChunkStream(importId);
	}

	void delete(long importId) {
		jdbc.sql("delete from ops_dossier_upload_chunk where import_id = ?").param(importId).update();
	}

	private final class ChunkStream extends InputStream {

		private final long importId;

		private int next;

		private byte[] chunk = new byte[0];

		private int position;

		private boolean ended;

		ChunkStream(long importId) {
			this.importId = importId;
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return chunk[position++] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
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

		private boolean fill() {
			while (position >= chunk.length) {
				if (ended) {
					return false;
				}
				byte[] read = jdbc.sql("select content from ops_dossier_upload_chunk where import_id = ? and seq = ?")
					.params(importId, next++)
					.query(byte[].class)
					.optional()
					.orElse(null);
				if (read == null) {
					ended = true;
					return false;
				}
				chunk = read;
				position = 0;
			}
			return true;
		}

	}

}
