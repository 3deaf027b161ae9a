package vn.ddcihub.operations.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.dialogue.Dialogue.FollowUp;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Follow-up actions of dialogue issues, tracked to closure: the owner unit (or the
 * Office) moves them along; closing records the day, so "closed on time" can be counted.
 */
@Service
public class FollowUps {

	private static final String SELECT = """
			select f.*, i.dialogue_id, u.name as unit_name from ops_follow_up f
			join ops_dialogue_issue i on i.id = f.issue_id join org_unit u on u.id = f.owner_unit_id
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FollowUps(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The actions of a dialogue's issues, by issue. */
	Map<Long, List<FollowUp>> ofDialogue(long dialogueId, LocalDate today) {
		return jdbc.sql(SELECT + " where i.dialogue_id = ? order by f.due_on, f.id")
			.param(dialogueId)
			.query((rs, i) -> followUp(rs, today))
			.list()
			.stream()
			.collect(Collectors.groupingBy(FollowUp::issueId, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * The organisation's actions still open (of one unit when {@code unitId} is given),
	 * overdue ones first.
	 */
	@Transactional(readOnly = true)
	public List<FollowUp> open(long organisationId, Long unitId, LocalDate today) {
		return jdbc.sql(SELECT + """
				where f.organisation_id = :org and f.status in ('OPEN', 'IN_PROGRESS')
				  and (:unit::bigint is null or f.owner_unit_id = :unit)
				order by f.due_on, f.id""")
			.param("org", organisationId)
			.param("unit", unitId)
			.query((rs, i) -> followUp(rs, today))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<FollowUp> find(long id, LocalDate today) {
		return jdbc.sql(SELECT + " where f.id = ?").param(id).query((rs, i) -> followUp(rs, today)).optional();
	}

	/** Organisation and owner unit of an action, for the access checks. */
	public Optional<long[]> ownerOf(long id) {
		return jdbc.sql("select organisation_id, owner_unit_id from ops_follow_up where id = ?")
			.param(id)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	long insert(long organisationId, long issueId, ActionInput in) {
		long id = jdbc.sql("""
				insert into ops_follow_up (issue_id, organisation_id, action, owner_unit_id, due_on)
				values (?, ?, ?, ?, ?) returning id""")
			.params(issueId, organisationId, in.action().strip(), in.ownerUnitId(), in.dueOn())
			.query(Long.class)
			.single();
		audit.record(
				DialogueAuditKind.FOLLOW_UP, id, Action.CREATE, null, Map.of("issueId", issueId, "action", in.action(),
						"ownerUnitId", in.ownerUnitId(), "dueOn", in.dueOn().toString(), "status", "OPEN"),
				organisationId);
		return id;
	}

	/**
	 * Moves an action to a new status; closing it records {@code today}, reopening clears
	 * it. "Not feasible" without a reason is a problem on the reason.
	 */
	@Transactional
	public FollowUp update(long id, ActionUpdate in, LocalDate today) {
		FollowUp before = find(id, today).orElseThrow(() -> new NotFoundException("operations.action.notFound", id));
		if (in.status() == ActionStatus.NOT_FEASIBLE && in.reason().isEmpty()) {
			throw new BadInputException(List.of(InputProblem.field("reason",
					"Lý do: nhập lý do không thể thực hiện (bắt buộc khi chọn “Không khả thi”).")));
		}
		LocalDate closedOn = !in.status().closed() ? null : before.status().closed() ? before.closedOn() : today;
		jdbc.sql("update ops_follow_up set status = ?, reason = ?, closed_on = ?, updated_at = now() where id = ?")
			.params(in.status().name(), in.reason(), closedOn, id)
			.update();
		FollowUp after = find(id, today).orElseThrow();
		audit.record(DialogueAuditKind.FOLLOW_UP, id, Action.UPDATE, state(before), state(after),
				jdbc.sql("select organisation_id from ops_follow_up where id = ?")
					.param(id)
					.query(Long.class)
					.single());
		return after;
	}

	private static Map<String, Object> state(FollowUp action) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", action.status().name());
		state.put("reason", action.reason());
		state.put("closedOn", action.closedOn() == null ? null : action.closedOn().toString());
		return state;
	}

	static FollowUp followUp(ResultSet rs, LocalDate today) throws SQLException {
		ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new FollowUp(rs.getLong("id"), rs.getLong("issue_id"), rs.getLong("dialogue_id"), rs.getString("action"),
				rs.getLong("owner_unit_id"), rs.getString("unit_name"), due, status, rs.getString("reason"),
				rs.getObject("closed_on", LocalDate.class), !status.closed() && due.isBefore(today));
	}

}
