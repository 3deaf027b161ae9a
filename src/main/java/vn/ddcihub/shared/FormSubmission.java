package vn.ddcihub.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every page form is submitted: run the change and go where it says; when the input is
 * rejected, show the form again with every problem instead of saving anything.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	public static String submit(Supplier<String> change, Function<List<InputProblem>, String> showFormAgain) {
		try {
			return change.get();
		}
		catch (BadInputException ex) {
			return showFormAgain.apply(ex.problems());
		}
	}
}
