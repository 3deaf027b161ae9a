package vn.ddcihub.survey.domain;

/**
 * What a running scoring run is doing, as stored in its row ("BOOTSTRAP 350 1000") and
 * shown from the bundles in the reader's language ({@code surveyRun.stage.BOOTSTRAP}:
 * "Bootstrap 350/1.000").
 */
public record RunStage(Kind kind, int done, int total) {

	public enum Kind {

		WAITING, READING, SCORING, BOOTSTRAP, SENSITIVITY, SAVING, FINISHED

	}

	public static RunStage of(Kind kind) {
		return new RunStage(kind, 0, 0);
	}

	/** The stage as its column holds it; a blank column reads as waiting. */
	public static RunStage parse(String column) {
		if (column == null || column.isBlank()) {
			return of(Kind.WAITING);
		}
		String[] parts = column.split(" ");
		return new RunStage(Kind.valueOf(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
				parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
	}

	public String column() {
		return kind.name() + " " + done + " " + total;
	}

	/** The message key that describes it, with {@link #done} and {@link #total}. */
	public String messageKey() {
		return "surveyRun.stage." + kind.name();
	}

}
