package vn.ddcihub.org;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail: who changed what, when, and the record before and after.
 * Every capability calls {@link #record} in the same transaction as the change it describes,
 * so a change and its audit record are saved together or not at all.
 */
@Service
public class AuditTrail {

	public enum Action {
		CREATE, UPDATE, DEACTIVATE, IMPORT, ISSUE, PASSWORD_CHANGE
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, Object entityId, Action action, Object before, Object after, Long organisationId) {
		jdbc.sql("""
				insert into audit_event (actor, organisation_id, entity_type, entity_id, action, before_state, after_state)
				values (:actor, :organisationId, :entityType, :entityId, :action, cast(:before as jsonb), cast(:after as jsonb))""")
			.param("actor", CurrentUsers.actorName())
			.param("organisationId", organisationId)
			.param("entityType", entityType)
			.param("entityId", String.valueOf(entityId))
			.param("action", action.name())
			.param("before", toJson(before))
			.param("after", toJson(after))
			.update();
	}

	/** Filters the trail; an organisation-bound reader (LEADER) sees only its organisation's records. */
	@Transactional(readOnly = true)
	public List<AuditEvent> search(AuditQuery query, int limit) {
		return jdbc.sql("""
				select id, occurred_at, actor, organisation_id, entity_type, entity_id, action,
				       before_state::text as before_state, after_state::text as after_state
				from audit_event
				where (:entityType::text is null or lower(entity_type) = lower(:entityType))
				  and (:entityId::text is null or entity_id = :entityId)
				  and (:actor::text is null or lower(actor) = lower(:actor))
				  and (:fromTime::timestamptz is null or occurred_at >= :fromTime)
				  and (:toTime::timestamptz is null or occurred_at < :toTime)
				  and (:organisationId::bigint is null or organisation_id = :organisationId)
				order by occurred_at desc, id desc
				limit :limit""")
			.param("entityType", blankToNull(query.entityType()))
			.param("entityId", blankToNull(query.entityId()))
			.param("actor", blankToNull(query.actor()))
			.param("fromTime", query.from())
			.param("toTime", query.to())
			.param("organisationId", query.organisationId())
			.param("limit", limit)
			.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), (Long) rs.getObject("organisation_id"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("action"), rs.getString("before_state"),
					rs.getString("after_state")))
			.list();
	}

	/** The kinds of records the trail holds, for the filter. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from audit_event order by entity_type").query(String.class).list();
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		return state instanceof String text ? json.writeValueAsString(text) : json.writeValueAsString(state);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** One audit record; before and after are JSON text. */
	public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, Long organisationId, String entityType,
			String entityId, String action, String before, String after) {
	}

	/** Filter of the audit trail; every field optional, {@code to} exclusive. */
	public record AuditQuery(String entityType, String entityId, String actor, OffsetDateTime from, OffsetDateTime to,
			Long organisationId) {
	}
}
