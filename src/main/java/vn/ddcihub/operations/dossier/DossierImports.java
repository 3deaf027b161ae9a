package vn.ddcihub.operations.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.NotFoundException;

/**
 * Imports of one-stop-shop exports: a file is uploaded into the database, its columns are
 * guessed (from the mapping the organisation used last, then from the header names) and
 * previewed — the first {@value #PREVIEW_ROWS} rows checked, sample rows, unknown units —
 * then confirmed: the mapping is remembered and a db-scheduler job
 * ({@link DossierImportJob}) loads the whole file, all or nothing, reporting progress any
 * node can show. Who may do this is the handlers' rule ({@code @dossierAccess}).
 */
@Service
public class DossierImports {

	/**
	 * CSV files up to this size are taken (the container's multipart limit; about 500,000
	 * rows).
	 */
	public static final long MAX_BYTES = 100L * 1024 * 1024;

	/** Rows checked by the preview; the job checks every row again. */
	public static final int PREVIEW_ROWS = 20_000;

	private static final int SAMPLE_ROWS = 5;

	private final DossierImportRepository imports;

	private final UploadStore uploads;

	private final OrgDirectory directory;

	private final SchedulerClient scheduler;

	private final DossierImportJob job;

	private final AuditTrail audit;

	DossierImports(DossierImportRepository imports, UploadStore uploads, OrgDirectory directory,
			SchedulerClient scheduler, DossierImportJob job, AuditTrail audit) {
		this.imports = imports;
		this.uploads = uploads;
		this.directory = directory;
		this.scheduler = scheduler;
		this.job = job;
		this.audit = audit;
	}

	/**
	 * What the preview shows: the file's header, a few rows, the mapping, the problems of
	 * the rows checked and the unit names that match no unit.
	 */
	public record Preview(DossierImport upload, List<String> header, List<List<String>> sample, ColumnMapping mapping,
			List<DossierColumn> missing, long rowsChecked, boolean wholeFile, List<InputProblem> problems,
			long problemCount, Set<String> unknownUnits) {

		public boolean canConfirm() {
			return missing.isEmpty() && problemCount == 0;
		}

	}

