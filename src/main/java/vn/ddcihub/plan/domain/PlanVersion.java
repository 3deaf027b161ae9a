package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An issued version (bản ban hành) of a plan; its JSON snapshot is kept in plan_version.
 *
 * @param issuedAt when it was recorded, by {@code issuedBy} (the user who approved it)
 * @param issuedOn the document date it carries, signed by {@code signerTitle}
 * {@code signerName}
 */
public record PlanVersion(long planId, int revision, OffsetDateTime issuedAt, String issuedBy, LocalDate issuedOn,
		String signerTitle, String signerName) {
}
