package vn.ddcihub.survey.domain;

import vn.ddcihub.index.Block;

/** A questionnaire in the list: its edition and how many indicators and questions. */
public record QuestionnaireSummary(long id, int year, Block block, String title, String version, int indicatorCount,
		int questionCount) {
}
