package vn.ddcihub.operations.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.dialogue.Dialogue.FollowUp;
import vn.ddcihub.operations.dialogue.Dialogue.Issue;
import vn.ddcihub.operations.dialogue.Dialogue.Minutes;
import vn.ddcihub.operations.dialogue.Dialogue.Summary;
import vn.ddcihub.operations.dialogue.DialogueInput.Participant;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Dialogues with businesses, their issues and follow-up actions: every change audited
 * with the record before and after, in the same transaction.
 */
@Service
public class Dialogues {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final OrganisationScope scope;

	private final FollowUps followUps;

	Dialogues(JdbcClient jdbc, AuditTrail audit, OrganisationScope scope, FollowUps followUps) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.scope = scope;
		this.followUps = followUps;
	}

	@Transactional(readOnly = true)
	public List<Summary> list(long organisationId, int year, LocalDate today) {
		return jdbc
			.sql("""
					select d.id, d.held_on, d.kind, d.chair, d.topics, d.illustrative,
					       (select count(*) from ops_dialogue_business b where b.dialogue_id = d.id) as businesses,
					       (select count(*) from ops_dialogue_issue i where i.dialogue_id = d.id) as issues,
					       (select count(*) from ops_follow_up f join ops_dialogue_issue i on i.id = f.issue_id
					         where i.dialogue_id = d.id and f.status in ('OPEN', 'IN_PROGRESS')) as open_actions,
					       (select count(*) from ops_follow_up f join ops_dialogue_issue i on i.id = f.issue_id
					         where i.dialogue_id = d.id and f.status in ('OPEN', 'IN_PROGRESS') and f.due_on < :today) as overdue
					from ops_dialogue d
					where d.organisation_id = :org and extract(year from d.held_on) = :year
					order by d.held_on, d.id""")
			.param("org", organisationId)
			.param("year", year)
			.param("today", today)
			.query((rs, i) -> new Summary(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
					DialogueKind.valueOf(rs.getString("kind")), rs.getString("chair"), rs.getString("topics"),
					rs.getInt("businesses"), rs.getInt("issues"), rs.getInt("open_actions"), rs.getInt("overdue"),
					rs.getBoolean("illustrative")))
			.list();
	}

	@Transactional(readOnly = true)
	public Dialogue get(long id, LocalDate today) {
		return find(id, today).orElseThrow(() -> new NotFoundException("operations.dialogue.notFound", id));
	}

	@Transactional(readOnly = true)
	public Optional<Dialogue> find(long id, LocalDate today) {
		List<Participant> businesses = jdbc
			.sql("select name, tax_code from ops_dialogue_business where dialogue_id = ? order by sort_order")
			.param(id)
			.query((rs, i) -> new Participant(rs.getString(1), rs.getString(2)))
			.list();
		Minutes minutes = jdbc
			.sql("select file_name, content_type, size_bytes from ops_dialogue_minutes where dialogue_id = ?")
			.param(id)
			.query((rs, i) -> new Minutes(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.optional()
			.orElse(null);
		Map<Long, List<FollowUp>> actions = followUps.ofDialogue(id, today);
		List<Issue> issues = jdbc
			.sql("select id, content, business, field from ops_dialogue_issue where dialogue_id = ? order by id")
			.param(id)
			.query((rs, i) -> new Issue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					actions.getOrDefault(rs.getLong(1), List.of())))
			.list();
		return jdbc.sql("select * from ops_dialogue where id = ?")
			.param(id)
			.query((rs, i) -> new Dialogue(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getObject("held_on", LocalDate.class), DialogueKind.valueOf(rs.getString("kind")),
					rs.getString("chair"), rs.getString("place"), rs.getString("topics"), rs.getBoolean("illustrative"),
					businesses, minutes, issues))
			.optional();
	}

	/** The year of the organisation's latest dialogue held so far (else of any). */
	@Transactional(readOnly = true)
	public Optional<Integer> latestYear(long organisationId) {
		return jdbc
			.sql("""
					select extract(year from coalesce(max(held_on) filter (where held_on <= current_date), max(held_on)))::int
					from ops_dialogue where organisation_id = ?""")
			.param(organisationId)
			.query(Integer.class)
			.optional();
	}

	/** The organisation a dialogue belongs to, for the access checks. */
	public Optional<Long> organisationOf(long dialogueId) {
		return jdbc.sql("select organisation_id from ops_dialogue where id = ?")
			.param(dialogueId)
			.query(Long.class)
			.optional();
	}

	@Transactional
	public long create(long organisationId, DialogueInput in, MinutesFile minutes, boolean illustrative) {
		long id = jdbc.sql("""
				insert into ops_dialogue (organisation_id, held_on, place, chair, kind, topics, illustrative)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organisationId, in.heldOn(), in.place(), in.chair().strip(), in.kind().name(), in.topics(),
					illustrative)
			.query(Long.class)
			.single();
		saveBusinesses(id, in.participants());
		saveMinutes(id, minutes);
		audit.record(DialogueAuditKind.DIALOGUE, id, Action.CREATE, null, state(id, in, minutes), organisationId);
		return id;
	}

	@Transactional
	public void update(long id, DialogueInput in, MinutesFile minutes) {
		Dialogue before = get(id, LocalDate.now());
		jdbc.sql("""
				update ops_dialogue set held_on = ?, place = ?, chair = ?, kind = ?, topics = ?, updated_at = now()
				where id = ?""")
			.params(in.heldOn(), in.place(), in.chair().strip(), in.kind().name(), in.topics(), id)
			.update();
		jdbc.sql("delete from ops_dialogue_business where dialogue_id = ?").param(id).update();
		saveBusinesses(id, in.participants());
		saveMinutes(id, minutes);
		audit.record(DialogueAuditKind.DIALOGUE, id, Action.UPDATE, state(id, before.toInput(), null),
				state(id, in, minutes), before.organisationId());
	}

	@Transactional
	public long addIssue(long dialogueId, IssueInput in) {
		long organisationId = organisationOf(dialogueId)
			.orElseThrow(() -> new NotFoundException("operations.dialogue.notFound", dialogueId));
		long id = jdbc.sql(
				"insert into ops_dialogue_issue (dialogue_id, content, business, field) values (?, ?, ?, ?) returning id")
			.params(dialogueId, in.content().strip(), in.business(), in.field())
			.query(Long.class)
			.single();
		audit.record(DialogueAuditKind.ISSUE, id, Action.CREATE, null, Map.of("dialogueId", dialogueId, "content",
				in.content(), "business", in.business(), "field", in.field()), organisationId);
		return id;
	}

	@Transactional
	public long addAction(long dialogueId, long issueId, ActionInput in) {
		long organisationId = organisationOf(dialogueId)
			.orElseThrow(() -> new NotFoundException("operations.dialogue.notFound", dialogueId));
		boolean issueOfDialogue = jdbc
			.sql("select exists (select 1 from ops_dialogue_issue where id = ? and dialogue_id = ?)")
			.params(issueId, dialogueId)
			.query(Boolean.class)
			.single();
		if (!issueOfDialogue) {
			throw new NotFoundException("operations.issue.notFound", issueId);
		}
		if (!scope.isUnitOf(organisationId, in.ownerUnitId())) {
			throw new BadInputException(List.of(InputProblem.field("ownerUnitId",
					"Đơn vị chủ trì không thuộc cơ quan tổ chức đối thoại: chọn một đơn vị trong danh sách.")));
		}
		return followUps.insert(organisationId, issueId, in);
	}

	@Transactional(readOnly = true)
	public Optional<MinutesFile> minutes(long dialogueId) {
		return jdbc.sql("select file_name, content_type, content from ops_dialogue_minutes where dialogue_id = ?")
			.param(dialogueId)
			.query((rs, i) -> new MinutesFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * Dialogues held in each quarter of the year; a quarter that has ended without one is
	 * flagged against the "at least quarterly" rule.
	 */
	@Transactional(readOnly = true)
	public List<QuarterCount> quarters(long organisationId, int year, LocalDate today) {
		List<Integer> counts = jdbc.sql("""
				select q, (select count(*) from ops_dialogue d where d.organisation_id = :org
				             and extract(year from d.held_on) = :year and extract(quarter from d.held_on) = q)
				from generate_series(1, 4) q order by q""")
			.param("org", organisationId)
			.param("year", year)
			.query((rs, i) -> rs.getInt(2))
			.list();
		List<QuarterCount> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			LocalDate end = LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
			int held = counts.get(q - 1);
			quarters.add(new QuarterCount(q, held, held == 0 && end.isBefore(today)));
		}
		return quarters;
	}

	/**
	 * @param missing the quarter has ended without a dialogue
	 */
	public record QuarterCount(int quarter, int held, boolean missing) {
	}

	private void saveBusinesses(long dialogueId, List<Participant> businesses) {
		int order = 0;
		for (Participant business : businesses) {
			jdbc.sql("insert into ops_dialogue_business (dialogue_id, sort_order, name, tax_code) values (?, ?, ?, ?)")
				.params(dialogueId, order++, cut(business.name(), 500), cut(business.taxCode(), 20))
				.update();
		}
	}

	private void saveMinutes(long dialogueId, MinutesFile minutes) {
		if (minutes == null) {
			return;
		}
		jdbc.sql(
				"""
						insert into ops_dialogue_minutes (dialogue_id, file_name, content_type, size_bytes, content)
						values (?, ?, ?, ?, ?)
						on conflict (dialogue_id) do update set file_name = excluded.file_name,
						    content_type = excluded.content_type, size_bytes = excluded.size_bytes, content = excluded.content""")
			.params(dialogueId, minutes.fileName(), minutes.contentType(), minutes.content().length, minutes.content())
			.update();
	}

	private static Map<String, Object> state(long id, DialogueInput in, MinutesFile minutes) {
		Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("id", id);
		state.put("heldOn", String.valueOf(in.heldOn()));
		state.put("kind", in.kind().name());
		state.put("chair", in.chair());
		state.put("place", in.place());
		state.put("topics", in.topics());
		state.put("businesses", in.participants());
		if (minutes != null) {
			state.put("minutes", minutes.fileName());
		}
		return state;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