	/** Keeps the file and guesses its mapping; the preview follows. */
	@Transactional
	public long upload(long organisationId, String fileName, long size, InputStreamSource file, CurrentUser user) {
		String name = name(fileName);
		long limit = SheetRows.isXlsx(name) ? SheetRows.XLSX_MAX_BYTES : MAX_BYTES;
		if (size > limit) {
			throw tooLarge(name, limit);
		}
		imports.removeAbandoned();
		long id = imports.insert(organisationId, name, user.getUsername(), user.id());
		long stored;
		try (InputStream in = file.getInputStream()) {
			stored = uploads.write(id, in, limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (stored > limit) {
			throw tooLarge(name, limit);
		}
		if (stored == 0) {
			throw new BadInputException(List.of(InputProblem.at(name, 1, null, "Tệp trống: hãy chọn tệp xuất hồ sơ")));
		}
		List<String> header = readHead(id, name, 0).header;
		imports.uploaded(id, stored, ColumnMapping.guess(header, imports.remembered(organisationId).orElse(null)));
		return id;
	}

	/** The preview of an upload with the mapping it has (or the one given). */
	@Transactional(readOnly = true)
	public Preview preview(long importId, ColumnMapping requested) {
		DossierImport upload = get(importId);
		ColumnMapping mapping = requested != null ? requested : upload.mapping();
		Head head = readHead(importId, upload.fileName(), SAMPLE_ROWS);
		List<DossierColumn> missing = mapping.missing(head.header);
		InputProblems problems = new InputProblems(upload.fileName());
		long[] checked = { 0 };
		boolean[] whole = { true };
		Set<String> unknown = Set.of();
		if (missing.isEmpty()) {
			DossierLineParser parser = new DossierLineParser(upload.fileName(), head.header, mapping,
					directory.units(upload.organisationId()), problems);
			StringBuilder line = new StringBuilder(256);
			read(importId, upload.fileName(), (number, cells) -> {
				if (number == head.headerRow) {
					return true;
				}
				if (checked[0] == PREVIEW_ROWS) {
					whole[0] = false;
					return false;
				}
				checked[0]++;
				line.setLength(0);
				parser.parse(number, cells, line);
				return true;
			});
			unknown = parser.unknownUnits();
		}
		List<InputProblem> listed = problems.isEmpty() ? List.of() : problems.rejection().problems();
		return new Preview(upload, head.header, head.sample, mapping, missing, checked[0], whole[0], listed,
				problems.count(), unknown);
	}

	/**
	 * Remembers the mapping for the organisation (audited when it changed) and queues the
	 * import's job.
	 * @throws BadInputException when a required column is not mapped
	 */
	@Transactional
	public DossierImport confirm(long importId, ColumnMapping mapping, CurrentUser user) {
		DossierImport upload = get(importId);
		if (upload.status() != ImportStatus.UPLOADED) {
			throw new BadInputException("dossiers.import.notUploaded", importId);
		}
		Head head = readHead(importId, upload.fileName(), 0);
		List<DossierColumn> missing = mapping.missing(head.header);
		if (!missing.isEmpty()) {
			throw new BadInputException(missing.stream()
				.map(column -> InputProblem.field(column.name(),
						"Hãy chọn cột của tệp cho “" + DossierLabels.vietnamese(column) + "”: trường này là bắt buộc"))
				.toList());
		}
		ColumnMapping before = imports.remembered(upload.organisationId()).orElse(null);
		if (before == null || !before.equals(mapping)) {
			imports.remember(upload.organisationId(), mapping, user.getUsername());
			audit.record(DossierAuditKind.DOSSIER_MAPPING, upload.organisationId(), Action.UPDATE,
					before == null ? null : before.toMap(), mapping.toMap(), upload.organisationId());
		}
		if (!imports.queue(importId, mapping)) {
			throw new BadInputException("dossiers.import.notUploaded", importId);
		}
		scheduler.scheduleIfNotExists(job.instance(String.valueOf(importId)), Instant.now());
		return get(importId);
	}

	/** Stops a queued or running import, or drops an upload not yet confirmed. */
	@Transactional
	public DossierImport cancel(long importId) {
		DossierImport upload = get(importId);
		if (upload.status() == ImportStatus.UPLOADED) {
			uploads.delete(importId);
			imports.ended(importId, ImportStatus.CANCELLED, null);
		}
		else if (!imports.requestCancel(importId)) {
			throw new BadInputException("dossiers.import.finished", importId);
		}
		return get(importId);
	}

	public DossierImport get(long importId) {
		return imports.find(importId).orElseThrow(() -> new NotFoundException("dossiers.import.notFound", importId));
	}

	public List<DossierImport> recent(long organisationId) {
		return imports.recent(organisationId, 10);
	}

	public ColumnMapping remembered(long organisationId) {
		return imports.remembered(organisationId).orElse(new ColumnMapping(Map.of()));
	}

	private record Head(long headerRow, List<String> header, List<List<String>> sample) {
	}

	/** The header row and the first rows after it. */
	private Head readHead(long importId, String fileName, int sampleRows) {
		long[] headerRow = { 0 };
		List<String> header = new ArrayList<>();
		List<List<String>> sample = new ArrayList<>();
		read(importId, fileName, (number, cells) -> {
			if (headerRow[0] == 0) {
				headerRow[0] = number;
				cells.forEach(cell -> header.add(cell.strip()));
				return sampleRows > 0;
			}
			sample.add(List.copyOf(cells));
			return sample.size() < sampleRows;
		});
		if (header.isEmpty()) {
			throw new BadInputException(List.of(InputProblem.at(fileName, 1, null, "Tệp không có dòng tiêu đề")));
		}
		return new Head(headerRow[0], header, sample);
	}

	private void read(long importId, String fileName, SheetRows.RowHandler handler) {
		try (InputStream in = uploads.open(importId)) {
			SheetRows.read(fileName, in, handler);
		}
		catch (IOException ex) {
			throw new BadInputException(List.of(InputProblem.at(fileName, 1, null,
					"Không đọc được tệp: hãy lưu lại dưới dạng CSV (UTF-8) hoặc XLSX")));
		}
	}

	private static BadInputException tooLarge(String name, long limit) {
		return new BadInputException(List.of(InputProblem.at(name, 1, null, "Tệp lớn hơn giới hạn "
				+ limit / (1024 * 1024) + " MB" + (SheetRows.isXlsx(name) ? ": hãy xuất tệp CSV" : ": hãy chia tệp"))));
	}

	private static String name(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "ho-so.csv" : fileName.strip();
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

}
