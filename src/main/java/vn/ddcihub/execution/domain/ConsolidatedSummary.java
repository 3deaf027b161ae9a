package vn.ddcihub.execution.domain;

import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * What the Office writes in a consolidated report before issuing it: the number and
 * symbol ("125/BC-STNMT"; blank until the clerk numbers it), the general assessment (đánh
 * giá chung), the direction for the next month or year (phương hướng) and who signs.
 * Blank signer fields take the plan's signer.
 */
public record ConsolidatedSummary(
		@Label("execution.consolidated.numberSymbol") @Size(max = 64,
				message = "{validation.tooLong}") String numberSymbol,
		@Label("execution.consolidated.assessment") @Size(max = 20000,
				message = "{validation.tooLong}") String assessment,
		@Label("execution.consolidated.nextSteps") @Size(max = 20000,
				message = "{validation.tooLong}") String nextSteps,
		@Label("execution.consolidated.signerAuthority") @Size(max = 128,
				message = "{validation.tooLong}") String signerAuthority,
		@Label("execution.consolidated.signerTitle") @Size(max = 128,
				message = "{validation.tooLong}") String signerTitle,
		@Label("execution.consolidated.signerName") @Size(max = 255,
				message = "{validation.tooLong}") String signerName) {

	public ConsolidatedSummary {
		numberSymbol = clean(numberSymbol);
		assessment = clean(assessment);
		nextSteps = clean(nextSteps);
		signerAuthority = clean(signerAuthority);
		signerTitle = clean(signerTitle);
		signerName = clean(signerName);
	}

	static final ConsolidatedSummary EMPTY = new ConsolidatedSummary("", "", "", "", "", "");

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

}
