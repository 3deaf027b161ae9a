package vn.ddcihub.survey.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A business of a questionnaire's sample and the state of its one-time code.
 *
 * @param code the code while it can still be used (null before it is issued and once
 * used); never shown in lists or the API, only in letters and the SMS/e-mail file
 * @param hasCode whether a code was issued
 */
public record SampledBusiness(long id, int row, String businessName, String taxCode, String phone, String email,
		List<String> unitCodes, String code, boolean hasCode, OffsetDateTime codeIssuedAt, boolean codeUsed) {

	/** The state the sample page shows. */
	public CodeState codeState() {
		return codeUsed ? CodeState.USED : hasCode ? CodeState.ISSUED : CodeState.NONE;
	}

	public enum CodeState {

		NONE, ISSUED, USED

	}

}
