package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a coordinator enters to create or change a plan header (lists: one entry per line
 * in forms).
 */
public record PlanInput(Long organisationId, String numberSymbol, String place,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = {
				"d/M/yyyy" }) LocalDate issuedOn,
		String issuerParent, String issuer, String title, Integer year, Integer baselineYear, Integer targetYear,
		List<String> legalBases, String context, List<String> purposes, List<String> requirements,
		List<String> implementation, List<String> recipients, String signerAuthority, String signerTitle,
		String signerName, Integer goalTotalRank, Double goalTotalScore, Integer goalBelowMedianIntoRank){
}
