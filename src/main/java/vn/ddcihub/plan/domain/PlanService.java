package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.IndexApi.ComponentStanding;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.AuditTrail.AuditPage;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.ComponentTarget;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.plan.UnitRole;
import vn.ddcihub.plan.WorkItem;
import vn.ddcihub.plan.domain.PlanRepository.TaskInPlan;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;

/**
 * Improvement plans (kế hoạch nâng cao chỉ số DDCI) and the rules around them: a plan
 * belongs to one organisation; an issued plan (ban hành) is locked: its snapshot is kept
 * per revision, and a later change opens the next revision as a draft. Every change is
 * written to the audit trail. Who may read or change a plan is declared by the handlers
 * with {@link PlanAccess}; a user passed in here only narrows what is shown (a unit's
 * staff see their unit's tasks).
 */
@Service
public class PlanService implements PlanApi {

	/** Changes shown per page of a plan's history. */
	static final int HISTORY_PAGE_SIZE = 50;

	/** A task splits into at most this many parts (more is a new plan, not a split). */
	static final int MAX_SPLIT_PARTS = 50;

	private final PlanRepository plans;

	private final PlanInputRules rules;

	private final OrgDirectory directory;

	private final AuditTrail audit;

	private final PlanChecks checks;

	private final JsonMapper json;

	PlanService(PlanRepository plans, OrgDirectory directory, AuditTrail audit, PlanChecks checks, JsonMapper json,
			PlanInputRules rules) {
		this.rules = rules;
		this.plans = plans;
		this.directory = directory;
		this.audit = audit;
		this.checks = checks;
		this.json = json;
	}

	// Reading

	@Override
	@Transactional(readOnly = true)
	public List<Plan> visiblePlans(CurrentUser user) {
		if (user.readsEveryOrganisation()) {
			return plans.plans(null);
		}
		return user.organisationId() == null ? List.of() : plans.plans(user.organisationId());
	}

	@Transactional(readOnly = true)
	public Plan plan(long id) {
		return plans.plan(id).orElseThrow(() -> new NotFoundException("plan.notFound", id));
	}

	/** The plan about to change, locked until the change commits. */
	private Plan planForChange(long id) {
		return plans.lockedPlan(id).orElseThrow(() -> new NotFoundException("plan.notFound", id));
	}

	@Transactional(readOnly = true)
	public PlanDetail detail(CurrentUser user, long id) {
		Plan plan = plan(id);
		Function<Long, UnitRef> units = unitLookup(plan.organisationId());
		List<PlanTarget> targets = plans.targets(id, units);
		// the issued plan goes to every unit (its Nơi nhận names them): whoever reads it
		// reads
		// all of it, as the document says; only changing it is restricted
		List<PlanTask> tasks = plans.activeTasks(id, units);
		List<PlanDetail.TargetWithTasks> withTasks = targets.stream()
			.map(t -> new PlanDetail.TargetWithTasks(t,
					tasks.stream().filter(k -> Objects.equals(k.targetId(), t.id())).toList()))
			.toList();
		String organisation = directory.organisation(plan.organisationId()).map(Organisation::name).orElse("");
		boolean manageable = user.canManage(plan.organisationId());
		return new PlanDetail(plan, organisation, checks.check(plan, targets), withTasks,
				tasks.stream().filter(k -> k.targetId() == null).toList(), manageable && plan.status().editable(),
				manageable, PlanAccess.approves(user, plan), revisionState(plan));
	}

	/** The whole plan for documents and snapshots (every active task). */
	@Transactional(readOnly = true)
	public PlanDetail full(long id) {
		return full(plan(id));
	}

