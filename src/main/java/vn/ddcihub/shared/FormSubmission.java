package vn.ddcihub.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * How every page form is submitted: when the input breaks a rule, show the form again
 * with every problem beside its field and what was typed; otherwise run the change and go
 * where it says — and when the change itself refuses the input, show the form again the
 * same way.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/** A form record bound with {@code @Valid}. */
	public static String submit(Record form, BindingResult binding, Supplier<String> change,
			Function<FormState, String> showFormAgain) {
		return submit(FormState.of(form, binding), change, showFormAgain);
	}

	/** A form checked by its controller (fields named by the page). */
	public static String submit(FormState form, Supplier<String> change, Function<FormState, String> showFormAgain) {
		if (form.hasErrors()) {
			return showFormAgain.apply(form);
		}
		try {
			return change.get();
		}
		catch (BadInputException ex) {
			return showFormAgain.apply(form.with(ex.problems()));
		}
	}

}
