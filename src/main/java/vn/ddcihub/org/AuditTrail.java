package vn.ddcihub.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail: who changed what, when, and the record before and after.
 * Every capability calls {@link #record} in the same transaction as the change it
 * describes, so a change and its audit record are saved together or not at all.
 */
@Service
public class AuditTrail {

	public enum Action {

		CREATE, UPDATE, DEACTIVATE, REMOVE, IMPORT, ISSUE, PASSWORD_CHANGE, SUBMIT, RETURN, RESTORE, ACCEPT

	}

	private static final String EVENT_HEAD = """
			a.id, a.occurred_at, a.actor, u.display_name as actor_name, a.organisation_id, a.entity_type, a.entity_id,
			a.action, """;

	/**
	 * States are stored as json (cheap to write, see V12) and read through jsonb, so
	 * their text is in jsonb's normal form whatever wrote them.
	 */
	private static final String EVENT_COLUMNS = EVENT_HEAD
			+ "a.before_state::jsonb::text as before_state, a.after_state::jsonb::text as after_state";

	/**
	 * The same, but a state stored in more than {@link AuditChanges#READABLE_STATE_BYTES}
	 * comes as {@code {"_large": bytes}}: a page of records never carries the full
	 * results of a 100,000-unit import (the CSV and the API do).
	 */
	private static final String READABLE_EVENT_COLUMNS = EVENT_HEAD + readable("before_state") + ", "
			+ readable("after_state");

	private static String readable(String state) {
		return """
				case when pg_column_size(a.%1$s) > %2$d then jsonb_build_object('_large', pg_column_size(a.%1$s))::text
				     else a.%1$s::jsonb::text end as %1$s""".formatted(state, AuditChanges.READABLE_STATE_BYTES);
	}

	private static final String EVENTS = " from audit_event a left join org_user u on u.username = a.actor";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditKind kind, Object entityId, Action action, Object before, Object after,
			Long organisationId) {
		jdbc.sql(
				"""
						insert into audit_event (actor, organisation_id, entity_type, entity_id, action, before_state, after_state)
						values (:actor, :organisationId, :entityType, :entityId, :action, cast(:before as json), cast(:after as json))""")
			.param("actor", CurrentUsers.actorName())
			.param("organisationId", organisationId)
			.param("entityType", kind.code())
			.param("entityId", String.valueOf(entityId))
			.param("action", action.name())
			.param("before", toJson(before))
			.param("after", toJson(after))
			.update();
	}

	/**
	 * Filters the trail; an organisation-bound reader (LEADER) sees only its
	 * organisation's records.
	 */
	@Transactional(readOnly = true)
	public List<AuditEvent> search(AuditQuery query, int limit) {
		return search(EVENT_COLUMNS, query, limit);
	}

	/**
	 * Like {@link #search}, for reading on a page: states too large to read there come as
	 * their size (see {@link AuditChanges}).
	 */
	@Transactional(readOnly = true)
	public List<AuditEvent> searchToRead(AuditQuery query, int limit) {
		return search(READABLE_EVENT_COLUMNS, query, limit);
	}

	private List<AuditEvent> search(String columns, AuditQuery query, int limit) {
		return jdbc.sql("select " + columns + EVENTS + """

				where (:entityType::text is null or lower(a.entity_type) = lower(:entityType))
				  and (:entityId::text is null or a.entity_id = :entityId)
				  and (:actor::text is null or lower(a.actor) = lower(:actor))
				  and (:fromTime::timestamptz is null or a.occurred_at >= :fromTime)
				  and (:toTime::timestamptz is null or a.occurred_at < :toTime)
				  and (:organisationId::bigint is null or a.organisation_id = :organisationId)
				order by a.occurred_at desc, a.id desc
				limit :limit""")
			.param("entityType", blankToNull(query.entityType()))
			.param("entityId", blankToNull(query.entityId()))
			.param("actor", blankToNull(query.actor()))
			.param("fromTime", query.from())
			.param("toTime", query.to())
			.param("organisationId", query.organisationId())
			.param("limit", limit)
			.query(AuditTrail::event)
			.list();
	}

	/**
	 * One page of the records of the given entities (kind → ids) of one organisation,
	 * newest first, with the number of records on all pages: filtered, counted and paged
	 * in SQL, so a record with thousands of changes costs one page of rows.
	 */
	@Transactional(readOnly = true)
	public AuditPage changesOf(long organisationId, Map<? extends AuditKind, ? extends Collection<?>> idsByKind,
			int page, int pageSize) {
		int size = Math.max(1, pageSize);
		int number = Math.max(1, page);
		List<String> matches = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		params.put("organisationId", organisationId);
		int i = 0;
		for (Map.Entry<? extends AuditKind, ? extends Collection<?>> entry : idsByKind.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			matches.add("(a.entity_type = :type" + i + " and a.entity_id = any(:ids" + i + "))");
			params.put("type" + i, entry.getKey().code());
			params.put("ids" + i, entry.getValue().stream().map(String::valueOf).toArray(String[]::new));
			i++;
		}
		if (matches.isEmpty()) {
			return new AuditPage(List.of(), number, size, 0);
		}
		String where = " where a.organisation_id = :organisationId and (" + String.join(" or ", matches) + ")";
		long total = jdbc.sql("select count(*) from audit_event a" + where).params(params).query(Long.class).single();
		List<AuditEvent> events = jdbc
			.sql("select " + READABLE_EVENT_COLUMNS + EVENTS + where
					+ " order by a.occurred_at desc, a.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (number - 1) * size)
			.query(AuditTrail::event)
			.list();
		return new AuditPage(events, number, size, total);
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

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
				rs.getString("actor"), rs.getString("actor_name"), (Long) rs.getObject("organisation_id"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
				rs.getString("before_state"), rs.getString("after_state"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * One audit record; before and after are JSON text.
	 *
	 * @param actorName the full name of the user who acted; null for the system
	 */
	public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String actorName, Long organisationId,
			String entityType, String entityId, String action, String before, String after) {
	}

	/**
	 * A page of audit records (numbered from 1) and the number of records on all pages.
	 */
	public record AuditPage(List<AuditEvent> events, int page, int pageSize, long total) {

		public int pageCount() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}
	}

	/** Filter of the audit trail; every field optional, {@code to} exclusive. */
	public record AuditQuery(String entityType, String entityId, String actor, OffsetDateTime from, OffsetDateTime to,
			Long organisationId) {
	}

}
