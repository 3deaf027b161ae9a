package vn.ddcihub.shared;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found (file, row, column, message).
 * Nothing is saved when this is thrown.
 */
public class BadInputException extends RuntimeException {

	private final List<InputProblem> problems;

	public BadInputException(List<InputProblem> problems) {
		super(problems.isEmpty() ? "Dữ liệu không hợp lệ" : problems.get(0).describe());
		this.problems = List.copyOf(problems);
	}

	public BadInputException(String message) {
		this(List.of(new InputProblem(null, null, null, message)));
	}

	public List<InputProblem> problems() {
		return problems;
	}
}
