package vn.ddcihub.execution.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.ReportRepository.EntryRow;
import vn.ddcihub.execution.domain.ReportRepository.PeriodRow;
import vn.ddcihub.execution.domain.ReportRepository.ReportRow;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * A unit's report for a period (báo cáo của đơn vị), as the unit works on it: started
 * with one entry per task the unit leads (chủ trì) or coordinates (phối hợp), saved as a
 * draft any number of times — each save naming the version it read — and submitted to the
 * Office.
 */
@Service
public class UnitReports {

	private final ReportRepository reports;

	private final ReportLocks locks;

	private final ReportRules rules;

	private final ReportTransitions transitions;

	private final PlanApi plans;

	private final OrgDirectory directory;

	UnitReports(ReportRepository reports, ReportLocks locks, ReportRules rules, ReportTransitions transitions,
			PlanApi plans, OrgDirectory directory) {
		this.reports = reports;
		this.locks = locks;
		this.rules = rules;
		this.transitions = transitions;
		this.plans = plans;
		this.directory = directory;
	}

	/** A report and whether this call created it. */
	public record Started(long reportId, boolean created) {
	}

	/**
	 * The unit's report in the period, created as a draft when there is none yet; a new
	 * one is refused (409) while the period is closed.
	 */
	@Transactional
	public Started start(long periodId, long unitId) {
		PeriodRow period = reports.period(periodId)
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
		Optional<Long> existing = reports.reportOf(periodId, unitId);
		if (existing.isPresent()) {
			return new Started(existing.get(), false);
		}
		if (period.closed()) {
			throw new ConflictException("execution.report.start.periodClosed");
		}
		if (directory.unit(unitId).filter(u -> u.organisationId() == period.organisationId()).isEmpty()) {
			throw new NotFoundException("execution.report.unitNotFound", unitId);
		}
		PlanOutline plan = plans.outline(period.planId())
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
		List<PlanTask> tasks = plan.tasks().stream().filter(t -> t.involves(unitId)).toList();
		if (tasks.isEmpty()) {
			throw new BadInputException("execution.report.start.noTasks", directory.unitName(unitId));
		}
		Optional<Long> inserted = reports.insertReport(period, unitId);
		if (inserted.isEmpty()) {
			// another request started it a moment ago
			return new Started(reports.reportOf(periodId, unitId).orElseThrow(), false);
		}
		long id = inserted.get();
		for (PlanTask task : tasks) {
			boolean leads = task.leadUnits().stream().anyMatch(u -> u.id() == unitId);
			reports.insertEntry(id, task.id(), leads ? "LEAD" : "COORDINATING");
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("periodId", periodId);
		state.put("unitId", unitId);
		state.put("status", ReportStatus.DRAFT.name());
		state.put("tasks", tasks.size());
		transitions.created(id, period.organisationId(), state);
		return new Started(id, true);
	}

	/**
	 * Saves the draft: the entries it names (others stay as they are).
	 * @return the report's new version
	 * @throws BadInputException every problem of the entries, nothing saved
	 * @throws ConflictException the report may not change, or {@code draft.version()} is
	 * not the stored one (someone saved in between)
	 */
	@Transactional
	public int save(long reportId, ReportDraft draft) {
		ReportRow report = locks.editable(reportId);
		requireVersion(report, draft.version());
		List<EntryRow> entries = reports.entries(reportId);
		Map<Long, String> titles = titles(report, entries);
		List<InputProblem> problems = rules.draftProblems(draft.entries(), titles);
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		Map<Long, Long> entryIds = entries.stream().collect(Collectors.toMap(EntryRow::taskId, EntryRow::id));
		for (ReportDraft.EntryDraft entry : draft.entries()) {
			reports.updateEntry(entryIds.get(entry.taskId()), entry);
		}
		reports.advanceVersion(reportId, report.version());
		return report.version() + 1;
	}

	/**
	 * Sends the report to the Office (draft or returned → submitted).
	 * @param version the version the sender read; null to skip the check
	 * @throws BadInputException a task behind schedule or blocked without an explanation
	 */
	@Transactional
	public void submit(long reportId, Integer version) {
		ReportRow report = locks.editable(reportId);
		if (version != null) {
			requireVersion(report, version);
		}
		List<EntryRow> entries = reports.entries(reportId);
		List<InputProblem> problems = rules.submitProblems(entries, titles(report, entries));
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		reports.submitted(reportId, vn.ddcihub.org.CurrentUsers.actorName());
		transitions.changed(report, ReportStatus.SUBMITTED, AuditTrail.Action.SUBMIT, "");
	}

	static void requireVersion(ReportRow report, Integer version) {
		if (version == null) {
			throw new BadInputException("execution.report.rule.version");
		}
		if (version != report.version()) {
			throw new ConflictException("execution.report.stale", version, report.version());
		}
	}

	/** The titles of the report's tasks by id. */
	private Map<Long, String> titles(ReportRow report, List<EntryRow> entries) {
		PeriodRow period = locks.period(report);
		Map<Long, String> byId = plans.outline(period.planId())
			.map(plan -> plan.tasks().stream().collect(Collectors.toMap(PlanTask::id, PlanTask::title)))
			.orElse(Map.of());
		Map<Long, String> titles = new LinkedHashMap<>();
		entries.forEach(e -> titles.put(e.taskId(), byId.getOrDefault(e.taskId(), "#" + e.taskId())));
		return titles;
	}

}
