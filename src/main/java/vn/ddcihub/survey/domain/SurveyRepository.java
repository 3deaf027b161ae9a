package vn.ddcihub.survey.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Polarity;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.QuestionnaireContent.QuestionDraft;

/**
 * The survey tables ({@code survey_*}). A questionnaire is read in four statements
 * whatever its size; its content (tens of rows) is written row by row in the caller's
 * transaction.
 */
@Repository
class SurveyRepository {

	private static final TypeReference<LinkedHashMap<String, String>> SETTINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SurveyRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<QuestionnaireSummary> summaries() {
		return jdbc.sql("""
				select q.id, q.year, q.block, q.title, q.version,
				       (select count(*) from survey_indicator i where i.questionnaire_id = q.id) as indicators,
				       (select count(*) from survey_question s where s.questionnaire_id = q.id) as questions
				from survey_questionnaire q order by q.year desc, q.block""")
			.query((rs, row) -> new QuestionnaireSummary(rs.getLong("id"), rs.getInt("year"),
					Block.valueOf(rs.getString("block")), rs.getString("title"), rs.getString("version"),
					rs.getInt("indicators"), rs.getInt("questions")))
			.list();
	}

	Optional<Long> idOf(int year, Block block) {
		return jdbc.sql("select id from survey_questionnaire where year = ? and block = ?")
			.params(year, block.name())
			.query(Long.class)
			.optional();
	}

	Optional<Questionnaire> find(long id) {
		return jdbc
			.sql("select id, year, block, title, version, settings::text as settings "
					+ "from survey_questionnaire where id = ?")
			.param(id)
			.query((rs, row) -> new Questionnaire(rs.getLong("id"), rs.getInt("year"),
					Block.valueOf(rs.getString("block")), rs.getString("title"), rs.getString("version"),
					json.readValue(rs.getString("settings"), SETTINGS), indicators(id), questions(id), choices(id)))
			.optional();
	}

