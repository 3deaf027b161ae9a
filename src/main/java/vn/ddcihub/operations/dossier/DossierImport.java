package vn.ddcihub.operations.dossier;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import vn.ddcihub.shared.InputProblem;

/**
 * One import of an export file and its background job: the mapping it uses, its progress
 * (rows and bytes read so far, from which the rate and the time left follow) and its
 * outcome — counts, or the problems that refused it, and the unit names that matched no
 * unit.
 */
public record DossierImport(long id, long organisationId, String fileName, long fileBytes, ColumnMapping mapping,
		ImportStatus status, long rowsRead, long bytesRead, Long inserted, Long updated, Long unchanged,
		List<InputProblem> problems, Long problemCount, List<String> unknownUnits, String failure,
		boolean cancelRequested, String createdBy, long createdById, OffsetDateTime createdAt, OffsetDateTime startedAt,
		OffsetDateTime finishedAt) {

	/**
	 * Share of the file read (0–100), from bytes: exact for CSV, 0 until done for XLSX.
	 */
	public int percent() {
		if (status == ImportStatus.DONE) {
			return 100;
		}
		if (fileBytes <= 0 || SheetRows.isXlsx(fileName)) {
			return 0;
		}
		return (int) Math.min(99, bytesRead * 100 / fileBytes);
	}

	/** Rows per second since the job started. */
	public long rowsPerSecond(OffsetDateTime now) {
		if (startedAt == null) {
			return 0;
		}
		OffsetDateTime end = finishedAt != null ? finishedAt : now;
		long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
		return rowsRead * 1000 / millis;
	}

	/** Seconds left at the current pace, or null when unknown. */
	public Long secondsLeft(OffsetDateTime now) {
		if (startedAt == null || status.finished() || bytesRead <= 0 || SheetRows.isXlsx(fileName)) {
			return null;
		}
		long millis = Math.max(1, Duration.between(startedAt, now).toMillis());
		return Math.max(0, (fileBytes - bytesRead) * millis / bytesRead / 1000);
	}

}
