package vn.ddcihub.survey.domain;

/** Lengths of the survey's columns, shared by forms, the API and the XLSForm reader. */
public final class SurveyLimits {

	public static final int TITLE_MAX = 255;

	public static final int VERSION_MAX = 64;

	public static final int CODE_MAX = 32;

	public static final int INDICATOR_NAME_MAX = 500;

	public static final int NAME_MAX = 64;

	public static final int LABEL_MAX = 1000;

	public static final int CHOICE_LABEL_MAX = 500;

	public static final int CHOICES_TEXT_MAX = 20_000;

	public static final int FAVOURABLE_TEXT_MAX = 1000;

	private SurveyLimits() {
	}

}
