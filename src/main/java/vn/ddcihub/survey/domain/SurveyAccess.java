package vn.ddcihub.survey.domain;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.org.CurrentUser;

/**
 * Who may do what with surveys, called by the handlers' {@code @PreAuthorize} as
 * {@code @surveyAccess}: the questionnaire decides the edition's scores, so whoever runs
 * the ranking changes it — ADMIN and a COORDINATOR of a province body, as the index says.
 * The planning department's VIEWER (Sở KH&ĐT) and every other signed-in user read it: it
 * is what businesses are asked about the units.
 */
@Component
public class SurveyAccess {

	private final IndexApi index;

	SurveyAccess(IndexApi index) {
		this.index = index;
	}

	/** Creating, changing, importing and copying questionnaires. */
	public boolean canWrite(CurrentUser user) {
		return user != null && index.canWrite(user);
	}

}
