package vn.ddcihub.survey;

import java.io.IOException;

/** The test forms of this package for the browser tests, which live in another one. */
public final class SurveyTestForms {

	private SurveyTestForms() {
	}

	/** The KoboToolbox-shaped form of {@link SurveyFixtures#koboForm()}. */
	public static byte[] koboForm() throws IOException {
		return SurveyFixtures.koboForm();
	}

}
