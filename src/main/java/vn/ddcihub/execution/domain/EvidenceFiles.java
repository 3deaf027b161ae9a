package vn.ddcihub.execution.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.domain.ReportRepository.ReportRow;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FileKind;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Evidence files (minh chứng) of unit reports, kept in PostgreSQL so a database backup
 * holds them: at most {@link #MAX_BYTES} each, of the kinds of {@link FileKind} told from
 * the content and matching the name. A file is stored once per content (SHA-256), however
 * often it is attached; it is read from the upload's temporary file as a stream, never
 * whole into memory, and answered in chunks.
 */
@Service
public class EvidenceFiles {

	/** 20 MB per file. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** Downloads are read from the database this many bytes at a time. */
	private static final int CHUNK_BYTES = 1024 * 1024;

	private final JdbcClient jdbc;

	private final ReportLocks locks;

	private final ReportRepository reports;

	private final AuditTrail audit;

	private final MessageSource messages;

	EvidenceFiles(JdbcClient jdbc, ReportLocks locks, ReportRepository reports, AuditTrail audit,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.reports = reports;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * A file as uploaded: its name (the last part of the path the browser sent), its size
	 * and its content, readable more than once (the upload's temporary file).
	 */
	public record Upload(String fileName, long size, InputStreamSource content) {

		public Upload {
			fileName = cleanName(fileName);
		}
	}

	/** A stored file as a download answers it. */
	public record StoredFile(String fileName, String mediaType, long sizeBytes, InputStream content) {
	}

	/**
	 * Attaches an evidence file to a report, for one of its tasks or ({@code taskId}
	 * null) the whole report. The same content attached again to the same report is the
	 * same attachment.
	 * @param field the form field or request part the file came in, named by a problem
	 * @return the attachment's id
	 * @throws BadInputException naming the file and the rule it breaks; nothing is stored
	 */
	@Transactional
	public long attach(long reportId, Long taskId, Upload upload, String field) {
		ReportRow report = locks.editable(reportId);
		if (taskId != null && reports.entries(reportId).stream().noneMatch(e -> e.taskId() == taskId)) {
			throw refused(field, "execution.evidence.taskNotInReport", upload.fileName(), taskId);
		}
		FileKind type = check(upload, field);
		String sha256 = sha256(upload);
		jdbc.sql("""
				insert into execution_file (sha256, media_type, size_bytes, content) values (?, ?, ?, ?)
				on conflict (sha256) do nothing""")
			.params(sha256, type.mediaType(), upload.size(), new SqlBinaryValue(upload.content(), upload.size()))
			.update();
		Optional<Long> existing = jdbc
			.sql("select id from execution_attachment where report_id = ? and file_sha256 = ?")
			.params(reportId, sha256)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = jdbc.sql("""
				insert into execution_attachment (report_id, task_id, file_sha256, file_name, uploaded_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(reportId, taskId, sha256, upload.fileName(), CurrentUsers.actorName())
			.query(Long.class)
			.single();
		audit.record(ExecutionAuditKind.ATTACHMENT, id, AuditTrail.Action.CREATE, null,
				Map.of("reportId", reportId, "taskId", taskId == null ? "" : taskId, "fileName", upload.fileName(),
						"sha256", sha256, "sizeBytes", upload.size()),
				report.organisationId());
		return id;
	}

	/**
	 * Removes an attachment while the report may change; the file goes too when no other
	 * report holds it.
	 */
	@Transactional
	public void delete(long reportId, long attachmentId) {
		ReportRow report = locks.editable(reportId);
		ReportView.Attachment attachment = attachment(reportId, attachmentId);
		String sha256 = jdbc.sql("delete from execution_attachment where id = ? returning file_sha256")
			.param(attachmentId)
			.query(String.class)
			.single();
		jdbc.sql("""
				delete from execution_file f where f.sha256 = ?
				and not exists (select 1 from execution_attachment a where a.file_sha256 = f.sha256)""")
			.param(sha256)
			.update();
		audit.record(ExecutionAuditKind.ATTACHMENT, attachmentId, AuditTrail.Action.REMOVE, attachment, null,
				report.organisationId());
	}

	/** The report's attachments, in the order they were added. */
	@Transactional(readOnly = true)
	public List<ReportView.Attachment> attachments(long reportId) {
		return jdbc.sql(SELECT_ATTACHMENT + " where a.report_id = ? order by a.id")
			.param(reportId)
			.query(EvidenceFiles::attachment)
			.list();
	}

	@Transactional(readOnly = true)
	public ReportView.Attachment attachment(long reportId, long attachmentId) {
		return jdbc.sql(SELECT_ATTACHMENT + " where a.report_id = ? and a.id = ?")
			.params(reportId, attachmentId)
			.query(EvidenceFiles::attachment)
			.optional()
			.orElseThrow(() -> new NotFoundException("execution.evidence.notFound", attachmentId));
	}

	/** A file to download, its content read in chunks as the answer is written. */
	@Transactional(readOnly = true)
	public StoredFile download(long reportId, long attachmentId) {
		ReportView.Attachment attachment = attachment(reportId, attachmentId);
		String sha256 = jdbc.sql("select file_sha256 from execution_attachment where id = ?")
			.param(attachmentId)
			.query(String.class)
			.single();
		return new StoredFile(attachment.fileName(), attachment.mediaType(), attachment.sizeBytes(),
				new ChunkedContent(jdbc, sha256, attachment.sizeBytes(), CHUNK_BYTES));
	}

	private static final String SELECT_ATTACHMENT = """
			select a.id, a.task_id, a.file_name, f.media_type, f.size_bytes, a.uploaded_by, a.uploaded_at
			from execution_attachment a join execution_file f on f.sha256 = a.file_sha256""";

	private static ReportView.Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ReportView.Attachment(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
				rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class));
	}

	/** The kind of an upload, or the rule it breaks. */
	private FileKind check(Upload upload, String field) {
		if (upload.size() <= 0) {
			throw refused(field, "execution.evidence.empty", upload.fileName());
		}
		if (upload.size() > MAX_BYTES) {
			throw refused(field, "execution.evidence.tooLarge", upload.fileName(), megabytes(upload.size()),
					MAX_BYTES / (1024 * 1024));
		}
		Optional<FileKind> type;
		try (InputStream in = upload.content().getInputStream()) {
			type = FileKind.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (type.isEmpty()) {
			throw refused(field, "execution.evidence.kind", upload.fileName());
		}
		if (!type.get().named(upload.fileName())) {
			throw refused(field, "execution.evidence.mismatch", upload.fileName(),
					FileKind.extension(upload.fileName()), type.get().name());
		}
		return type.get();
	}

	private BadInputException refused(String field, String key, Object... arguments) {
		String message = messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
		return new BadInputException(List.of(InputProblem.field(field, message)));
	}

	private static String megabytes(long bytes) {
		return vn.ddcihub.shared.VietnameseFormat.decimal(bytes / (1024.0 * 1024.0), 1);
	}

	private static String sha256(Upload upload) {
		try (InputStream in = new DigestInputStream(upload.content().getInputStream(),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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

	/** The content of a stored file, read from the database a chunk at a time. */
	private static final class ChunkedContent extends InputStream {

		private final JdbcClient jdbc;

		private final String sha256;

		private final long size;

		private final int chunk;

		private byte[] buffer = new byte[0];

		private int position;

		private long offset;

		ChunkedContent(JdbcClient jdbc, String sha256, long size, int chunk) {
			this.jdbc = jdbc;
			this.sha256 = sha256;
			this.size = size;
			this.chunk = chunk;
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return buffer[position++] & 0xFF;
		}

		@Override
		public int read(byte[] target, int from, int length) {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(length, buffer.length - position);
			System.arraycopy(buffer, position, target, from, n);
			position += n;
			return n;
		}

		private boolean fill() {
			if (position < buffer.length) {
				return true;
			}
			if (offset >= size) {
				return false;
			}
			// substring of bytea counts from 1
			buffer = jdbc.sql("select substring(content from ? for ?) from execution_file where sha256 = ?")
				.params((int) offset + 1, chunk, sha256)
				.query(byte[].class)
				.single();
			position = 0;
			offset += buffer.length;
			return buffer.length > 0;
		}

	}

}
