package vn.ddcihub.operations.question;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.operations.common.FoldedText;
import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.common.OpsFiles.FileInfo;

/** The table of questions and petitions ({@code ops_question}) and their files. */
@Repository
class QuestionRepository {

	static final String COLUMNS = """
			q.id, q.organisation_id, q.kind, q.field, q.business_name, q.tax_code, q.contact_name, q.phone, q.email,
			q.title, q.content, q.anonymous, q.status, q.unit_id, q.due_on, q.answer, q.return_comment,
			q.withheld_reason, q.received_at, q.assigned_at, q.answered_at, q.rating, q.illustrative""";

	private final JdbcClient jdbc;

	QuestionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new item as received; returns its id. */
	long insert(QuestionInput input, String trackingHash, boolean illustrative, OffsetDateTime receivedAt) {
		return jdbc.sql("""
				insert into ops_question (organisation_id, tracking_hash, kind, field, business_name, tax_code,
				    contact_name, phone, email, title, content, anonymous, search_text, illustrative, received_at)
				values (:organisationId, :hash, :kind, :field, :businessName, :taxCode, :contactName, :phone, :email,
				    :title, :content, :anonymous, :search, :illustrative, :receivedAt)
				returning id""")
			.param("organisationId", input.organisationId())
			.param("hash", trackingHash)
			.param("kind", input.kind().name())
			.param("field", input.field().name())
			.param("businessName", input.businessName())
			.param("taxCode", input.taxDigits())
			.param("contactName", input.contactName())
			.param("phone", input.phone())
			.param("email", input.email())
			.param("title", input.title())
			.param("content", input.content())
			.param("anonymous", input.anonymousChosen())
			.param("search", searchText(input.title(), input.content(), ""))
			.param("illustrative", illustrative)
			.param("receivedAt", receivedAt)
			.query(Long.class)
			.single();
	}

	static String searchText(String title, String content, String answer) {
		return FoldedText.fold(title + " " + content + " " + answer);
	}

	void attach(long questionId, long fileId) {
		jdbc.sql("insert into ops_question_file (question_id, file_id) values (?, ?)")
			.params(questionId, fileId)
			.update();
	}

	List<FileInfo> files(long questionId) {
		return jdbc.sql("select " + OpsFiles.INFO_COLUMNS
				+ " from ops_question_file qf join ops_file f on f.id = qf.file_id where qf.question_id = ? order by f.id")
			.param(questionId)
			.query(OpsFiles::info)
			.list();
	}

	Optional<Question> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ops_question q where q.id = ?")
			.param(id)
			.query(QuestionRepository::question)
			.optional();
	}

	/** The item for update, locked until the transaction ends (two nodes, two clicks). */
	Optional<Question> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from ops_question q where q.id = ? for update")
			.param(id)
			.query(QuestionRepository::question)
			.optional();
	}

	Optional<Question> byTrackingHash(String hash) {
		return jdbc.sql("select " + COLUMNS + " from ops_question q where q.tracking_hash = ?")
			.param(hash)
			.query(QuestionRepository::question)
			.optional();
	}

	/** Writes the workflow columns of an item (the sender's columns never change). */
	void update(Question q) {
		jdbc.sql("""
				update ops_question set status = :status, unit_id = :unitId, due_on = :dueOn, answer = :answer,
				    return_comment = :returnComment, withheld_reason = :withheld, assigned_at = :assignedAt,
				    answered_at = :answeredAt, rating = :rating, rated_at = case when :rating::text is null then null
				    else coalesce(rated_at, now()) end, search_text = :search
				where id = :id""")
			.param("status", q.status().name())
			.param("unitId", q.unitId())
			.param("dueOn", q.dueOn())
			.param("answer", q.answer())
			.param("returnComment", q.returnComment())
			.param("withheld", q.withheldReason())
			.param("assignedAt", q.assignedAt())
			.param("answeredAt", q.answeredAt())
			.param("rating", q.rating() == null ? null : q.rating().name())
			.param("search", searchText(q.title(), q.content(), q.answer()))
			.param("id", q.id())
			.update();
	}

	/** Back-office filter; null fields do not filter. */
	record Filter(long organisationId, Long unitId, String stage, OpsField field, boolean overdueOnly, String query) {
	}

	List<Question> list(Filter filter, LocalDate today, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from ops_question q where q.organisation_id = :organisationId"
					+ " and (:unitId::bigint is null or q.unit_id = :unitId)"
					+ " and (:field::text is null or q.field = :field)"
					+ " and (:pattern::text is null or q.search_text like :pattern)" + stageCondition(filter.stage())
					+ (filter.overdueOnly() ? " and q.status <> 'ANSWERED' and q.due_on < :today" : "")
					+ " order by (q.status <> 'ANSWERED' and q.due_on < :today) desc, q.received_at desc, q.id desc"
					+ " limit :limit")
			.param("organisationId", filter.organisationId())
			.param("unitId", filter.unitId())
			.param("field", filter.field() == null ? null : filter.field().name())
			.param("pattern", FoldedText.containsPattern(filter.query()))
			.param("status", filter.stage())
			.param("today", today)
			.param("limit", limit)
			.query(QuestionRepository::question)
			.list();
	}

	private static String stageCondition(String stage) {
		if (stage == null) {
			return "";
		}
		return switch (stage) {
			case "PUBLISHED" -> " and q.status = 'ANSWERED' and q.withheld_reason = ''";
			case "WITHHELD" -> " and q.withheld_reason <> ''";
			default -> " and q.status = :status";
		};
	}

	/** One page of the public list: answered, not withheld, matching the folded query. */
	List<Question> published(String query, OpsField field, int offset, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from ops_question q " + PUBLISHED
					+ " order by q.answered_at desc, q.id desc limit :limit offset :offset")
			.param("pattern", FoldedText.containsPattern(query))
			.param("field", field == null ? null : field.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(QuestionRepository::question)
			.list();
	}

	long countPublished(String query, OpsField field) {
		return jdbc.sql("select count(*) from ops_question q " + PUBLISHED)
			.param("pattern", FoldedText.containsPattern(query))
			.param("field", field == null ? null : field.name())
			.query(Long.class)
			.single();
	}

	private static final String PUBLISHED = """
			where q.status = 'ANSWERED' and q.withheld_reason = ''
			and (:pattern::text is null or q.search_text like :pattern)
			and (:field::text is null or q.field = :field)""";

	/** Open items with a due date on or before {@code until}, for reminders. */
	List<Question> openDueBy(LocalDate until) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from ops_question q where q.status <> 'ANSWERED' and q.due_on <= ? and q.unit_id is not null")
			.param(until)
			.query(QuestionRepository::question)
			.list();
	}

	static Question question(ResultSet rs, int row) throws SQLException {
		String rating = rs.getString("rating");
		return new Question(rs.getLong("id"), rs.getLong("organisation_id"), QuestionKind.valueOf(rs.getString("kind")),
				OpsField.valueOf(rs.getString("field")), rs.getString("business_name"), rs.getString("tax_code"),
				rs.getString("contact_name"), rs.getString("phone"), rs.getString("email"), rs.getString("title"),
				rs.getString("content"), rs.getBoolean("anonymous"), QuestionStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("unit_id"), rs.getObject("due_on", LocalDate.class), rs.getString("answer"),
				rs.getString("return_comment"), rs.getString("withheld_reason"),
				rs.getObject("received_at", OffsetDateTime.class), rs.getObject("assigned_at", OffsetDateTime.class),
				rs.getObject("answered_at", OffsetDateTime.class),
				rating == null ? null : QuestionRating.valueOf(rating), rs.getBoolean("illustrative"));
	}

}
