package vn.ddcihub.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that cannot be accepted: either every problem found (file, row, column, message),
 * or one rejection of the request as a whole given as a message key. Nothing is saved
 * when this is thrown. The summary is a message key resolved in the language of the
 * request when the answer is written.
 */
public class BadInputException extends RuntimeException implements MessageSourceResolvable {

	private static final String INVALID_INPUT = "error.input.invalid";

	private final List<InputProblem> problems;

	private final String messageKey;

	private final Object[] arguments;

	private final long problemCount;

	public BadInputException(List<InputProblem> problems) {
		this(problems, problems.size());
	}

	/**
	 * @param problemCount how many problems were found, when {@code problems} lists only
	 * the first of them ({@link InputProblems})
	 */
	public BadInputException(List<InputProblem> problems, long problemCount) {
		super(problems.isEmpty() ? INVALID_INPUT : problems.get(0).describe());
		this.problems = List.copyOf(problems);
		this.messageKey = INVALID_INPUT;
		this.arguments = new Object[0];
		this.problemCount = problemCount;
	}

	/**
	 * The request as a whole cannot be done (e.g. issuing a plan that is already issued);
	 * no field to point at.
	 */
	public BadInputException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.problems = List.of();
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.problemCount = 0;
	}

	public List<InputProblem> problems() {
		return problems;
	}

	/** All problems found, listed or only counted. */
	public long problemCount() {
		return problemCount;
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

}
