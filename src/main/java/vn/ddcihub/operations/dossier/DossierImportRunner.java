package vn.ddcihub.operations.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.execution.JobFinished;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.shared.BadInputException;

/**
 * Runs an import on the node that picked its job: the whole load, its audit record and
 * the DONE mark in one transaction (a crash leaves the previous dossiers as they were);
 * progress in short transactions of their own, so every node sees it while the load's
 * transaction is still open, and a cancel is read back from the same update. The user who
 * started it is told how it ended ({@link JobFinished}).
 */
@Component
class DossierImportRunner {

	private static final Logger log = LoggerFactory.getLogger(DossierImportRunner.class);

	/** Progress is written at most this often (ms). */
	private static final long WRITE_EVERY_MS = 300;

	private final DossierImportRepository imports;

	private final UploadStore uploads;

	private final DossierLoad load;

	private final OrgDirectory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate work;

	private final TransactionTemplate own;

	DossierImportRunner(DossierImportRepository imports, UploadStore uploads, DossierLoad load, OrgDirectory directory,
			AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.imports = imports;
		this.uploads = uploads;
		this.load = load;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.work = new TransactionTemplate(transactions);
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void run(long importId) {
		DossierImport upload = imports.find(importId).orElse(null);
		if (upload == null || !own.execute(status -> imports.start(importId))) {
			if (upload != null && upload.status().working()) {
				own.executeWithoutResult(status -> ended(upload, ImportStatus.CANCELLED, null));
			}
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new CurrentUser(upload.createdById(),
					upload.createdBy(), upload.createdBy(), upload.organisationId(), null, Set.of(), "", true), null,
					java.util.List.of()));
		try {
			work.executeWithoutResult(status -> importAll(upload));
		}
		catch (BadInputException rejected) {
			own.executeWithoutResult(status -> {
				imports.rejected(importId, rejected.problems(), rejected.problemCount());
				finished(upload, false);
			});
		}
		catch (CancellationException cancelled) {
			own.executeWithoutResult(status -> ended(upload, ImportStatus.CANCELLED, null));
		}
		catch (RuntimeException ex) {
			log.warn("Dossier import {} failed", importId, ex);
			String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			own.executeWithoutResult(status -> ended(upload, ImportStatus.FAILED,
					reason.length() > 1000 ? reason.substring(0, 1000) : reason));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void importAll(DossierImport upload) {
		long[] lastWrite = { 0 };
		DossierLoad.Result result;
		try (InputStream in = uploads.openApart(upload.id())) {
			result = load.load(upload.organisationId(), upload.fileName(), in, upload.mapping(),
					directory.units(upload.organisationId()), false, (rows, bytes) -> {
						long now = System.currentTimeMillis();
						if (now - lastWrite[0] < WRITE_EVERY_MS) {
							return true;
						}
						lastWrite[0] = now;
						return own.execute(status -> imports.progress(upload.id(), rows, bytes));
					});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		imports.done(upload.id(), result);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("file", upload.fileName());
		after.put("rows", result.rows());
		after.put("inserted", result.inserted());
		after.put("updated", result.updated());
		after.put("unchanged", result.unchanged());
		after.put("unknownUnits", result.unknownUnits());
		audit.record(DossierAuditKind.DOSSIER_IMPORT, upload.id(), Action.IMPORT, null, after, upload.organisationId());
		finished(upload, true);
	}

	private void ended(DossierImport upload, ImportStatus status, String failure) {
		imports.ended(upload.id(), status, failure);
		finished(upload, false);
	}

	private void finished(DossierImport upload, boolean succeeded) {
		uploads.delete(upload.id());
		events.publishEvent(new JobFinished(upload.createdById(), "dossier-import:" + upload.id(),
				"Nhập hồ sơ TTHC “" + upload.fileName() + "”", "/operations/dossiers/imports/" + upload.id(),
				succeeded));
	}

}
