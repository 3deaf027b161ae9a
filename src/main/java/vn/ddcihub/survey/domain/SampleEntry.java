package vn.ddcihub.survey.domain;

import java.util.List;

/**
 * One business of a sample as read from a file.
 *
 * @param row the row of the file (the header is row 1)
 * @param taxCode mã số thuế, 10 or 13 digits without separators
 * @param unitCodes the index codes of the units it dealt with, in the file's order
 */
public record SampleEntry(int row, String businessName, String taxCode, String phone, String email,
		List<String> unitCodes) {
}
