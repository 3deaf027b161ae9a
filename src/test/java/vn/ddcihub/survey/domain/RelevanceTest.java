package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** XLSForm relevant conditions as ODK reads them, and what is not guessed at. */
class RelevanceTest {

	private static final Map<String, Object> ANSWERS = Map.of("yn", "yes", "days", 12.0, "channels",
			List.of("web", "phone"), "likert", "4", "note", "");

	@Test
	void comparesChoicesNumbersAndBlanks() {
		assertThat(applies("${yn} = 'yes'")).isTrue();
		assertThat(applies("${yn} != 'yes'")).isFalse();
		assertThat(applies("${days} > 10")).isTrue();
		assertThat(applies("${days} <= 11.5")).isFalse();
		assertThat(applies("${likert} >= 4")).isTrue();
		assertThat(applies("${missing} = ''")).isTrue();
		assertThat(applies("${missing} != 'no'")).isTrue();
		// an unanswered question is no number: every ordering is false
		assertThat(applies("${missing} > 0")).isFalse();
		assertThat(applies("${missing} <= 0")).isFalse();
	}

	@Test
	void combinesWithAndOrNotAndReadsMultipleChoices() {
		assertThat(applies("selected(${channels}, 'web') and ${yn} = 'yes'")).isTrue();
		assertThat(applies("selected(${channels}, 'mail') or ${days} < 5")).isFalse();
		assertThat(applies("not(selected(${channels}, 'mail'))")).isTrue();
		assertThat(applies("count-selected(${channels}) = 2")).isTrue();
		assertThat(applies("(${yn} = 'no' or ${days} > 10) and string-length(${note}) = 0")).isTrue();
		assertThat(applies("\"yes\" = ${yn}")).isTrue();
	}

	@Test
	void blankConditionsAlwaysApplyAndUnknownOnesAreNotGuessedAt() {
		assertThat(Relevance.of(null).applies(ANSWERS)).isTrue();
		assertThat(Relevance.of("  ").applies(ANSWERS)).isTrue();
		for (String unknown : List.of("jr:choice-name(${yn}, '${yn}') = 'Có'", "${yn} = 'yes' and", "(${yn} = 'x'",
				"${yn = 'x'", "'unclosed", "${yn} === 'yes'", "(".repeat(2000))) {
			Relevance relevance = Relevance.of(unknown);
			assertThat(relevance.supported()).as(unknown).isFalse();
			assertThat(relevance.applies(ANSWERS)).as(unknown).isTrue();
		}
		assertThat(Relevance.of("${yn} = 'yes'").supported()).isTrue();
	}

	private static boolean applies(String condition) {
		Relevance relevance = Relevance.of(condition);
		assertThat(relevance.supported()).as(condition).isTrue();
		return relevance.applies(ANSWERS);
	}

}
