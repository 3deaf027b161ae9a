package vn.ddcihub.plan.domain;

import java.util.List;
import java.util.Locale;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;

/** Which way a task moves among the tasks of its component. */
public enum MoveDirection {

	UP(-1), DOWN(1);

	private final int step;

	MoveDirection(int step) {
		this.step = step;
	}

	public int step() {
		return step;
	}

	/** Reads "up" or "down" as the pages and scripts send it, in any case. */
	public static MoveDirection of(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException(
					List.of(InputProblem.field("direction", "Hướng di chuyển phải là up (lên) hoặc down (xuống)")));
		}
	}

}
