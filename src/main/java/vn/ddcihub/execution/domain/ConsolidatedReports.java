package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.execution.domain.ConsolidatedCompiler.Scope;
import vn.ddcihub.execution.domain.ConsolidatedStore.IssuedFiles;
import vn.ddcihub.execution.domain.ConsolidatedStore.Stored;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;

/**
 * The consolidated reports (báo cáo tổng hợp) of a plan: the month's report of a period,
 * the year report and the upward report. The Office edits the summary of a draft and
 * issues it; issuing keeps the version — its Word and PDF files and the content as JSON —
 * and locks the report (a change afterwards is 409). Every change is audited in its
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReports {

	private final JdbcClient jdbc;

	private final PlanApi plans;

	private final ConsolidatedCompiler compiler;

	private final ConsolidatedStore store;

	private final ConsolidatedDocuments documents;

	private final InputRules inputRules;

	private final AuditTrail audit;

	private final JsonMapper json;

	ConsolidatedReports(JdbcClient jdbc, PlanApi plans, ConsolidatedCompiler compiler, ConsolidatedStore store,
			DocumentRenderers renderers, InputRules inputRules, AuditTrail audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.compiler = compiler;
		this.store = store;
		this.documents = new ConsolidatedDocuments(renderers);
		this.inputRules = inputRules;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * Which report: a month's ({@code periodId} set) or a plan's year or upward report.
	 */
	public record Key(ConsolidatedKind kind, long planId, Long periodId, int year, Integer month, LocalDate endsOn) {

		Scope scope() {
			return periodId != null ? Scope.month(periodId, year, month, endsOn) : Scope.year(kind, year);
		}

	}

	/** A file of the report, ready to send. */
	public record File(byte[] bytes, String format, String name) {
	}

	/** The month's report of a monthly period. */
	public Key monthly(long periodId) {
		return jdbc.sql("select plan_id, year, number, frequency, ends_on from execution_period where id = ?")
			.param(periodId)
			.query((rs, i) -> {
				if (!"MONTHLY".equals(rs.getString(4))) {
					throw new BadInputException("execution.consolidated.monthlyOnly", periodId);
				}
				return new Key(ConsolidatedKind.MONTHLY, rs.getLong(1), periodId, rs.getInt(2), rs.getInt(3),
						rs.getObject(5, LocalDate.class));
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
	}

	/** The year or upward report of a plan. */
	public Key yearly(ConsolidatedKind kind, long planId, int year) {
		if (year < 2000 || year > 2100) {
			throw new NotFoundException("execution.consolidated.yearNotFound", year);
		}
		return new Key(kind, planId, null, year, null, LocalDate.of(year, 12, 31));
	}

	public ConsolidatedView view(Key key) {
		PlanOutline outline = outline(key);
		Stored stored = store.find(key, false).orElse(null);
		if (stored != null && stored.issued()) {
			IssuedFiles issued = store.latestIssued(stored.id()).orElseThrow();
			return view(key, outline, stored, json.readValue(issued.snapshotJson(), ConsolidatedContent.class));
		}
		return view(key, outline, stored, compiler.compile(outline, key.scope(), VietnamTime.today()));
	}

	@Transactional
	public ConsolidatedView save(Key key, ConsolidatedSummary summary) {
		inputRules.check(summary);
		PlanOutline outline = outline(key);
		Stored before = store.find(key, true).orElse(null);
		if (before == null) {
			long id = store.insert(key, outline.plan().organisationId(), summary);
			audit.record(ConsolidatedAuditKind.CONSOLIDATED_REPORT, id, AuditTrail.Action.CREATE, null,
					auditState(key, summary, false), outline.plan().organisationId());
		}
		else {
			refuseIssued(before);
			store.update(before.id(), summary);
			audit.record(ConsolidatedAuditKind.CONSOLIDATED_REPORT, before.id(), AuditTrail.Action.UPDATE,
					auditState(key, before.summary(), false), auditState(key, summary, false), before.organisationId());
		}
		return view(key);
	}

	/**
	 * Issues the report as compiled now: the files drawn without "DỰ THẢO", dated today,
	 * kept with the content they were drawn from.
	 */
	@Transactional
	public ConsolidatedView issue(Key key) {
		PlanOutline outline = outline(key);
		long organisationId = outline.plan().organisationId();
		Stored stored = store.find(key, true).orElse(null);
		if (stored == null) {
			store.insert(key, organisationId, ConsolidatedSummary.EMPTY);
			stored = store.find(key, true).orElseThrow();
		}
		refuseIssued(stored);
		LocalDate today = VietnamTime.today();
		ConsolidatedContent content = compiler.compile(outline, key.scope(), today);
		AdministrativeDocument document = documents.document(outline.plan(), content, stored.summary(), today, false);
		int version = store.issue(stored.id(), today, CurrentUsers.actorName(), json.writeValueAsString(content),
				documents.docx(document), documents.pdf(document));
		Map<String, Object> after = auditState(key, stored.summary(), true);
		after.put("version", version);
		after.put("issuedOn", today);
		audit.record(ConsolidatedAuditKind.CONSOLIDATED_REPORT, stored.id(), AuditTrail.Action.ISSUE,
				auditState(key, stored.summary(), false), after, organisationId);
		return view(key);
	}

	/**
	 * The report as Word or PDF: an issued one exactly as issued, a draft as compiled now
	 * with "DỰ THẢO".
	 */
	public File file(Key key, String format) {
		String wanted = format.toLowerCase();
		if (!wanted.equals("docx") && !wanted.equals("pdf")) {
			throw new BadInputException("execution.consolidated.format", format, "docx, pdf");
		}
		PlanOutline outline = outline(key);
		Stored stored = store.find(key, false).orElse(null);
		if (stored != null && stored.issued()) {
			IssuedFiles issued = store.latestIssued(stored.id()).orElseThrow();
			return new File(wanted.equals("docx") ? issued.docx() : issued.pdf(), wanted, fileName(key, false, wanted));
		}
		ConsolidatedContent content = compiler.compile(outline, key.scope(), VietnamTime.today());
		AdministrativeDocument document = documents.document(outline.plan(), content,
				stored == null ? ConsolidatedSummary.EMPTY : stored.summary(), VietnamTime.today(), true);
		return new File(wanted.equals("docx") ? documents.docx(document) : documents.pdf(document), wanted,
				fileName(key, true, wanted));
	}

	/** The organisation whose report it is. */
	public long organisationOf(Key key) {
		return outline(key).plan().organisationId();
	}

	/** Whether the report is issued; false when nobody has started it. */
	public boolean issued(Key key) {
		return store.issued(key).orElse(false);
	}

	private ConsolidatedView view(Key key, PlanOutline outline, Stored stored, ConsolidatedContent content) {
		ConsolidatedSummary summary = stored == null ? ConsolidatedSummary.EMPTY : stored.summary();
		return new ConsolidatedView(key.kind(), key.planId(), key.periodId(), key.year(), key.month(),
				stored != null && stored.issued(), summary, ConsolidatedDocuments.numberSymbol(outline.plan(), summary),
				stored == null ? null : stored.issuedOn(), stored == null ? null : stored.issuedAt(),
				stored == null ? null : stored.issuedBy(), stored == null ? List.of() : store.versions(stored.id()),
				content);
	}

	private PlanOutline outline(Key key) {
		return plans.outline(key.planId()).orElseThrow(() -> new NotFoundException("plan.notFound", key.planId()));
	}

	private static void refuseIssued(Stored stored) {
		if (stored.issued()) {
			throw new ConflictException("execution.consolidated.issuedLocked");
		}
	}

	private static Map<String, Object> auditState(Key key, ConsolidatedSummary summary, boolean issued) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("kind", key.kind().name());
		state.put("planId", key.planId());
		if (key.periodId() != null) {
			state.put("periodId", key.periodId());
		}
		state.put("year", key.year());
		state.put("numberSymbol", summary.numberSymbol());
		state.put("assessment", summary.assessment());
		state.put("nextSteps", summary.nextSteps());
		state.put("signer",
				(summary.signerAuthority() + " " + summary.signerTitle() + " " + summary.signerName()).strip());
		state.put("status", issued ? "ISSUED" : "DRAFT");
		return state;
	}

	private static String fileName(Key key, boolean draft, String extension) {
		String name = switch (key.kind()) {
			case MONTHLY -> "bao-cao-thang-" + key.month() + "-" + key.year();
			case YEARLY -> "bao-cao-nam-" + key.year();
			case UPWARD -> "bao-cao-cap-tren-" + key.year();
		};
		return (draft ? "du-thao-" : "") + name + "." + extension;
	}

}
