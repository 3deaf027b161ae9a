package vn.ddcihub.operations.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FileKind;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Files of questions and publications, kept in PostgreSQL ({@code ops_file}) so every
 * node serves them and a backup holds them: checked for size and kind (told from the
 * content) before a byte is stored, streamed from the upload into the database.
 */
@Component
public class OpsFiles {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	OpsFiles(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** A file as uploaded: the last part of its name, its size and its content. */
	public record Upload(String fileName, long size, InputStreamSource content) {

		public Upload {
			fileName = cleanName(fileName);
		}
	}

	/** A stored file as a download answers it. */
	public record StoredFile(long id, String fileName, String mediaType, long sizeBytes, byte[] content) {
	}

	/** A stored file's name and size, for lists. */
	public record FileInfo(long id, String fileName, String mediaType, long sizeBytes) {

		public String size() {
			return sizeBytes < 1024 * 1024 ? VietnameseFormat.decimal(sizeBytes / 1024.0, 0) + " KB"
					: VietnameseFormat.decimal(sizeBytes / (1024.0 * 1024.0), 1) + " MB";
		}
	}

	/**
	 * The kind of the upload, or a problem on {@code field} naming the file and the rule.
	 */
	public FileKind check(Upload upload, String field, Set<FileKind> accepted, long maxBytes) {
		if (upload.size() <= 0) {
			throw refused(field, "operations.file.empty", upload.fileName());
		}
		if (upload.size() > maxBytes) {
			throw refused(field, "operations.file.tooLarge", upload.fileName(),
					VietnameseFormat.decimal(upload.size() / (1024.0 * 1024.0), 1), maxBytes / (1024 * 1024));
		}
		Optional<FileKind> kind;
		try (InputStream in = upload.content().getInputStream()) {
			kind = FileKind.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (kind.isEmpty() || !accepted.contains(kind.get()) || !kind.get().named(upload.fileName())) {
			throw refused(field, "operations.file.kind", upload.fileName());
		}
		return kind.get();
	}

	/** Stores a checked upload; returns its id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long store(Upload upload, FileKind kind) {
		return jdbc
			.sql("insert into ops_file (file_name, media_type, size_bytes, content) values (?, ?, ?, ?) returning id")
			.params(upload.fileName(), kind.mediaType(), upload.size(),
					new SqlBinaryValue(upload.content(), upload.size()))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(long id) {
		return jdbc.sql("select id, file_name, media_type, size_bytes, content from ops_file where id = ?")
			.param(id)
			.query((rs, row) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBytes(5)))
			.optional();
	}

	public static final String INFO_COLUMNS = "f.id, f.file_name, f.media_type, f.size_bytes";

	public static FileInfo info(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new FileInfo(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("size_bytes"));
	}

	private BadInputException refused(String field, String key, Object... arguments) {
		String message = messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
		return new BadInputException(List.of(InputProblem.field(field, message)));
	}

	/** The last part of the path a browser may send, without control characters. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "tep";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
