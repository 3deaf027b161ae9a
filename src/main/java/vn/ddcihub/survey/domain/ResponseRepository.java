package vn.ddcihub.survey.domain;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.survey.ResponseSource;

/**
 * The responses of a questionnaire ({@code survey_response}) and the imports they came in
 * ({@code survey_response_batch}). Responses are written in JDBC batches in the caller's
 * transaction and read back as a stream, so a scoring run over ten thousand responses
 * holds one row at a time besides what it keeps.
 */
@Repository
public class ResponseRepository {

	private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private static final int BATCH = 500;

	private static final int FETCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	ResponseRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/**
	 * A response to store: the unit it is about, the export's submission id (null from
	 * the web form) and its answers by question name as {@link Answers} reads them.
	 */
	public record NewResponse(String unitCode, String respondentRef, Map<String, Object> answers) {
	}

	/** An import of responses. */
	public record Batch(long id, ResponseSource source, String fileName, int responseCount, String importedBy,
			OffsetDateTime importedAt) {
	}

	/** Records an import; its responses follow with {@link #insert}. */
	public long insertBatch(long questionnaireId, ResponseSource source, String fileName, int responseCount,
			String importedBy) {
		return jdbc.sql("""
				insert into survey_response_batch (questionnaire_id, source, file_name, response_count, imported_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(questionnaireId, source.name(), fileName, responseCount, importedBy)
			.query(Long.class)
			.single();
	}

	/** Stores responses of a batch, or of the web form when {@code batchId} is null. */
	public void insert(long questionnaireId, Long batchId, List<NewResponse> responses) {
		template.batchUpdate("""
				insert into survey_response (questionnaire_id, unit_code, batch_id, respondent_ref, answers)
				values (?, ?, ?, ?, ?::jsonb)""", responses, BATCH, (PreparedStatement ps, NewResponse response) -> {
			ps.setLong(1, questionnaireId);
			ps.setString(2, response.unitCode());
			if (batchId == null) {
				ps.setNull(3, Types.BIGINT);
			}
			else {
				ps.setLong(3, batchId);
			}
			ps.setString(4, response.respondentRef());
			ps.setString(5, json.writeValueAsString(response.answers()));
		});
	}

	public List<Batch> batches(long questionnaireId) {
		return jdbc.sql("""
				select id, source, file_name, response_count, imported_by, imported_at
				from survey_response_batch where questionnaire_id = ? order by imported_at desc, id desc""")
			.param(questionnaireId)
			.query((rs, row) -> new Batch(rs.getLong("id"), ResponseSource.valueOf(rs.getString("source")),
					rs.getString("file_name"), rs.getInt("response_count"), rs.getString("imported_by"),
					rs.getObject("imported_at", OffsetDateTime.class)))
			.list();
	}

	/** Removes an import and its responses; false when there was none. */
	public boolean deleteBatch(long questionnaireId, long batchId) {
		return jdbc.sql("delete from survey_response_batch where questionnaire_id = ? and id = ?")
			.params(questionnaireId, batchId)
			.update() > 0;
	}

	/** Responses per unit code. */
	public Map<String, Integer> countsByUnit(long questionnaireId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select unit_code, count(*) from survey_response where questionnaire_id = ? "
				+ "group by unit_code order by unit_code")
			.param(questionnaireId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	/** The submission ids already stored, each with the unit it answered about. */
	public Set<String> respondentRefs(long questionnaireId) {
		Set<String> refs = new HashSet<>();
		jdbc.sql("select respondent_ref, unit_code from survey_response "
				+ "where questionnaire_id = ? and respondent_ref is not null")
			.param(questionnaireId)
			.query(rs -> {
				refs.add(refKey(rs.getString(1), rs.getString(2)));
			});
		return refs;
	}

	/** The key {@link #respondentRefs} holds for a submission about a unit. */
	public static String refKey(String respondentRef, String unitCode) {
		return respondentRef + '\u0000' + unitCode;
	}

	/** Each response's unit code and answers, streamed in unit order. */
	public void forEach(long questionnaireId, BiConsumer<String, Map<String, Object>> consumer) {
		template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"select unit_code, answers::text from survey_response where questionnaire_id = ? order by unit_code, id");
			statement.setFetchSize(FETCH);
			statement.setLong(1, questionnaireId);
			return statement;
		}, rs -> {
			consumer.accept(rs.getString(1), json.readValue(rs.getString(2), ANSWERS));
		});
	}

}
