package vn.ddcihub.survey;

/**
 * Where responses came from: the export of a survey tool, a spreadsheet laid out as one,
 * or (no batch) the public web form.
 */
public enum ResponseSource {

	KOBO("KoboToolbox"), ODK("ODK Central"), LIMESURVEY("LimeSurvey"), GOOGLE_FORMS("Google Forms"),
	SPREADSHEET("Bảng tính");

	private final String label;

	ResponseSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
