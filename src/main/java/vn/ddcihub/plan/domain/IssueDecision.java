package vn.ddcihub.plan.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import vn.ddcihub.plan.Plan;
import vn.ddcihub.shared.Label;
import vn.ddcihub.shared.VietnamTime;

/**
 * The director's decision to issue (ban hành) a submitted revision: the date the document
 * carries and who signs it. Empty fields take sensible defaults: today, and the signer
 * the plan names.
 */
public record IssueDecision(@Label("plan.issuedOn") LocalDate issuedOn,
		@Label("plan.signerTitle") @Size(max = 128, message = "{validation.tooLong}") String signerTitle,
		@Label("plan.signerName") @Size(max = 255, message = "{validation.tooLong}") String signerName) {

	/** The defaults for a plan: today, signed by the plan's signer. */
	public static IssueDecision defaultsFor(Plan plan) {
		return new IssueDecision(VietnamTime.today(), plan.signerTitle(), plan.signerName());
	}

	/** This decision with every empty field taken from the defaults for the plan. */
	IssueDecision completedFor(Plan plan) {
		IssueDecision defaults = defaultsFor(plan);
		return new IssueDecision(issuedOn != null ? issuedOn : defaults.issuedOn(),
				blank(signerTitle) ? defaults.signerTitle() : signerTitle.strip(),
				blank(signerName) ? defaults.signerName() : signerName.strip());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