	private List<Indicator> indicators(long questionnaireId) {
		return jdbc.sql("""
				select id, code, name, component_code, polarity, weight, aggregation, sort_order
				from survey_indicator where questionnaire_id = ? order by sort_order, id""")
			.param(questionnaireId)
			.query((rs, row) -> new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("component_code"), Polarity.valueOf(rs.getString("polarity")), rs.getDouble("weight"),
					Aggregation.valueOf(rs.getString("aggregation")), rs.getInt("sort_order")))
			.list();
	}

	private List<Question> questions(long questionnaireId) {
		return jdbc.sql("""
				select q.id, q.name, q.label, q.type, q.choice_list, q.required, i.code as indicator_code,
				       q.favourable, q.relevant, q.sort_order
				from survey_question q left join survey_indicator i on i.id = q.indicator_id
				where q.questionnaire_id = ? order by q.sort_order, q.id""")
			.param(questionnaireId)
			.query(SurveyRepository::question)
			.list();
	}

	private static Question question(ResultSet rs, int row) throws SQLException {
		Array favourable = rs.getArray("favourable");
		List<String> answers = favourable == null ? List.of() : Arrays.asList((String[]) favourable.getArray());
		return new Question(rs.getLong("id"), rs.getString("name"), rs.getString("label"),
				AnswerType.valueOf(rs.getString("type")), rs.getString("choice_list"), rs.getBoolean("required"),
				rs.getString("indicator_code"), List.copyOf(answers), rs.getString("relevant"),
				rs.getInt("sort_order"));
	}

	private List<Choice> choices(long questionnaireId) {
		return jdbc
			.sql("select list_name, name, label, sort_order from survey_choice "
					+ "where questionnaire_id = ? order by list_name, sort_order, id")
			.param(questionnaireId)
			.query((rs, row) -> new Choice(rs.getString("list_name"), rs.getString("name"), rs.getString("label"),
					rs.getInt("sort_order")))
			.list();
	}

	long insertQuestionnaire(int year, Block block, String title, String version, Map<String, String> settings) {
		return jdbc.sql("""
				insert into survey_questionnaire (year, block, title, version, settings)
				values (?, ?, ?, ?, cast(? as jsonb)) returning id""")
			.params(year, block.name(), title, version, json.writeValueAsString(settings))
			.query(Long.class)
			.single();
	}

	/**
	 * Title, version and settings replaced; indicators, questions and choices removed.
	 */
	void clearContent(long id, String title, String version, Map<String, String> settings) {
		jdbc.sql("delete from survey_question where questionnaire_id = ?").param(id).update();
		jdbc.sql("delete from survey_indicator where questionnaire_id = ?").param(id).update();
		jdbc.sql("delete from survey_choice where questionnaire_id = ?").param(id).update();
		jdbc.sql("""
				update survey_questionnaire set title = ?, version = ?, settings = cast(? as jsonb), updated_at = now()
				where id = ?""").params(title, version, json.writeValueAsString(settings), id).update();
	}

	/** Indicators, choices and questions of an empty questionnaire, in their order. */
	void insertContent(long id, QuestionnaireContent content) {
		Map<String, Long> indicatorIds = new HashMap<>();
		int sort = 0;
		for (IndicatorInput indicator : content.indicators()) {
			indicatorIds.put(indicator.code().toUpperCase(java.util.Locale.ROOT),
					insertIndicator(id, indicator, ++sort));
		}
		Map<String, Integer> sortInList = new HashMap<>();
		for (Choice choice : content.choices()) {
			insertChoice(id, choice.listName(), choice.name(), choice.label(),
					sortInList.merge(choice.listName(), 1, Integer::sum));
		}
		sort = 0;
		for (QuestionDraft question : content.questions()) {
			Long indicatorId = question.indicatorCode() == null ? null
					: indicatorIds.get(question.indicatorCode().toUpperCase(java.util.Locale.ROOT));
			insertQuestion(id, question, indicatorId, ++sort);
		}
	}

	long insertIndicator(long questionnaireId, IndicatorInput indicator, int sort) {
		return jdbc
			.sql("""
					insert into survey_indicator (questionnaire_id, code, name, component_code, polarity, weight, aggregation, sort_order)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(questionnaireId, indicator.code(), indicator.name(), indicator.componentCode(),
					indicator.polarity().name(), indicator.weight(), indicator.aggregation().name(), sort)
			.query(Long.class)
			.single();
	}

	void updateIndicator(long indicatorId, IndicatorInput indicator) {
		jdbc.sql(
				"""
						update survey_indicator set code = ?, name = ?, component_code = ?, polarity = ?, weight = ?, aggregation = ?
						where id = ?""")
			.params(indicator.code(), indicator.name(), indicator.componentCode(), indicator.polarity().name(),
					indicator.weight(), indicator.aggregation().name(), indicatorId)
			.update();
	}

	long insertQuestion(long questionnaireId, QuestionDraft question, Long indicatorId, int sort) {
		return jdbc.sql("""
				insert into survey_question (questionnaire_id, name, label, type, choice_list, required, indicator_id,
				    favourable, relevant, sort_order)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(questionnaireId, question.name(), question.label(), question.type().name(), question.choiceList(),
					question.required(), indicatorId, question.favourable().toArray(String[]::new), question.relevant(),
					sort)
			.query(Long.class)
			.single();
	}

	void updateQuestion(long questionId, QuestionDraft question, Long indicatorId) {
		jdbc.sql(
				"""
						update survey_question set name = ?, label = ?, type = ?, choice_list = ?, required = ?, indicator_id = ?,
						    favourable = ?, relevant = ?
						where id = ?""")
			.params(question.name(), question.label(), question.type().name(), question.choiceList(),
					question.required(), indicatorId, question.favourable().toArray(String[]::new), question.relevant(),
					questionId)
			.update();
	}

	/**
	 * The list's choices replaced by {@code choices} (every question of the list sees
	 * them).
	 */
	void replaceChoices(long questionnaireId, String listName, List<Choice> choices) {
		jdbc.sql("delete from survey_choice where questionnaire_id = ? and list_name = ?")
			.params(questionnaireId, listName)
			.update();
		int sort = 0;
		for (Choice choice : choices) {
			insertChoice(questionnaireId, listName, choice.name(), choice.label(), ++sort);
		}
	}

	private void insertChoice(long questionnaireId, String listName, String name, String label, int sort) {
		jdbc.sql(
				"""
						insert into survey_choice (questionnaire_id, list_name, name, label, sort_order) values (?, ?, ?, ?, ?)""")
			.params(questionnaireId, listName, name, label, sort)
			.update();
	}

	void touch(long questionnaireId) {
		jdbc.sql("update survey_questionnaire set updated_at = now() where id = ?").param(questionnaireId).update();
	}

	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from survey_questionnaire)").query(Boolean.class).single();
	}

}