	PlanDetail full(Plan plan) {
		Function<Long, UnitRef> units = unitLookup(plan.organisationId());
		List<PlanTarget> targets = plans.targets(plan.id(), units);
		List<PlanTask> tasks = plans.activeTasks(plan.id(), units);
		List<PlanDetail.TargetWithTasks> withTasks = targets.stream()
			.map(t -> new PlanDetail.TargetWithTasks(t,
					tasks.stream().filter(k -> Objects.equals(k.targetId(), t.id())).toList()))
			.toList();
		String organisation = directory.organisation(plan.organisationId()).map(Organisation::name).orElse("");
		return new PlanDetail(plan, organisation, null, withTasks,
				tasks.stream().filter(k -> k.targetId() == null).toList(), false, false, false, null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Plan> plans(Long organisationId) {
		return plans.plans(organisationId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanOutline> outline(long planId) {
		return outlines(List.of(planId)).stream().findFirst();
	}

	/**
	 * Five queries however many plans: the plans, organisation names, targets, active
	 * tasks, and the names of every unit they name.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<PlanOutline> outlines(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		List<Plan> found = plans.plansWithIds(planIds);
		Map<Long, String> organisations = directory.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		Function<Long, UnitRef> unnamed = id -> new UnitRef(id, "", "");
		Map<Long, List<PlanTarget>> targets = plans.targetsOfPlans(planIds, unnamed)
			.stream()
			.collect(Collectors.groupingBy(PlanTarget::planId));
		Map<Long, List<PlanTask>> tasks = plans.activeTasksOfPlans(planIds, unnamed)
			.stream()
			.collect(Collectors.groupingBy(PlanTask::planId));
		Function<Long, UnitRef> units = unitsNamed(Stream.concat(
				targets.values()
					.stream()
					.flatMap(List::stream)
					.flatMap(t -> units(t.leadUnits(), t.coordinatingUnits())),
				tasks.values().stream().flatMap(List::stream).flatMap(t -> units(t.leadUnits(), t.coordinatingUnits())))
			.map(UnitRef::id)
			.collect(Collectors.toSet()));
		return found.stream()
			.map(plan -> outline(plan, organisations.getOrDefault(plan.organisationId(), ""),
					targets.getOrDefault(plan.id(), List.of()), tasks.getOrDefault(plan.id(), List.of()), units))
			.toList();
	}

	private static Stream<UnitRef> units(List<UnitRef> lead, List<UnitRef> coordinating) {
		return Stream.concat(lead.stream(), coordinating.stream());
	}

	/** Tasks in the plan's order: each target's in turn, then the general section's. */
	private static PlanOutline outline(Plan plan, String organisationName, List<PlanTarget> targets,
			List<PlanTask> tasks, Function<Long, UnitRef> units) {
		List<ComponentTarget> components = targets.stream()
			.map(t -> new ComponentTarget(t.id(), t.componentCode(), t.componentName(), t.sortOrder(),
					t.baselineScore(), t.baselineRank(), t.targetScore(), t.targetText(),
					t.leadUnits().stream().map(u -> units.apply(u.id())).toList(),
					t.coordinatingUnits().stream().map(u -> units.apply(u.id())).toList()))
			.toList();
		List<PlanTask> ordered = Stream
			.concat(components.stream().flatMap(c -> tasks.stream().filter(k -> Objects.equals(k.targetId(), c.id()))),
					tasks.stream().filter(k -> k.targetId() == null))
			.map(t -> withUnitNames(t, units))
			.toList();
		return new PlanOutline(plan, organisationName, components, ordered);
	}

	/** A task of the plan with its units' names. */
	@Transactional(readOnly = true)
	public PlanTask task(long planId, long taskId) {
		return task(plan(planId), taskId);
	}

	/** Units of the plan's organisation a task may be assigned to. */
	@Transactional(readOnly = true)
	public List<Unit> units(long organisationId) {
		return directory.units(organisationId).stream().filter(Unit::active).toList();
	}

	/**
	 * My work (việc của tôi): a unit's staff see the tasks their unit leads or
	 * coordinates, across the plans of their organisation; leaders, coordinators and
	 * viewers see every task of the plans they may read.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> myWork(CurrentUser user, LocalDate today) {
		List<TaskInPlan> rows = workOf(user);
		Function<Long, UnitRef> units = unitsNamed(rows.stream()
			.flatMap(r -> Stream.concat(r.task().leadUnits().stream(), r.task().coordinatingUnits().stream()))
			.map(UnitRef::id)
			.collect(Collectors.toSet()));
		List<WorkItem> items = new ArrayList<>();
		for (TaskInPlan row : rows) {
			PlanTask task = withUnitNames(row.task(), units);
			UnitRole role = task.leadUnits().stream().anyMatch(u -> Objects.equals(u.id(), user.unitId()))
					? UnitRole.LEAD
					: task.coordinatingUnits().stream().anyMatch(u -> Objects.equals(u.id(), user.unitId()))
							? UnitRole.COORDINATING : null;
			items.add(new WorkItem(task, task.planId(), row.planNumber(), row.planYear(), row.componentCode(),
					row.componentName(), row.componentOrder() == null ? Integer.MAX_VALUE : row.componentOrder(), role,
					task.nextDue(today)));
		}
		items.sort(Comparator.comparing((WorkItem w) -> w.nextDue() == null ? LocalDate.MAX : w.nextDue())
			.thenComparing(w -> -w.planYear())
			.thenComparing(WorkItem::componentOrder)
			.thenComparing(w -> w.task().sortOrder()));
		return items;
	}

	/**
	 * The active tasks the user works on, filtered in SQL by the same rules as
	 * {@link #detail}.
	 */
	private List<TaskInPlan> workOf(CurrentUser user) {
		if (user.readsEveryOrganisation()) {
			return plans.activeTasksInPlans(null, null);
		}
		Long organisationId = user.organisationId();
		if (organisationId == null) {
			return List.of();
		}
		if (user.seesWholeOrganisation(organisationId)) {
			return plans.activeTasksInPlans(organisationId, null);
		}
		return user.unitId() == null ? List.of() : plans.activeTasksInPlans(organisationId, user.unitId());
	}

	// Plans

	/** A plan of the user's organisation; ADMIN names the organisation. */
	@Transactional
	public long create(CurrentUser user, PlanInput in) {
		long organisationId = in.organisationId() != null && user.isAdmin() ? in.organisationId()
				: Optional.ofNullable(user.organisationId())
					.orElseThrow(() -> new BadInputException("plan.organisation.required"));
		rules.check(in);
		long id = plans.insertPlan(organisationId, in, PlanStatus.DRAFT, 1, null);
		audit.record(PlanAuditKind.PLAN, id, Action.CREATE, null, plans.plan(id).orElseThrow(), organisationId);
		return id;
	}

	@Transactional
	public void update(long id, PlanInput in) {
		Plan before = planForChange(id);
		rules.check(in);
		openRevision(before);
		plans.updatePlan(id, in);
		audit.record(PlanAuditKind.PLAN, id, Action.UPDATE, before, plans.plan(id).orElseThrow(),
				before.organisationId());
	}

	/**
	 * A change to an issued plan starts its next revision (sửa đổi); the issued snapshot
	 * stays.
	 */
	void openRevision(Plan plan) {
		if (plan.status() == PlanStatus.SUBMITTED) {
			// the director is reading what was submitted: it is returned before it
			// changes
			throw new BadInputException("plan.review.submittedLocked", plan.revision());
		}
		if (plan.status() == PlanStatus.ISSUED) {
			plans.setStatus(plan.id(), PlanStatus.DRAFT, plan.revision() + 1);
			audit.record(PlanAuditKind.PLAN, plan.id(), Action.UPDATE,
					Map.of("status", plan.status(), "revision", plan.revision()),
					Map.of("status", PlanStatus.DRAFT, "revision", plan.revision() + 1), plan.organisationId());
		}
	}

	/** Where the plan's revision stands in its approval, and the version in force. */
	RevisionState revisionState(Plan plan) {
		List<PlanVersion> versions = plans.versions(plan.id());
		PlanVersion inForce = versions.isEmpty() ? null : versions.get(versions.size() - 1);
		String comment = plan.status() == PlanStatus.RETURNED ? plans.reviewComment(plan.id()) : "";
		return new RevisionState(plan.status(), plan.revision(), inForce, comment);
	}

	@Transactional(readOnly = true)
	public RevisionState revisionState(long id) {
		return revisionState(plan(id));
	}

	@Transactional(readOnly = true)
	public PlanHistory history(long id, int page) {
		Plan plan = plan(id);
		Map<PlanAuditKind, List<Long>> records = new HashMap<>(plans.recordIds(id));
		records.put(PlanAuditKind.PLAN, List.of(id));
		AuditPage changes = audit.changesOf(plan.organisationId(), records, page, HISTORY_PAGE_SIZE);
		return new PlanHistory(plan.id(), plan.revision(), plan.status(), plans.versions(id), changes.events(),
				changes.page(), changes.pageCount(), changes.total());
	}

	@Transactional(readOnly = true)
	public String snapshot(long id, int revision) {
		plan(id);
		return plans.snapshot(id, revision)
			.orElseThrow(() -> new NotFoundException("plan.notFound.version", revision, id));
	}

	/**
	 * Copies a plan to the next year (sao chép sang năm sau): targets, tasks and unit
	 * assignments carried over, deadlines moved a year on, baselines from the newer
	 * edition when the index has it.
	 */
	@Transactional
	public long copyToNextYear(long id) {
		Plan source = plan(id);
		PlanDetail full = full(source);
		int year = source.year() + 1;
		String symbol = source.numberSymbol().contains("/")
				? "     " + source.numberSymbol().substring(source.numberSymbol().indexOf('/')) : source.numberSymbol();
		PlanInput in = new PlanInput(source.organisationId(), symbol, source.place(), VietnamTime.today(),
				source.issuerParent(), source.issuer(),
				source.title().replace(String.valueOf(source.year()), String.valueOf(year)), year, source.targetYear(),
				source.targetYear() + 1, source.legalBases(), "", source.purposes(), source.requirements(),
				source.implementation(), source.recipients(), source.signerAuthority(), source.signerTitle(),
				source.signerName(), source.goals().totalRank(), source.goals().totalScore(),
				source.goals().belowMedianIntoRank());
		long copy = plans.insertPlan(source.organisationId(), in, PlanStatus.DRAFT, 1, source.id());
		Optional<UnitStanding> standing = checks.standing(source.organisationId(), source.targetYear());
		for (PlanDetail.TargetWithTasks entry : full.targets()) {
			PlanTarget t = entry.target();
			ComponentStanding component = standing
				.flatMap(s -> s.components()
					.stream()
					.filter(c -> c.code().equalsIgnoreCase(t.componentCode()) || c.order() == t.sortOrder())
					.findFirst())
				.orElse(null);
			TargetInput target = TargetInput.of(t, component == null ? null : component.score(),
					component == null ? null : component.rank());
			long targetId = plans.insertTarget(copy, target, t.sortOrder());
			for (PlanTask task : entry.tasks()) {
				plans.insertTask(copy, nextYear(task, targetId), task.sortOrder(), null);
			}
		}
		for (PlanTask task : full.generalTasks()) {
			plans.insertTask(copy, nextYear(task, null), task.sortOrder(), null);
		}
		audit.record(PlanAuditKind.PLAN, copy, Action.CREATE, Map.of("copiedFrom", source.id()),
				plans.plan(copy).orElseThrow(), source.organisationId());
		return copy;
	}

	private static TaskInput nextYear(PlanTask task, Long targetId) {
		return TaskInput.of(task, targetId, task.title(),
				task.deadline() == null ? null : task.deadline().plusYears(1));
	}

	// Targets

	@Transactional
	public long addTarget(long planId, TargetInput in) {
		Plan plan = planForChange(planId);
		rules.check(plan, null, in);
		openRevision(plan);
		int order = in.sortOrder() != null ? in.sortOrder() : plans.targets(planId, u -> null).size() + 1;
		long id = plans.insertTarget(planId, in, order);
		audit.record(PlanAuditKind.TARGET, id, Action.CREATE, null, target(plan, id), plan.organisationId());
		return id;
	}

	@Transactional
	public void updateTarget(long planId, long targetId, TargetInput in) {
		Plan plan = planForChange(planId);
		PlanTarget before = target(plan, targetId);
		rules.check(plan, targetId, in);
		openRevision(plan);
		plans.updateTarget(targetId, in, in.sortOrder() != null ? in.sortOrder() : before.sortOrder());
		audit.record(PlanAuditKind.TARGET, targetId, Action.UPDATE, before, target(plan, targetId),
				plan.organisationId());
	}

	/**
	 * Removes a component target (bỏ chỉ tiêu). A target that still has tasks in force is
	 * kept: its tasks are moved or retired first, so no task silently loses its
	 * component.
	 */
	@Transactional
	public void removeTarget(long planId, long targetId) {
		Plan plan = planForChange(planId);
		PlanTarget before = target(plan, targetId);
		int tasks = plans.activeTaskCount(targetId);
		if (tasks > 0) {
			throw new BadInputException("plan.target.hasTasks", before.componentCode(), tasks);
		}
		openRevision(plan);
		plans.removeTarget(targetId);
		audit.record(PlanAuditKind.TARGET, targetId, Action.REMOVE, before, null, plan.organisationId());
	}

	private PlanTarget target(Plan plan, long targetId) {
		return plans.target(plan.id(), targetId, unitLookup(plan.organisationId()))
			.orElseThrow(() -> new NotFoundException("plan.notFound.target", targetId));
	}

	// Tasks

	@Transactional
	public long addTask(long planId, TaskInput in) {
		Plan plan = planForChange(planId);
		rules.check(plan, in);
		openRevision(plan);
		long id = plans.insertTask(planId, in, plans.nextTaskOrder(planId, in.targetId()), null);
		audit.record(PlanAuditKind.TASK, id, Action.CREATE, null, task(plan, id), plan.organisationId());
		return id;
	}

	@Transactional
	public void updateTask(long planId, long taskId, TaskInput in) {
		Plan plan = planForChange(planId);
		PlanTask before = task(plan, taskId);
		rules.check(plan, in);
		openRevision(plan);
		plans.updateTask(taskId, in);
		if (!Objects.equals(before.targetId(), in.targetId())) {
			plans.setTaskOrder(taskId, plans.nextTaskOrder(planId, in.targetId()));
		}
		audit.record(PlanAuditKind.TASK, taskId, Action.UPDATE, before, task(plan, taskId), plan.organisationId());
	}

	/** Moves a task one place up or down among the active tasks of its component. */
	@Transactional
	public void moveTask(long planId, long taskId, MoveDirection direction) {
		Plan plan = planForChange(planId);
		int step = direction.step();
		PlanTask task = task(plan, taskId);
		List<PlanTask> siblings = plans.tasks(planId, u -> new UnitRef(u, "", ""))
			.stream()
			.filter(t -> !t.retired() && Objects.equals(t.targetId(), task.targetId()))
			.toList();
		int index = -1;
		for (int i = 0; i < siblings.size(); i++) {
			if (siblings.get(i).id() == taskId) {
				index = i;
			}
		}
		int other = index + step;
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return;
		}
		openRevision(plan);
		List<PlanTask> reordered = new ArrayList<>(siblings);
		reordered.set(index, siblings.get(other));
		reordered.set(other, siblings.get(index));
		for (int i = 0; i < reordered.size(); i++) {
			plans.setTaskOrder(reordered.get(i).id(), i + 1);
		}
		audit.record(PlanAuditKind.TASK, taskId, Action.UPDATE, Map.of("sortOrder", index + 1),
				Map.of("sortOrder", other + 1), plan.organisationId());
	}

	/**
	 * Retires a task (thôi thực hiện): it stays in the history but leaves the plan,
	 * documents and my work.
	 */
	@Transactional
	public void retireTask(long planId, long taskId) {
		Plan plan = planForChange(planId);
		PlanTask before = task(plan, taskId);
		if (before.retired()) {
			return;
		}
		openRevision(plan);
		plans.retireTask(taskId);
		audit.record(PlanAuditKind.TASK, taskId, Action.DEACTIVATE, before, task(plan, taskId), plan.organisationId());
	}

	/**
	 * Takes a retired task back into the plan (hoàn tác thôi thực hiện), in the place it
	 * had.
	 */
	@Transactional
	public void restoreTask(long planId, long taskId) {
		Plan plan = planForChange(planId);
		PlanTask before = task(plan, taskId);
		if (!before.retired()) {
			return;
		}
		openRevision(plan);
		plans.restoreTask(taskId);
		audit.record(PlanAuditKind.TASK, taskId, Action.RESTORE, before, task(plan, taskId), plan.organisationId());
	}

	/**
	 * Splits a task (tách nhiệm vụ): the task keeps its first part and one new task per
	 * further part is added, with the same component, kind and units.
	 */
	@Transactional
	public List<Long> splitTask(long planId, long taskId, List<String> titles) {
		Plan plan = planForChange(planId);
		Function<Long, UnitRef> units = unitLookup(plan.organisationId());
		PlanTask before = task(plan, taskId, units);
		List<String> parts = titles == null ? List.of()
				: titles.stream().filter(t -> t != null && !t.isBlank()).toList();
		if (parts.size() < 2) {
			throw new BadInputException("plan.split.tooFew");
		}
		if (parts.size() > MAX_SPLIT_PARTS) {
			throw new BadInputException("plan.split.tooMany", MAX_SPLIT_PARTS, parts.size());
		}
		openRevision(plan);
		TaskInput same = TaskInput.of(before, before.targetId(), parts.get(0), before.deadline());
		plans.updateTask(taskId, same);
		audit.record(PlanAuditKind.TASK, taskId, Action.UPDATE, before, task(plan, taskId, units),
				plan.organisationId());
		List<Long> created = new ArrayList<>();
		int order = plans.nextTaskOrder(planId, before.targetId());
		for (String part : parts.subList(1, parts.size())) {
			TaskInput in = TaskInput.of(before, before.targetId(), part, before.deadline());
			long id = plans.insertTask(planId, in, order++, taskId);
			audit.record(PlanAuditKind.TASK, id, Action.CREATE, Map.of("splitFrom", taskId), task(plan, id, units),
					plan.organisationId());
			created.add(id);
		}
		return created;
	}

	private PlanTask task(Plan plan, long taskId) {
		return task(plan, taskId, unitLookup(plan.organisationId()));
	}

	private PlanTask task(Plan plan, long taskId, Function<Long, UnitRef> units) {
		return plans.task(taskId, units)
			.filter(t -> t.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("plan.notFound.task", taskId));
	}

	private Function<Long, UnitRef> unitLookup(long organisationId) {
		Map<Long, UnitRef> refs = new LinkedHashMap<>();
		directory.units(organisationId).forEach(u -> refs.put(u.id(), new UnitRef(u.id(), u.code(), u.name())));
		// only a unit not of the organisation (moved since) is looked up on its own
		return id -> {
			UnitRef ref = refs.get(id);
			return ref != null ? ref : new UnitRef(id, "", directory.unitName(id));
		};
	}

	/** Names of the given units, whatever their organisation, in one query. */
	private Function<Long, UnitRef> unitsNamed(Set<Long> unitIds) {
		Map<Long, UnitRef> refs = new HashMap<>();
		directory.unitsWithIds(unitIds).forEach(u -> refs.put(u.id(), new UnitRef(u.id(), u.code(), u.name())));
		return id -> refs.getOrDefault(id, new UnitRef(id, "", ""));
	}

	private static PlanTask withUnitNames(PlanTask t, Function<Long, UnitRef> units) {
		return new PlanTask(t.id(), t.planId(), t.targetId(), t.sortOrder(), t.title(), t.description(), t.kind(),
				t.dueDay(), t.deadline(), t.expectedOutput(), t.kpiLinks(), t.externalParties(), t.retired(),
				t.splitFrom(), t.leadUnits().stream().map(u -> units.apply(u.id())).toList(),
				t.coordinatingUnits().stream().map(u -> units.apply(u.id())).toList(), t.groupLabel(),
				t.relatedUnitsToName(), t.kpiCode());
	}

}
