package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.domain.PeriodCalendar.PeriodDates;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;

/**
 * The reporting lines of a plan (who reports to whom, how often, by which day) and the
 * periods they generate. Saving the lines (re)generates the periods of their years: new
 * ones are added, open ones take the new dates, and a period that has a unit report is
 * never deleted. Every save is audited.
 */
@Service
public class ReportingLines {

	private final ReportingLineRepository repository;

	private final PlanApi plans;

	private final OrgDirectory directory;

	private final InputRules rules;

	private final MessageSource messages;

	private final AuditTrail audit;

	ReportingLines(ReportingLineRepository repository, PlanApi plans, OrgDirectory directory, InputRules rules,
			MessageSource messages, AuditTrail audit) {
		this.repository = repository;
		this.plans = plans;
		this.directory = directory;
		this.rules = rules;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * The lines of a plan; {@code proposed} when the plan has none saved and these are
	 * the defaults ({@link ReportingLineDefaults}), not yet generating periods.
	 */
	public record PlanLines(PlanOutline outline, List<ReportingLine> lines, boolean proposed, List<Unit> units) {

		public String unitName(Long unitId) {
			return units.stream().filter(u -> Objects.equals(u.id(), unitId)).map(Unit::name).findFirst().orElse("");
		}

	}

	@Transactional(readOnly = true)
	public PlanLines of(long planId) {
		PlanOutline outline = outline(planId);
		List<Unit> units = directory.units(outline.plan().organisationId());
		List<ReportingLine> saved = repository.lines(planId);
		return saved.isEmpty() ? new PlanLines(outline, ReportingLineDefaults.of(outline, units), true, units)
				: new PlanLines(outline, saved, false, units);
	}

	/** Replaces every line of the plan (the API's PUT); problems name the line's row. */
	@Transactional
	public List<ReportingLine> save(long planId, List<ReportingLineInput> lines) {
		return save(planId, lines, true, false);
	}

	/**
	 * Adds a line ({@code id} null) or changes one, keeping the others; a plan with no
	 * lines yet starts from the proposed ones.
	 */
	@Transactional
	public List<ReportingLine> saveLine(long planId, ReportingLineInput line) {
		List<ReportingLineInput> lines = new ArrayList<>(
				of(planId).lines().stream().map(ReportingLine::toInput).toList());
		if (line.id() == null) {
			lines.add(line);
		}
		else {
			int at = indexOf(lines, line.id());
			lines.set(at, line);
		}
		return save(planId, lines, false, false);
	}

	/** Removes a line whose periods have no report. */
	@Transactional
	public List<ReportingLine> removeLine(long planId, long lineId) {
		List<ReportingLineInput> lines = new ArrayList<>(
				of(planId).lines().stream().map(ReportingLine::toInput).toList());
		lines.remove(indexOf(lines, lineId));
		return save(planId, lines, false, false);
	}

	/** The proposed lines saved as they are (demo data: illustrative periods). */
	@Transactional
	public List<ReportingLine> saveDefaults(long planId, boolean illustrative) {
		return save(planId, of(planId).lines().stream().map(ReportingLine::toInput).toList(), true, illustrative);
	}

	private static int indexOf(List<ReportingLineInput> lines, long lineId) {
		for (int i = 0; i < lines.size(); i++) {
			if (Objects.equals(lines.get(i).id(), lineId)) {
				return i;
			}
		}
		throw new NotFoundException("execution.period.line.notFound", lineId);
	}

	private List<ReportingLine> save(long planId, List<ReportingLineInput> inputs, boolean numbered,
			boolean illustrative) {
		PlanOutline outline = outline(planId);
		long organisationId = outline.plan().organisationId();
		Map<Long, Unit> units = directory.units(organisationId)
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		List<ReportingLine> before = repository.lines(planId);
		Map<Long, ReportingLine> existing = before.stream()
			.collect(Collectors.toMap(ReportingLine::id, Function.identity()));
		check(inputs, numbered, units.keySet(), existing.keySet());

		Set<Long> kept = new HashSet<>();
		List<ReportingLine> after = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ReportingLine line = toLine(planId, inputs.get(i));
			ReportingLine old = line.id() == null ? null : existing.get(line.id());
			if (old != null && old.frequency() != line.frequency() && repository.hasReports(old.id())) {
				throw new BadInputException("execution.period.line.frequencyHasReports", label(old));
			}
			long id;
			if (old == null) {
				id = repository.insert(organisationId, line, i);
			}
			else {
				id = old.id();
				repository.update(line, i);
				kept.add(id);
			}
			after.add(new ReportingLine(id, planId, line.frequency(), line.reporterUnitId(), line.receivingUnitIds(),
					line.externalRecipients(), line.dueDay(), line.dueMonth(), line.onRequest(), line.firstYear(),
					line.lastYear()));
		}
		for (ReportingLine old : before) {
			if (!kept.contains(old.id())) {
				if (repository.hasReports(old.id())) {
					throw new BadInputException("execution.period.line.hasReports", label(old));
				}
				repository.delete(old.id());
			}
		}
		LocalDate from = outline.plan().issuedOn() == null ? null : outline.plan().issuedOn().withDayOfMonth(1);
		for (ReportingLine line : after) {
			List<PeriodDates> periods = PeriodCalendar.periods(line, from);
			repository.upsertPeriods(line.id(), periods, illustrative);
			repository.deletePeriodsOutside(line.id(), periods.stream().map(PeriodDates::key).toList());
		}
		audit.record(ExecutionAuditKind.REPORTING_LINES, planId, before.isEmpty() ? Action.CREATE : Action.UPDATE,
				before.isEmpty() ? null : before, after, organisationId);
		return after;
	}

