package vn.ddcihub.shared;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.core.Conventions;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The Bean Validation rules of an input record checked where it is used, whatever sent it
 * (a page, the API, a script): every broken rule at once, each message naming the field
 * by its label in the user's language. Pages check the same rules earlier with
 * {@code @Valid}.
 */
@Component
public class InputRules {

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	InputRules(jakarta.validation.Validator validator, MessageSource messages) {
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	/**
	 * @throws BadInputException with every broken field rule; nothing is saved
	 */
	public void check(Object input) {
		List<InputProblem> problems = problems(input);
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	/**
	 * Every broken field rule of {@code input}, for callers that add checks of their own.
	 */
	public List<InputProblem> problems(Object input) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(input, Conventions.getVariableName(input));
		validator.validate(input, errors);
		return BindingProblems.of(errors, messages);
	}

}
