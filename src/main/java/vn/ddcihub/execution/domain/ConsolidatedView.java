package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consolidated report as pages and the API show it: what the Office wrote, whether it
 * is issued (then locked) and its issued versions, and the content — compiled now while
 * it is a draft, as issued once it is.
 */
public record ConsolidatedView(ConsolidatedKind kind, long planId, Long periodId, int year, Integer month,
		boolean issued, ConsolidatedSummary summary, String numberSymbol, LocalDate issuedOn, OffsetDateTime issuedAt,
		String issuedBy, List<IssuedVersion> versions, ConsolidatedContent content) {

	/** One issued version (its files are kept byte for byte). */
	public record IssuedVersion(int version, LocalDate issuedOn, OffsetDateTime issuedAt, String issuedBy) {
	}

}