	private static ReportingLine toLine(long planId, ReportingLineInput in) {
		return new ReportingLine(in.id(), planId, in.frequency(), in.reporterUnitId(),
				in.receivingUnitIds().stream().distinct().toList(), in.externalRecipients(), in.dueDay(),
				in.frequency() == Frequency.YEARLY ? in.dueMonth() : null, in.dueOnRequest(), in.firstYear(),
				in.lastYear());
	}

	/** "Hàng tháng, ngày 25" — how a line is named in a refusal. */
	private String label(ReportingLine line) {
		return text("execution.period.frequency." + line.frequency().name()) + " #" + line.id();
	}

	/** Every problem of every line at once; nothing is saved when there is one. */
	private void check(List<ReportingLineInput> inputs, boolean numbered, Set<Long> units, Set<Long> existing) {
		List<InputProblem> problems = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ReportingLineInput in = inputs.get(i);
			Integer row = numbered ? i + 1 : null;
			List<InputProblem> found = new ArrayList<>(rules.problems(in));
			if (in.id() != null && !existing.contains(in.id())) {
				found.add(InputProblem.field("id", text("execution.period.line.unknown", in.id())));
			}
			if (in.frequency() == Frequency.YEARLY && in.dueMonth() == null) {
				found.add(InputProblem.field("dueMonth", text("execution.period.line.dueMonthRequired")));
			}
			if (in.firstYear() != null && in.lastYear() != null && in.lastYear() < in.firstYear()) {
				found.add(InputProblem.field("lastYear", text("execution.period.line.yearsOrder")));
			}
			if (in.reporterUnitId() != null && !units.contains(in.reporterUnitId())) {
				found.add(InputProblem.field("reporterUnitId", text("execution.period.line.unitOutside")));
			}
			if (!units.containsAll(in.receivingUnitIds())) {
				found.add(InputProblem.field("receivingUnitIds", text("execution.period.line.unitOutside")));
			}
			else if (in.reporterUnitId() != null && in.receivingUnitIds().contains(in.reporterUnitId())) {
				found.add(InputProblem.field("receivingUnitIds", text("execution.period.line.toItself")));
			}
			else if (in.receivingUnitIds().isEmpty() && in.externalRecipients().isBlank()) {
				found.add(InputProblem.field("receivingUnitIds", text("execution.period.line.noRecipient")));
			}
			found.forEach(p -> problems.add(new InputProblem(null, row, p.column(), p.message())));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private PlanOutline outline(long planId) {
		return plans.outline(planId).orElseThrow(() -> new NotFoundException("plan.notFound", planId));
	}

}
