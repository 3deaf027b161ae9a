package vn.ddcihub.execution.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.ReportRepository.ContributionRow;
import vn.ddcihub.execution.domain.ReportRepository.EntryRow;
import vn.ddcihub.execution.domain.ReportRepository.PeriodRow;
import vn.ddcihub.execution.domain.ReportRepository.ReportRow;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.plan.ComponentTarget;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;

/** Reads a unit report whole, as {@link ReportView}: a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class ReportViews {

	private final ReportRepository reports;

	private final EvidenceFiles evidence;

	private final FigureSuggestions suggestions;

	private final vn.ddcihub.plan.PlanApi plans;

	private final OrgDirectory directory;

	ReportViews(ReportRepository reports, EvidenceFiles evidence, FigureSuggestions suggestions,
			vn.ddcihub.plan.PlanApi plans, OrgDirectory directory) {
		this.reports = reports;
		this.evidence = evidence;
		this.suggestions = suggestions;
		this.plans = plans;
		this.directory = directory;
	}

	public ReportView of(long reportId) {
		ReportRow report = reports.report(reportId)
			.orElseThrow(() -> new NotFoundException("execution.report.notFound", reportId));
		PeriodRow period = reports.period(report.periodId()).orElseThrow();
		PlanOutline plan = plans.outline(period.planId())
			.orElseThrow(() -> new NotFoundException("execution.report.notFound", reportId));
		List<EntryRow> entries = reports.entries(reportId);
		List<Long> taskIds = entries.stream().map(EntryRow::taskId).toList();
		List<ContributionRow> contributions = reports.contributions(period.id(), reportId,
				entries.stream().filter(e -> e.role().equals("LEAD")).map(EntryRow::taskId).toList());
		List<Long> entryIds = new ArrayList<>(entries.stream().map(EntryRow::id).toList());
		contributions.forEach(c -> entryIds.add(c.entry().id()));
		Map<Long, List<ReportDraft.Figure>> figures = reports.figures(entryIds);
		Map<Long, List<ReportView.TaskComment>> comments = reports.comments(taskIds);
		List<ReportView.Attachment> attachments = evidence.attachments(reportId);
		Map<Long, PlanTask> tasks = new HashMap<>();
		plan.tasks().forEach(t -> tasks.put(t.id(), t));

		Map<Long, ReportView.Entry> byTask = new LinkedHashMap<>();
		for (EntryRow entry : entries) {
			PlanTask task = tasks.get(entry.taskId());
			byTask.put(entry.taskId(),
					new ReportView.Entry(entry.taskId(), task == null ? "#" + entry.taskId() : task.title(),
							task == null ? "" : task.expectedOutput(), entry.role(), entry.status(), entry.progress(),
							entry.results(), entry.difficulties(), entry.proposals(), entry.explanation(),
							figures.getOrDefault(entry.id(), List.of()),
							task == null ? List.of() : suggestions.of(task.kpiLinks()),
							attachments.stream().filter(a -> Objects.equals(a.taskId(), entry.taskId())).toList(),
							contributions.stream()
								.filter(c -> c.taskId() == entry.taskId())
								.map(c -> contribution(c, figures))
								.toList(),
							comments.getOrDefault(entry.taskId(), List.of())
								.stream()
								.filter(c -> c.periodId() == null || c.periodId() == period.id())
								.toList()));
		}
		boolean open = !period.closed();
		boolean late = (report.status().editable()) && period.dueOn().isBefore(VietnamTime.today());
		return new ReportView(report.id(), report.version(), report.status(), period.id(),
				Frequency.valueOf(period.frequency()), period.year(), period.number(), period.dueOn(), period.closed(),
				late, report.status().editable() && open, report.organisationId(), report.unitId(),
				directory.unitName(report.unitId()), plan.plan().id(), plan.plan().numberSymbol(), report.submittedAt(),
				report.submittedBy(), report.reviewedAt(), report.reviewedBy(), report.reviewComment(),
				report.illustrative(), sections(plan, tasks, byTask),
				attachments.stream().filter(a -> a.taskId() == null).toList(), reports.timeline(reportId));
	}

	/**
	 * The entries under their component targets in the plan's order, then the general
	 * section.
	 */
	private static List<ReportView.Section> sections(PlanOutline plan, Map<Long, PlanTask> tasks,
			Map<Long, ReportView.Entry> byTask) {
		List<ReportView.Section> sections = new ArrayList<>();
		List<Long> placed = new ArrayList<>();
		for (ComponentTarget target : plan.targets()) {
			List<ReportView.Entry> entries = entriesOf(plan.tasksOf(target), byTask);
			entries.forEach(e -> placed.add(e.taskId()));
			if (!entries.isEmpty()) {
				sections.add(new ReportView.Section(target.componentCode(), target.componentName(), target.targetText(),
						entries));
			}
		}
		List<ReportView.Entry> general = byTask.values().stream().filter(e -> !placed.contains(e.taskId())).toList();
		if (!general.isEmpty()) {
			sections.add(new ReportView.Section(null, null, null, general));
		}
		return sections;
	}

	private static List<ReportView.Entry> entriesOf(Collection<PlanTask> tasks, Map<Long, ReportView.Entry> byTask) {
		return tasks.stream().map(t -> byTask.get(t.id())).filter(Objects::nonNull).toList();
	}

	private ReportView.Contribution contribution(ContributionRow row, Map<Long, List<ReportDraft.Figure>> figures) {
		EntryRow entry = row.entry();
		return new ReportView.Contribution(row.unitId(), directory.unitName(row.unitId()), row.reportStatus(),
				entry.status(), entry.progress(), entry.results(), entry.difficulties(), entry.proposals(),
				entry.explanation(), figures.getOrDefault(entry.id(), List.of()));
	}

	/**
	 * Whether the report's status is {@code status}, for callers that hold only an id.
	 */
	public ReportStatus status(long reportId) {
		return reports.report(reportId)
			.orElseThrow(() -> new NotFoundException("execution.report.notFound", reportId))
			.status();
	}

}
