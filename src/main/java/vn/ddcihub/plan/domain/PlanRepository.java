package vn.ddcihub.plan.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.UnitRef;

/**
 * SQL of the plan tables (plan_*). Unit ids are resolved to names by the caller's unit
 * lookup.
 */
@Repository
public class PlanRepository {

	static final String LEAD = "LEAD";
	static final String COORDINATING = "COORDINATING";

	private static final String INVOLVES_UNIT = "exists (select 1 from plan_task_unit a where a.task_id = t.id and a.unit_id = :unitId)";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Plans

	long insertPlan(long organisationId, PlanInput in, PlanStatus status, int revision, Long copiedFrom) {
		return jdbc
			.sql("""
					insert into plan_plan (organisation_id, number_symbol, place, issued_on, issuer_parent, issuer, title, year,
					    baseline_year, target_year, legal_bases, context, purposes, requirements, implementation, recipients,
					    signer_authority, signer_title, signer_name, goal_total_rank, goal_total_score, goal_below_median_rank,
					    status, revision, copied_from)
					values (:org, :numberSymbol, :place, :issuedOn, :issuerParent, :issuer, :title, :year, :baselineYear,
					    :targetYear, :legalBases, :context, :purposes, :requirements, :implementation, :recipients,
					    :signerAuthority, :signerTitle, :signerName, :goalRank, :goalScore, :goalBelowMedian, :status, :revision,
					    :copiedFrom)
					returning id""")
			.param("org", organisationId)
			.params(planParams(in))
			.param("status", status.name())
			.param("revision", revision)
			.param("copiedFrom", copiedFrom)
			.query(Long.class)
			.single();
	}

	void updatePlan(long id, PlanInput in) {
		jdbc.sql(
				"""
						update plan_plan set number_symbol = :numberSymbol, place = :place, issued_on = :issuedOn,
						    issuer_parent = :issuerParent, issuer = :issuer, title = :title, year = :year, baseline_year = :baselineYear,
						    target_year = :targetYear, legal_bases = :legalBases, context = :context, purposes = :purposes,
						    requirements = :requirements, implementation = :implementation, recipients = :recipients,
						    signer_authority = :signerAuthority, signer_title = :signerTitle, signer_name = :signerName,
						    goal_total_rank = :goalRank, goal_total_score = :goalScore, goal_below_median_rank = :goalBelowMedian,
						    updated_at = now()
						where id = :id""")
			.params(planParams(in))
			.param("id", id)
			.update();
	}

	void setStatus(long id, PlanStatus status, int revision) {
		setStatus(id, status, revision, "");
	}

	/** The status with the director's comment when returned (empty otherwise). */
	void setStatus(long id, PlanStatus status, int revision, String reviewComment) {
		jdbc.sql("""
				update plan_plan set status = :status, revision = :revision, review_comment = :comment,
				    updated_at = now() where id = :id""")
			.param("status", status.name())
			.param("revision", revision)
			.param("comment", reviewComment)
			.param("id", id)
			.update();
	}

