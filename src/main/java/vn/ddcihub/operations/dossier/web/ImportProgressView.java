package vn.ddcihub.operations.dossier.web;

import java.time.OffsetDateTime;

import vn.ddcihub.operations.dossier.DossierImport;

/**
 * An import's progress as its page polls it (and the API answers it): status, rows read,
 * percent of the file, rows per second, seconds left, whether it has finished.
 */
public record ImportProgressView(long id, String status, long rowsRead, int percent, long rowsPerSecond,
		Long secondsLeft, boolean finished, boolean cancelRequested) {

	static ImportProgressView of(DossierImport upload, OffsetDateTime now) {
		return new ImportProgressView(upload.id(), upload.status().name(), upload.rowsRead(), upload.percent(),
				upload.rowsPerSecond(now), upload.secondsLeft(now), upload.status().finished(),
				upload.cancelRequested());
	}

}
