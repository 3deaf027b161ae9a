package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class FormStateTest {

	record Sample(@Label("sample.name") @NotBlank @Size(max = 5) String name, @Label("sample.score") Double score,
			@Label("sample.units") List<Long> units) {
	}

	private static FieldError error(String field, Object rejected, boolean bindingFailure, String code) {
		return new FieldError("sample", field, rejected, bindingFailure, new String[] { code }, null, null);
	}

	@Test
	void aValueThatCouldNotBeConvertedComesBackAsTyped() {
		Sample posted = new Sample("Tên", null, List.of(3L));
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(posted, "sample");
		binding.addError(error("score", "abc", true, "typeMismatch"));
		FormState form = FormState.of(posted, binding);
		assertThat(form.field("score").value()).isEqualTo("abc");
		assertThat(form.field("name").value()).isEqualTo("Tên");
		assertThat(form.field("units").selected("3")).isTrue();
		assertThat(form.field("units").selected(4L)).isFalse();
	}

	@Test
	void theSummaryFollowsThePageAndShowsOneProblemPerField() {
		Sample posted = new Sample("", null, List.of());
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(posted, "sample");
		binding.addError(error("units", null, false, "NotEmpty"));
		binding.addError(error("name", "", false, "NotBlank"));
		binding.addError(error("name", "", false, "Size"));
		FormState form = FormState.of(posted, binding)
			.with(List.of(InputProblem.field("score", "Điểm đã có"), InputProblem.field("other", "Lỗi chung")));
		assertThat(form.problems()).extracting(FormState.Problem::field)
			.containsExactly(null, "name", "score", "units");
		assertThat(form.field("name").error().getCodes()).containsExactly("NotBlank");
		assertThat(form.field("name").labelKey()).isEqualTo("sample.name");
	}

	@Test
	void fieldsKnowTheirLimitAndWhetherTheyAreRequiredFromTheRecord() {
		FormState form = FormState.of(new Sample("", 7.5, List.of())).idPrefix("row-1-");
		assertThat(form.field("name").maxLength()).isEqualTo(5);
		assertThat(form.field("name").required()).isTrue();
		assertThat(form.field("score").maxLength()).isNull();
		assertThat(form.field("name").id()).isEqualTo("row-1-name");
		assertThat(form.hasErrors()).isFalse();
	}

	@Test
	void aFormThePageNamesItselfCarriesItsOwnLimits() {
		TypedForm typed = new TypedForm(java.util.Map.of("score_C1", "12", "weight_C1", "1,5", "name_C1", "abcdef"));
		assertThat(typed.decimal("score_C1", "C1", ScoreRules.SCORE_MIN, ScoreRules.SCORE_MAX)).isNull();
		assertThat(typed.decimal("weight_C1", "Trọng số C1", 0, Double.POSITIVE_INFINITY)).isEqualTo(1.5);
		typed.text("name_C1", "Tên C1", 5, true);
		FormState form = typed.state();
		assertThat(form.field("score_C1").error().getCodes()).containsExactly("validation.between");
		assertThat(form.field("score_C1").value()).isEqualTo("12");
		assertThat(form.field("name_C1").maxLength()).isEqualTo(5);
		assertThat(form.field("name_C1").error().getCodes()).containsExactly("validation.tooLong");
		assertThat(form.field("weight_C1").invalid()).isFalse();
	}

}
