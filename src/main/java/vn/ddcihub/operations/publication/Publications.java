package vn.ddcihub.operations.publication;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles.Upload;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FileKind;
import vn.ddcihub.shared.NotFoundException;

/**
 * The publications library (văn bản công khai): the Office (COORDINATOR) or ADMIN adds,
 * edits and withdraws an organisation's documents, each with an optional PDF, DOCX or
 * XLSX file kept in PostgreSQL; everyone reads and searches those not withdrawn, without
 * diacritics. Every change is audited with the document before and after.
 */
@Service
public class Publications {

	/**
	 * One file per document, at most this size (the upload limit of page forms is 10 MB).
	 */
	public static final long MAX_FILE_BYTES = 9L * 1024 * 1024;

	static final Set<FileKind> FILE_KINDS = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX);

	public static final int PAGE_SIZE = 15;

	private final PublicationRepository publications;

	private final OpsFiles files;

	private final AuditTrail audit;

	Publications(PublicationRepository publications, OpsFiles files, AuditTrail audit) {
		this.publications = publications;
		this.files = files;
		this.audit = audit;
	}

	/** One page (from 1) of documents. */
	public record Page(List<Publication> items, int page, int pageCount, long total) {
	}

	/** The public library: documents not withdrawn, of every organisation. */
	@Transactional(readOnly = true)
	public Page published(String query, PublicationType type, OpsField field, int page) {
		return page(new PublicationRepository.Search(null, false, query, type, field), page);
	}

	/** An organisation's documents, withdrawn ones included, for the Office. */
	@Transactional(readOnly = true)
	public Page ofOrganisation(CurrentUser user, long organisationId, String query, int page) {
		requireManager(user, organisationId);
		return page(new PublicationRepository.Search(organisationId, null, query, null, null), page);
	}

	private Page page(PublicationRepository.Search search, int page) {
		long total = publications.count(search);
		int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(1, page), pageCount);
		return new Page(publications.search(search, (number - 1) * PAGE_SIZE, PAGE_SIZE), number, pageCount, total);
	}

	@Transactional(readOnly = true)
	public Optional<Publication> publishedItem(long id) {
		return publications.find(id).filter(p -> !p.withdrawn());
	}

	@Transactional(readOnly = true)
	public Publication get(CurrentUser user, long id) {
		Publication publication = publications.find(id)
			.orElseThrow(() -> new NotFoundException("operations.publication.notFound", id));
		requireManager(user, publication.organisationId());
		return publication;
	}

	/**
	 * Checks the file before anything is stored: a problem on {@code field} when it is
	 * refused.
	 */
	public FileKind checkFile(Upload upload, String field) {
		return files.check(upload, field, FILE_KINDS, MAX_FILE_BYTES);
	}

	@Transactional
	public Publication create(CurrentUser user, long organisationId, PublicationInput input, Upload upload) {
		requireManager(user, organisationId);
		Long fileId = store(upload);
		long id = publications.insert(organisationId, input, fileId, false, OffsetDateTime.now());
		Publication created = publications.find(id).orElseThrow();
		audit.record(PublicationAuditKind.PUBLICATION, id, Action.CREATE, null, state(created), organisationId);
		return created;
	}

	/** Changes the metadata; a new file replaces the old one, no file keeps it. */
	@Transactional
	public Publication update(CurrentUser user, long id, PublicationInput input, Upload upload) {
		Publication before = get(user, id);
		publications.update(id, input, store(upload));
		Publication after = publications.find(id).orElseThrow();
		audit.record(PublicationAuditKind.PUBLICATION, id, Action.UPDATE, state(before), state(after),
				before.organisationId());
		return after;
	}

	/** Withdraws a document from the public library, or puts it back. */
	@Transactional
	public Publication withdraw(CurrentUser user, long id, boolean withdrawn) {
		Publication before = get(user, id);
		publications.setWithdrawn(id, withdrawn);
		Publication after = publications.find(id).orElseThrow();
		audit.record(PublicationAuditKind.PUBLICATION, id, withdrawn ? Action.DEACTIVATE : Action.RESTORE,
				state(before), state(after), before.organisationId());
		return after;
	}

	private Long store(Upload upload) {
		if (upload == null || upload.size() <= 0) {
			return null;
		}
		return files.store(upload, checkFile(upload, "file"));
	}

	private static void requireManager(CurrentUser user, long organisationId) {
		if (!user.canManage(organisationId)) {
			throw new AccessDeniedException("publications of organisation " + organisationId);
		}
	}

	private static Map<String, Object> state(Publication p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("type", p.type().name());
		state.put("numberSymbol", p.numberSymbol());
		state.put("issuedOn", p.issuedOn().toString());
		state.put("issuer", p.issuer());
		state.put("field", p.field().name());
		state.put("title", p.title());
		state.put("summary", p.summary());
		state.put("file", p.file() == null ? null : p.file().fileName());
		state.put("withdrawn", p.withdrawn());
		return state;
	}

}
