package vn.ddcihub.survey.domain;

import vn.ddcihub.org.AuditKind;

/** The survey records that the audit trail describes. */
public enum SurveyAuditKind implements AuditKind {

	QUESTIONNAIRE("SurveyQuestionnaire"), INDICATOR("SurveyIndicator"), QUESTION("SurveyQuestion"),
	SAMPLE("SurveySample"), SAMPLE_CODE("SurveySampleCode"), SURVEY_DAYS("SurveyWebDays"),
	RESPONSE_BATCH("SurveyResponseBatch");

	private final String code;

	SurveyAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
