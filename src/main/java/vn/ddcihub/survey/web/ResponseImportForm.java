package vn.ddcihub.survey.web;

import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.ResponseFileReader.Options;

/**
 * How a response file is read: the tool that exported it (empty: told from its columns),
 * the separator of a multiple choice's answers in one cell, the header of the unit
 * column.
 */
record ResponseImportForm(@Label("surveyImports.field.source") ResponseSource source,
		@Label("surveyImports.field.separator") @Size(max = 8, message = "{validation.tooLong}") String separator,
		@Label("surveyImports.field.unitColumn") @Size(max = 64, message = "{validation.tooLong}") String unitColumn) {

	static ResponseImportForm empty() {
		return new ResponseImportForm(null, "", "");
	}

	Options options() {
		return new Options(source, separator, unitColumn);
	}

}
