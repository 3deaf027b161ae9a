package vn.ddcihub.survey;

import java.util.Optional;

import vn.ddcihub.index.Block;

/**
 * What other capabilities (scoring runs, the portal) may ask of surveys: the
 * questionnaire of an edition with its indicators, questions and choices.
 */
public interface SurveyApi {

	/** The questionnaire of an edition, if one was made. */
	Optional<Questionnaire> questionnaire(int year, Block block);

	/** A questionnaire by its id. */
	Optional<Questionnaire> questionnaire(long id);

	/** The questionnaire as an XLSForm workbook (survey, choices, settings sheets). */
	byte[] xlsForm(Questionnaire questionnaire);

	/** The XLSForm workbook's file name ("bang-hoi-2020-department.xlsx"). */
	String xlsFormFileName(Questionnaire questionnaire);

}
