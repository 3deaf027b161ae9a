package vn.ddcihub.survey.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.index.Block;

/**
 * Scoring runs ({@code survey_scoring_run}). Every change of state is one conditional
 * update, so a run cancelled while queued is never started and a finished run never
 * changes again, whichever node does what.
 */
@Repository
class ScoringRunRepository {

	private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			r.id, r.questionnaire_id, q.year, q.block, r.parameters::text as parameters, r.anchors::text as anchors,
			r.seed, r.status, r.progress, r.stage, r.cancel_requested, r.failure, r.created_by, r.created_at,
			r.started_at, r.finished_at, r.response_count, r.responses_sha256, r.published_version, r.published_by,
			r.published_at
			from survey_scoring_run r join survey_questionnaire q on q.id = r.questionnaire_id""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ScoringRunRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(long questionnaireId, Map<String, String> parameters, RunAnchors anchors, long seed, String createdBy) {
		return jdbc.sql("""
				insert into survey_scoring_run (questionnaire_id, parameters, anchors, seed, created_by, stage)
				values (?, ?::jsonb, ?::jsonb, ?, ?, ?) returning id""")
			.params(questionnaireId, json.writeValueAsString(parameters), json.writeValueAsString(anchors), seed,
					createdBy, RunStage.of(RunStage.Kind.WAITING).column())
			.query(Long.class)
			.single();
	}

	Optional<ScoringRun> find(long id) {
		return jdbc.sql("select " + COLUMNS + " where r.id = ?").param(id).query(this::run).optional();
	}

	List<ScoringRun> ofQuestionnaire(long questionnaireId) {
		return jdbc.sql("select " + COLUMNS + " where r.questionnaire_id = ? order by r.id desc")
			.param(questionnaireId)
			.query(this::run)
			.list();
	}

	/** QUEUED → RUNNING; false when it was cancelled (or taken) meanwhile. */
	boolean start(long id) {
		return jdbc.sql("""
				update survey_scoring_run set status = 'RUNNING', started_at = now(), progress = 0, stage = ?
				where id = ? and status in ('QUEUED', 'RUNNING') and not cancel_requested""")
			.params(RunStage.of(RunStage.Kind.READING).column(), id)
			.update() > 0;
	}

	/** Writes how far it has come; answers whether its user asked to cancel. */
	boolean progress(long id, int percent, RunStage stage) {
		return jdbc.sql("""
				update survey_scoring_run set progress = ?, stage = ? where id = ? and status = 'RUNNING'
				returning cancel_requested""")
			.params(percent, stage.column(), id)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	boolean cancelRequested(long id) {
		return jdbc.sql("select cancel_requested from survey_scoring_run where id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	void done(long id, int responseCount, String sha256, RunResult result) {
		jdbc.sql("""
				update survey_scoring_run set status = 'DONE', progress = 100, stage = ?, finished_at = now(),
				    response_count = ?, responses_sha256 = ?, result = ?::json
				where id = ? and status = 'RUNNING'""")
			.params(RunStage.of(RunStage.Kind.FINISHED).column(), responseCount, sha256,
					json.writeValueAsString(result), id)
			.update();
	}

	void failed(long id, String failure) {
		jdbc.sql("""
				update survey_scoring_run set status = 'FAILED', finished_at = now(), failure = left(?, 2000)
				where id = ? and status in ('QUEUED', 'RUNNING')""").params(failure, id).update();
	}

	void cancelled(long id) {
		jdbc.sql("""
				update survey_scoring_run set status = 'CANCELLED', finished_at = now()
				where id = ? and status in ('QUEUED', 'RUNNING')""").param(id).update();
	}

	/**
	 * Asks a run to stop: a queued run is cancelled at once, a running one when its job
	 * next looks; false when it had already finished.
	 */
	boolean requestCancel(long id) {
		int queued = jdbc.sql("""
				update survey_scoring_run set status = 'CANCELLED', cancel_requested = true, finished_at = now()
				where id = ? and status = 'QUEUED'""").param(id).update();
		int running = jdbc.sql("""
				update survey_scoring_run set cancel_requested = true where id = ? and status = 'RUNNING'""")
			.param(id)
			.update();
		return queued + running > 0;
	}

	Optional<RunResult> result(long id) {
		return jdbc.sql("select result::text from survey_scoring_run where id = ? and result is not null")
			.param(id)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, RunResult.class));
	}

	void published(long id, int version, String by) {
		jdbc.sql("""
				update survey_scoring_run set published_version = ?, published_by = ?, published_at = now()
				where id = ?""").params(version, by, id).update();
	}

	private ScoringRun run(ResultSet rs, int row) throws SQLException {
		return new ScoringRun(rs.getLong("id"), rs.getLong("questionnaire_id"), rs.getInt("year"),
				Block.valueOf(rs.getString("block")), json.readValue(rs.getString("parameters"), PARAMETERS),
				json.readValue(rs.getString("anchors"), RunAnchors.class), rs.getLong("seed"),
				RunStatus.valueOf(rs.getString("status")), rs.getInt("progress"), RunStage.parse(rs.getString("stage")),
				rs.getBoolean("cancel_requested"), rs.getString("failure"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class), (Integer) rs.getObject("response_count"),
				rs.getString("responses_sha256"), (Integer) rs.getObject("published_version"),
				rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class));
	}

}
