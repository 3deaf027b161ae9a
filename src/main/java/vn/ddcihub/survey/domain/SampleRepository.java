package vn.ddcihub.survey.domain;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sample of a questionnaire ({@code survey_sample}) with its one-time codes, the days
 * of its web survey, and the drafts of the web form ({@code survey_web_draft}).
 */
@Repository
class SampleRepository {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SampleRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	private static final String COLUMNS = """
			id, row_number, business_name, tax_code, phone, email, unit_codes, code_plain, code_hash is not null as has_code,
			code_issued_at, code_used""";

	List<SampledBusiness> sample(long questionnaireId) {
		return jdbc.sql("select " + COLUMNS + " from survey_sample where questionnaire_id = ? order by row_number, id")
			.param(questionnaireId)
			.query((rs, row) -> business(rs))
			.list();
	}

	Optional<SampledBusiness> business(long questionnaireId, long sampleId) {
		return jdbc.sql("select " + COLUMNS + " from survey_sample where questionnaire_id = ? and id = ?")
			.params(questionnaireId, sampleId)
			.query((rs, row) -> business(rs))
			.optional();
	}

	private static SampledBusiness business(ResultSet rs) throws SQLException {
		Array units = rs.getArray("unit_codes");
		return new SampledBusiness(rs.getLong("id"), rs.getInt("row_number"), rs.getString("business_name"),
				rs.getString("tax_code"), rs.getString("phone"), rs.getString("email"),
				List.copyOf(Arrays.asList((String[]) units.getArray())), rs.getString("code_plain"),
				rs.getBoolean("has_code"), rs.getObject("code_issued_at", OffsetDateTime.class),
				rs.getBoolean("code_used"));
	}

	int usedCodes(long questionnaireId) {
		return jdbc.sql("select count(*) from survey_sample where questionnaire_id = ? and code_used")
			.param(questionnaireId)
			.query(Integer.class)
			.single();
	}

	int size(long questionnaireId) {
		return jdbc.sql("select count(*) from survey_sample where questionnaire_id = ?")
			.param(questionnaireId)
			.query(Integer.class)
			.single();
	}

	/** The sample replaced by the entries, in the caller's transaction. */
	void replace(long questionnaireId, List<SampleEntry> entries) {
		jdbc.sql("delete from survey_sample where questionnaire_id = ?").param(questionnaireId).update();
		template.batchUpdate(
				"""
						insert into survey_sample (questionnaire_id, row_number, business_name, tax_code, phone, email, unit_codes)
						values (?, ?, ?, ?, ?, ?, ?)""",
				entries, BATCH, (PreparedStatement ps, SampleEntry entry) -> {
					ps.setLong(1, questionnaireId);
					ps.setInt(2, entry.row());
					ps.setString(3, entry.businessName());
					ps.setString(4, entry.taxCode());
					ps.setString(5, entry.phone());
					ps.setString(6, entry.email());
					ps.setArray(7, ps.getConnection().createArrayOf("varchar", entry.unitCodes().toArray()));
				});
	}

	/** The ids of the businesses that have no code yet. */
	List<Long> withoutCode(long questionnaireId) {
		return jdbc.sql("select id from survey_sample where questionnaire_id = ? and code_hash is null order by id")
			.param(questionnaireId)
			.query(Long.class)
			.list();
	}

	/**
	 * Gives an unused code a new value (the old one stops working); false when the
	 * business has used its code.
	 */
	boolean setCode(long sampleId, String code, byte[] hash) {
		return jdbc.sql("""
				update survey_sample set code_plain = ?, code_hash = ?, code_issued_at = now()
				where id = ? and not code_used""").params(code, hash, sampleId).update() == 1;
	}

	/** Businesses of the sample per unit code (one business counts for each unit). */
	Map<String, Integer> sampledByUnit(long questionnaireId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select unit_code, count(*) from survey_sample, unnest(unit_codes) as unit_code
				where questionnaire_id = ? group by unit_code order by unit_code""")
			.param(questionnaireId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	SurveyDays surveyDays(long questionnaireId) {
		return jdbc.sql("select survey_opens_on, survey_closes_on from survey_questionnaire where id = ?")
			.param(questionnaireId)
			.query((rs, row) -> new SurveyDays(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.optional()
			.orElse(SurveyDays.NONE);
	}

	void setSurveyDays(long questionnaireId, SurveyDays days) {
		jdbc.sql("update survey_questionnaire set survey_opens_on = ?, survey_closes_on = ? where id = ?")
			.params(days.opensOn(), days.closesOn(), questionnaireId)
			.update();
	}

	/**
	 * The business a code hash belongs to, with its questionnaire and whether it is used.
	 */
	Optional<CodeHolder> holder(byte[] hash) {
		return jdbc.sql("""
				select s.id, s.questionnaire_id, s.unit_codes, s.code_used, q.survey_opens_on, q.survey_closes_on
				from survey_sample s join survey_questionnaire q on q.id = s.questionnaire_id
				where s.code_hash = ?""").param(hash).query((rs, row) -> {
			Array units = rs.getArray("unit_codes");
			return new CodeHolder(rs.getLong("id"), rs.getLong("questionnaire_id"),
					List.copyOf(Arrays.asList((String[]) units.getArray())), rs.getBoolean("code_used"),
					new SurveyDays(rs.getObject("survey_opens_on", LocalDate.class),
							rs.getObject("survey_closes_on", LocalDate.class)));
		}).optional();
	}

	Optional<CodeHolder> holder(long sampleId) {
		return jdbc.sql("select code_hash from survey_sample where id = ? and code_hash is not null")
			.param(sampleId)
			.query(byte[].class)
			.optional()
			.flatMap(this::holder);
	}

	/**
	 * Marks the code used and forgets it; false when another submission got there first
	 * (the row count decides, so two nodes cannot both store answers).
	 */
	boolean markUsed(long sampleId) {
		return jdbc.sql("update survey_sample set code_used = true, code_plain = null where id = ? and not code_used")
			.param(sampleId)
			.update() == 1;
	}

	Optional<String> draft(long sampleId) {
		return jdbc.sql("select answers::text from survey_web_draft where sample_id = ?")
			.param(sampleId)
			.query(String.class)
			.optional();
	}

	void saveDraft(long sampleId, String answersJson) {
		jdbc.sql("""
				insert into survey_web_draft (sample_id, answers) values (?, ?::jsonb)
				on conflict (sample_id) do update set answers = excluded.answers, saved_at = now()""")
			.params(sampleId, answersJson)
			.update();
	}

	void deleteDraft(long sampleId) {
		jdbc.sql("delete from survey_web_draft where sample_id = ?").param(sampleId).update();
	}

	/** A business whose code was typed. */
	record CodeHolder(long sampleId, long questionnaireId, List<String> unitCodes, boolean used, SurveyDays days) {
	}

}
