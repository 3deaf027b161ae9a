package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/** Responses written in batches and streamed back on the real database. */
class ResponseRepositoryTest extends IntegrationTest {

	@Autowired
	ResponseRepository responses;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void responsesOfABatchAreStoredCountedStreamedAndRemovedWithTheirBatch() {
		long questionnaire = jdbc.sql("""
				insert into survey_questionnaire (year, block, title, version) values (2041, 'DISTRICT', 't', '1')
				returning id""").query(Long.class).single();
		long batch = transactions.execute(status -> {
			long id = responses.insertBatch(questionnaire, ResponseSource.KOBO, "kobo.xlsx", 3, "admin");
			responses.insert(questionnaire, id,
					List.of(new NewResponse("H02", "uuid-1", Map.of("q1", "4", "q2", List.of("a", "b"))),
							new NewResponse("H01", "uuid-1", Map.of("q3", 12.5)),
							new NewResponse("H02", "uuid-2", Map.of())));
			return id;
		});
		responses.insert(questionnaire, null, List.of(new NewResponse("H01", null, Map.of("q1", "5"))));

		assertThat(responses.countsByUnit(questionnaire)).containsExactly(Map.entry("H01", 2), Map.entry("H02", 2));
		assertThat(responses.respondentRefs(questionnaire)).containsExactlyInAnyOrder(
				ResponseRepository.refKey("uuid-1", "H02"), ResponseRepository.refKey("uuid-1", "H01"),
				ResponseRepository.refKey("uuid-2", "H02"));
		List<String> streamed = new ArrayList<>();
		transactions.executeWithoutResult(
				status -> responses.forEach(questionnaire, (unit, answers) -> streamed.add(unit + " " + answers)));
		assertThat(streamed).containsExactly("H01 {q3=12.5}", "H01 {q1=5}", "H02 {q1=4, q2=[a, b]}", "H02 {}");
		assertThat(responses.batches(questionnaire)).singleElement()
			.satisfies(b -> assertThat(b.fileName()).isEqualTo("kobo.xlsx"));

		assertThat(responses.deleteBatch(questionnaire, batch)).isTrue();
		assertThat(responses.countsByUnit(questionnaire)).containsExactly(Map.entry("H01", 1));
		jdbc.sql("delete from survey_questionnaire where id = ?").param(questionnaire).update();
	}

}
