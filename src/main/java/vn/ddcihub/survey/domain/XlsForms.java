package vn.ddcihub.survey.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.Questionnaire;

/**
 * A questionnaire in and out as an XLSForm: an import replaces the edition's
 * questionnaire (or makes it) only when the whole file is right.
 */
@Service
public class XlsForms {

	private final Questionnaires questionnaires;

	XlsForms(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	/**
	 * @throws vn.ddcihub.shared.BadInputException with every problem (sheet, row,
	 * column); nothing saved then
	 */
	public Questionnaire importFile(int year, Block block, String fileName, long size, InputStreamSource file) {
		QuestionnaireContent content;
		try (InputStream in = file.getInputStream()) {
			content = XlsFormReader.read(fileName, size, in, questionnaires.componentsOf(year, block));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return questionnaires.save(year, block, content);
	}

	/**
	 * The file name of a questionnaire's XLSForm: {@code bang-hoi-2020-department.xlsx}.
	 */
	public static String fileName(Questionnaire questionnaire) {
		return "bang-hoi-" + questionnaire.year() + "-" + questionnaire.block().name().toLowerCase() + ".xlsx";
	}

}