	/** The director's comment on the latest return of the plan, empty when none. */
	String reviewComment(long id) {
		return jdbc.sql("select review_comment from plan_plan where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** The document date and signer the issued version carries. */
	void setIssuedAs(long id, java.time.LocalDate issuedOn, String signerTitle, String signerName) {
		jdbc.sql("""
				update plan_plan set issued_on = :issuedOn, signer_title = :signerTitle, signer_name = :signerName,
				    updated_at = now() where id = :id""")
			.param("issuedOn", issuedOn)
			.param("signerTitle", signerTitle)
			.param("signerName", signerName)
			.param("id", id)
			.update();
	}

	private static Map<String, Object> planParams(PlanInput in) {
		Map<String, Object> p = new HashMap<>();
		p.put("numberSymbol", in.numberSymbol().strip());
		p.put("place", in.place().strip());
		p.put("issuedOn", in.issuedOn());
		p.put("issuerParent", text(in.issuerParent()));
		p.put("issuer", in.issuer().strip());
		p.put("title", in.title().strip());
		p.put("year", in.year());
		p.put("baselineYear", in.baselineYear());
		p.put("targetYear", in.targetYear());
		p.put("legalBases", lines(in.legalBases()));
		p.put("context", text(in.context()));
		p.put("purposes", lines(in.purposes()));
		p.put("requirements", lines(in.requirements()));
		p.put("implementation", lines(in.implementation()));
		p.put("recipients", lines(in.recipients()));
		p.put("signerAuthority", text(in.signerAuthority()));
		p.put("signerTitle", in.signerTitle().strip());
		p.put("signerName", in.signerName().strip());
		p.put("goalRank", in.goalTotalRank());
		p.put("goalScore", in.goalTotalScore());
		p.put("goalBelowMedian", in.goalBelowMedianIntoRank());
		return p;
	}

	Optional<Plan> plan(long id) {
		return jdbc.sql("select * from plan_plan where id = :id")
			.param("id", id)
			.query(PlanRepository::plan)
			.optional();
	}

	/**
	 * The plan, its row locked until the transaction ends: every change to a plan, its
	 * targets and tasks takes this lock first, so issuing snapshots exactly what is
	 * issued.
	 */
	Optional<Plan> lockedPlan(long id) {
		return jdbc.sql("select * from plan_plan where id = :id for update")
			.param("id", id)
			.query(PlanRepository::plan)
			.optional();
	}

	List<Plan> plans(Long organisationId) {
		return jdbc.sql("""
				select * from plan_plan where (:org::bigint is null or organisation_id = :org)
				order by year desc, id desc""").param("org", organisationId).query(PlanRepository::plan).list();
	}

	List<Plan> plansWithIds(Collection<Long> ids) {
		return jdbc.sql("select * from plan_plan where id = any(:ids) order by year desc, id desc")
			.param("ids", ids.toArray(Long[]::new))
			.query(PlanRepository::plan)
			.list();
	}

	boolean anyPlan() {
		return jdbc.sql("select exists (select 1 from plan_plan)").query(Boolean.class).single();
	}

	private static Plan plan(ResultSet rs, int n) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("number_symbol"),
				rs.getString("place"), rs.getObject("issued_on", LocalDate.class), rs.getString("issuer_parent"),
				rs.getString("issuer"), rs.getString("title"), rs.getInt("year"), rs.getInt("baseline_year"),
				rs.getInt("target_year"), split(rs.getString("legal_bases")), rs.getString("context"),
				split(rs.getString("purposes")), split(rs.getString("requirements")),
				split(rs.getString("implementation")), split(rs.getString("recipients")),
				rs.getString("signer_authority"), rs.getString("signer_title"), rs.getString("signer_name"),
				new Plan.Goals((Integer) rs.getObject("goal_total_rank"), decimal(rs, "goal_total_score"),
						(Integer) rs.getObject("goal_below_median_rank")),
				PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), (Long) rs.getObject("copied_from"));
	}

	// Targets

	long insertTarget(long planId, TargetInput in, int sortOrder) {
		long id = jdbc
			.sql("""
					insert into plan_target (plan_id, component_code, component_name, sort_order, baseline_score, baseline_rank,
					    target_score, target_text, solutions, external_parties, task_marker, related_units_to_name)
					values (:planId, :code, :name, :sortOrder, :baselineScore, :baselineRank, :targetScore, :targetText,
					    :solutions, :externalParties, :taskMarker, :relatedUnitsToName)
					returning id""")
			.param("planId", planId)
			.params(targetParams(in))
			.param("sortOrder", sortOrder)
			.query(Long.class)
			.single();
		replaceUnits("plan_target_unit", "target_id", id, in.leadUnitIds(), in.coordinatingUnitIds());
		return id;
	}

	void updateTarget(long id, TargetInput in, int sortOrder) {
		jdbc.sql("""
				update plan_target set component_code = :code, component_name = :name, sort_order = :sortOrder,
				    baseline_score = :baselineScore, baseline_rank = :baselineRank, target_score = :targetScore,
				    target_text = :targetText, solutions = :solutions, external_parties = :externalParties,
				    task_marker = :taskMarker, related_units_to_name = :relatedUnitsToName
				where id = :id""").params(targetParams(in)).param("sortOrder", sortOrder).param("id", id).update();
		replaceUnits("plan_target_unit", "target_id", id, in.leadUnitIds(), in.coordinatingUnitIds());
	}

	private static Map<String, Object> targetParams(TargetInput in) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", in.componentCode().strip());
		p.put("name", in.componentName().strip());
		p.put("baselineScore", in.baselineScore());
		p.put("baselineRank", in.baselineRank());
		p.put("targetScore", in.targetScore());
		p.put("targetText", PlanTarget.wording(in.targetScore(), in.targetText()));
		p.put("solutions", text(in.solutions()));
		p.put("externalParties", text(in.externalParties()));
		p.put("taskMarker", TargetInput.marker(in.taskMarker()));
		p.put("relatedUnitsToName", in.namesRelatedUnitsLater());
		return p;
	}

	List<PlanTarget> targets(long planId, Function<Long, UnitRef> units) {
		return targetsWhere("plan_id = :planId", Map.of("planId", planId), units);
	}

	List<PlanTarget> targetsOfPlans(Collection<Long> planIds, Function<Long, UnitRef> units) {
		return targetsWhere("plan_id = any(:planIds)", Map.of("planIds", planIds.toArray(Long[]::new)), units);
	}

	Optional<PlanTarget> target(long planId, long targetId, Function<Long, UnitRef> units) {
		return targetsWhere("plan_id = :planId and id = :id", Map.of("planId", planId, "id", targetId), units).stream()
			.findFirst();
	}

	private List<PlanTarget> targetsWhere(String condition, Map<String, Object> params, Function<Long, UnitRef> units) {
		return jdbc
			.sql("select g.*, " + assignedUnits("plan_target_unit", "target_id", "g") + " from plan_target g where "
					+ condition + " order by sort_order, id")
			.params(params)
			.query((rs, n) -> new PlanTarget(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("component_code"),
					rs.getString("component_name"), rs.getInt("sort_order"), decimal(rs, "baseline_score"),
					(Integer) rs.getObject("baseline_rank"), decimal(rs, "target_score"), rs.getString("target_text"),
					rs.getString("solutions"), rs.getString("external_parties"), refs(rs, "lead_ids", units),
					refs(rs, "coordinating_ids", units), rs.getString("task_marker"),
					rs.getBoolean("related_units_to_name")))
			.list();
	}

	/**
	 * Plans being drafted (first drafts and open revisions) whose baseline is the given
	 * year's edition, locked until the caller's transaction ends so that refreshes of the
	 * same plans run one after the other.
	 */
	List<Plan> lockDraftsWithBaselineYear(int year) {
		return jdbc.sql("""
				select * from plan_plan where status in (:statuses) and baseline_year = :year
				order by id for update""")
			.param("statuses", List.of(PlanStatus.DRAFT.name(), PlanStatus.RETURNED.name()))
			.param("year", year)
			.query(PlanRepository::plan)
			.list();
	}

	/**
	 * Sets a target's baseline unless it already is that; false when nothing changed. The
	 * comparison is part of the update, so of two concurrent callers setting the same
	 * values only one sees a change.
	 */
	boolean setBaseline(long targetId, Double score, Integer rank) {
		return jdbc.sql("""
				update plan_target set baseline_score = :score, baseline_rank = :rank
				where id = :id and (baseline_score is distinct from cast(:score as numeric(6, 2))
				    or baseline_rank is distinct from cast(:rank as int))""")
			.param("score", score)
			.param("rank", rank)
			.param("id", targetId)
			.update() == 1;
	}

	// Tasks

	long insertTask(long planId, TaskInput in, int sortOrder, Long splitFrom) {
		long id = jdbc
			.sql("""
					insert into plan_task (plan_id, target_id, sort_order, title, description, kind, due_day, deadline,
					    expected_output, kpi_links, external_parties, split_from, group_label, related_units_to_name, kpi_code)
					values (:planId, :targetId, :sortOrder, :title, :description, :kind, :dueDay, :deadline, :expectedOutput,
					    :kpiLinks, :externalParties, :splitFrom, :groupLabel, :relatedUnitsToName, :kpiCode)
					returning id""")
			.param("planId", planId)
			.params(taskParams(in))
			.param("sortOrder", sortOrder)
			.param("splitFrom", splitFrom)
			.query(Long.class)
			.single();
		replaceUnits("plan_task_unit", "task_id", id, in.leadUnitIds(), in.coordinatingUnitIds());
		return id;
	}

	void updateTask(long id, TaskInput in) {
		jdbc.sql("""
				update plan_task set target_id = :targetId, title = :title, description = :description, kind = :kind,
				    due_day = :dueDay, deadline = :deadline, expected_output = :expectedOutput, kpi_links = :kpiLinks,
				    external_parties = :externalParties, group_label = :groupLabel,
				    related_units_to_name = :relatedUnitsToName, kpi_code = :kpiCode, updated_at = now()
				where id = :id""").params(taskParams(in)).param("id", id).update();
		replaceUnits("plan_task_unit", "task_id", id, in.leadUnitIds(), in.coordinatingUnitIds());
	}

	void setTaskOrder(long id, int sortOrder) {
		jdbc.sql("update plan_task set sort_order = :sortOrder, updated_at = now() where id = :id")
			.param("sortOrder", sortOrder)
			.param("id", id)
			.update();
	}

	int activeTaskCount(long targetId) {
		return jdbc.sql("select count(*) from plan_task where target_id = :id and not retired")
			.param("id", targetId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes a target; its retired tasks stay in the plan's history as general tasks.
	 */
	void removeTarget(long id) {
		jdbc.sql("update plan_task set target_id = null, updated_at = now() where target_id = :id and retired")
			.param("id", id)
			.update();
		jdbc.sql("delete from plan_target where id = :id").param("id", id).update();
	}

	/** Undoes retiring: the task keeps its place (sort order), which retiring kept. */
	void restoreTask(long id) {
		jdbc.sql("update plan_task set retired = false, updated_at = now() where id = :id").param("id", id).update();
	}

	void retireTask(long id) {
		jdbc.sql("update plan_task set retired = true, updated_at = now() where id = :id").param("id", id).update();
	}

	int nextTaskOrder(long planId, Long targetId) {
		return jdbc.sql("""
				select coalesce(max(sort_order), 0) + 1 from plan_task
				where plan_id = :planId and target_id is not distinct from :targetId""")
			.param("planId", planId)
			.param("targetId", targetId)
			.query(Integer.class)
			.single();
	}

	private static Map<String, Object> taskParams(TaskInput in) {
		Map<String, Object> p = new HashMap<>();
		p.put("targetId", in.targetId());
		p.put("title", in.title().strip());
		p.put("description", text(in.description()));
		p.put("kind", in.kind().name());
		p.put("dueDay", in.dueDay());
		p.put("deadline", in.deadline());
		p.put("expectedOutput", text(in.expectedOutput()));
		p.put("kpiLinks", text(in.kpiLinks()));
		p.put("externalParties", text(in.externalParties()));
		p.put("groupLabel", text(in.groupLabel()));
		p.put("relatedUnitsToName", in.namesRelatedUnitsLater());
		p.put("kpiCode", in.kpiCode());
		return p;
	}

	List<PlanTask> tasks(long planId, Function<Long, UnitRef> units) {
		return tasksWhere("t.plan_id = :planId", Map.of("planId", planId), units);
	}

	/** The plan's tasks not retired. */
	List<PlanTask> activeTasks(long planId, Function<Long, UnitRef> units) {
		return tasksWhere("t.plan_id = :planId and not t.retired", Map.of("planId", planId), units);
	}

	/** The active tasks of several plans, in one statement. */
	List<PlanTask> activeTasksOfPlans(Collection<Long> planIds, Function<Long, UnitRef> units) {
		return tasksWhere("t.plan_id = any(:planIds) and not t.retired",
				Map.of("planIds", planIds.toArray(Long[]::new)), units);
	}

	Optional<PlanTask> task(long id, Function<Long, UnitRef> units) {
		return tasksWhere("t.id = :id", Map.of("id", id), units).stream().findFirst();
	}

	private List<PlanTask> tasksWhere(String condition, Map<String, Object> params, Function<Long, UnitRef> units) {
		return jdbc
			.sql("select t.*, " + assignedUnits("plan_task_unit", "task_id", "t") + " from plan_task t where "
					+ condition + " order by t.plan_id, t.target_id nulls last, t.sort_order, t.id")
			.params(params)
			.query((rs, n) -> task(rs, units))
			.list();
	}

	private static PlanTask task(ResultSet rs, Function<Long, UnitRef> units) throws SQLException {
		return new PlanTask(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("target_id"),
				rs.getInt("sort_order"), rs.getString("title"), rs.getString("description"),
				TaskKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("due_day"),
				rs.getObject("deadline", LocalDate.class), rs.getString("expected_output"), rs.getString("kpi_links"),
				rs.getString("external_parties"), rs.getBoolean("retired"), (Long) rs.getObject("split_from"),
				refs(rs, "lead_ids", units), refs(rs, "coordinating_ids", units), rs.getString("group_label"),
				rs.getBoolean("related_units_to_name"), rs.getString("kpi_code"));
	}

	/**
	 * The active tasks of every plan of an organisation (all organisations when null),
	 * with their plan and component, in one statement; with a unit, only the tasks it
	 * leads or coordinates.
	 */
	List<TaskInPlan> activeTasksInPlans(Long organisationId, Long unitId) {
		List<String> conditions = new ArrayList<>(List.of("not t.retired"));
		Map<String, Object> params = new HashMap<>();
		if (organisationId != null) {
			conditions.add("p.organisation_id = :organisationId");
			params.put("organisationId", organisationId);
		}
		if (unitId != null) {
			conditions.add(INVOLVES_UNIT);
			params.put("unitId", unitId);
		}
		return jdbc
			.sql("select t.*, " + assignedUnits("plan_task_unit", "task_id", "t")
					+ """
							, p.number_symbol, p.year as plan_year, g.component_code, g.component_name, g.sort_order as component_order
							from plan_task t join plan_plan p on p.id = t.plan_id left join plan_target g on g.id = t.target_id"""
					+ " where " + String.join(" and ", conditions)
					+ " order by t.plan_id, t.target_id nulls last, t.sort_order, t.id")
			.params(params)
			.query((rs, n) -> new TaskInPlan(task(rs, id -> new UnitRef(id, "", "")), rs.getString("number_symbol"),
					rs.getInt("plan_year"), rs.getString("component_code"), rs.getString("component_name"),
					(Integer) rs.getObject("component_order")))
			.list();
	}

	/**
	 * A task with its plan's number and year and its component (null for the plan's
	 * general tasks).
	 */
	record TaskInPlan(PlanTask task, String planNumber, int planYear, String componentCode, String componentName,
			Integer componentOrder) {
	}

	/**
	 * The ids of a plan's targets and tasks (retired ones too), by their audit kind.
	 */
	Map<PlanAuditKind, List<Long>> recordIds(long planId) {
		Map<PlanAuditKind, List<Long>> ids = new HashMap<>();
		ids.put(PlanAuditKind.TARGET, new ArrayList<>());
		ids.put(PlanAuditKind.TASK, new ArrayList<>());
		jdbc.sql("""
				select 'T' as kind, id from plan_target where plan_id = :planId
				union all select 'K', id from plan_task where plan_id = :planId""")
			.param("planId", planId)
			.query(rs -> {
				ids.get("T".equals(rs.getString("kind")) ? PlanAuditKind.TARGET : PlanAuditKind.TASK)
					.add(rs.getLong("id"));
			});
		return ids;
	}

	// Versions

	void insertVersion(long planId, int revision, String issuedBy, Plan issued, String snapshotJson) {
		jdbc.sql(
				"""
						insert into plan_version (plan_id, revision, issued_by, issued_on, signer_title, signer_name, snapshot)
						values (:planId, :revision, :issuedBy, :issuedOn, :signerTitle, :signerName, cast(:snapshot as jsonb))""")
			.param("planId", planId)
			.param("revision", revision)
			.param("issuedBy", issuedBy)
			.param("issuedOn", issued.issuedOn())
			.param("signerTitle", issued.signerTitle())
			.param("signerName", issued.signerName())
			.param("snapshot", snapshotJson)
			.update();
	}

	List<PlanVersion> versions(long planId) {
		return jdbc.sql("""
				select plan_id, revision, issued_at, issued_by, issued_on, signer_title, signer_name
				from plan_version where plan_id = :planId order by revision""")
			.param("planId", planId)
			.query((rs, n) -> new PlanVersion(rs.getLong("plan_id"), rs.getInt("revision"),
					rs.getObject("issued_at", java.time.OffsetDateTime.class), rs.getString("issued_by"),
					rs.getObject("issued_on", LocalDate.class), rs.getString("signer_title"),
					rs.getString("signer_name")))
			.list();
	}

	Optional<String> snapshot(long planId, int revision) {
		return jdbc.sql("select snapshot::text from plan_version where plan_id = :planId and revision = :revision")
			.param("planId", planId)
			.param("revision", revision)
			.query(String.class)
			.optional();
	}

	// Unit assignments

	private void replaceUnits(String table, String column, long ownerId, Collection<Long> leads,
			Collection<Long> coordinating) {
		jdbc.sql("delete from " + table + " where " + column + " = :id").param("id", ownerId).update();
		insertUnits(table, column, ownerId, leads, LEAD);
		insertUnits(table, column, ownerId, coordinating, COORDINATING);
	}

	private void insertUnits(String table, String column, long ownerId, Collection<Long> unitIds, String role) {
		if (unitIds == null || unitIds.isEmpty()) {
			return;
		}
		// Every unit of the role in one statement, not one insert per unit.
		jdbc.sql("insert into " + table + " (" + column
				+ ", unit_id, role) select :id, u, :role from unnest(:unitIds::bigint[]) u")
			.param("id", ownerId)
			.param("unitIds", unitIds.stream().distinct().toArray(Long[]::new))
			.param("role", role)
			.update();
	}

	/**
	 * Lead and coordinating unit ids of each row as two arrays, read in the row's own
	 * statement.
	 */
	private static String assignedUnits(String table, String column, String alias) {
		String ids = "array(select a.unit_id from " + table + " a where a." + column + " = " + alias
				+ ".id and a.role = '%s'" + " order by a.unit_id)";
		return ids.formatted(LEAD) + " as lead_ids, " + ids.formatted(COORDINATING) + " as coordinating_ids";
	}

	private static List<UnitRef> refs(ResultSet rs, String column, Function<Long, UnitRef> units) throws SQLException {
		Long[] ids = (Long[]) rs.getArray(column).getArray();
		return Arrays.stream(ids).map(units).toList();
	}

	// Helpers

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	static String lines(List<String> values) {
		if (values == null) {
			return "";
		}
		return String.join("\n",
				values.stream()
					.flatMap(v -> Arrays.stream(v.split("\\R")))
					.map(String::strip)
					.filter(v -> !v.isEmpty())
					.toList());
	}

	static List<String> split(String value) {
		return value == null || value.isBlank() ? List.of() : List.of(value.split("\n"));
	}

}
