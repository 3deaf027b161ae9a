package vn.ddcihub.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The problems found in one input (a file of a million bad rows included), bounded: the
 * first {@value #LISTED} are kept with their place, the others only counted by kind — so
 * a rejection costs the same memory and answer size whatever the file holds. The message
 * of a problem that is not listed is never even built.
 */
public final class InputProblems {

	/** How many problems a rejection lists at most. */
	public static final int LISTED = 100;

	private final String file;

	private final List<InputProblem> listed = new ArrayList<>();

	private final Map<String, Long> omittedByKind = new LinkedHashMap<>();

	private long count;

	/**
	 * @param file the file the summary line names (null for a request without a file)
	 */
	public InputProblems(String file) {
		this.file = file;
	}

	/**
	 * @param kind what the problem is, as counted in the summary ("ô không phải số")
	 */
	public void add(String kind, Supplier<InputProblem> problem) {
		count++;
		if (listed.size() < LISTED) {
			listed.add(problem.get());
		}
		else {
			omittedByKind.merge(kind, 1L, Long::sum);
		}
	}

	public void add(String kind, InputProblem problem) {
		add(kind, () -> problem);
	}

	public boolean isEmpty() {
		return count == 0;
	}

	public long count() {
		return count;
	}

	/** Throws the rejection when anything was found; nothing has been saved then. */
	public void refuseIfAny() {
		if (count > 0) {
			throw rejection();
		}
	}

	/**
	 * The listed problems and, when some were left out, one more line counting them by
	 * kind: "… và 8.999.900 lỗi khác: 8.999.000 ô không phải số, 900 ô thiếu điểm".
	 */
	public BadInputException rejection() {
		List<InputProblem> shown = new ArrayList<>(listed);
		long omitted = count - listed.size();
		if (omitted > 0) {
			String kinds = omittedByKind.entrySet()
				.stream()
				.map(e -> VietnameseFormat.integer(e.getValue()) + " " + e.getKey())
				.collect(Collectors.joining(", "));
			shown.add(new InputProblem(file, null, null,
					"… và " + VietnameseFormat.integer(omitted) + " lỗi khác: " + kinds));
		}
		return new BadInputException(shown, count);
	}

	/**
	 * A cell's text as a message quotes it: at most 40 characters, so a 2 MB cell does
	 * not make a 2 MB message.
	 */
	public static String quote(String text) {
		String value = text == null ? "" : text.strip();
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

}
