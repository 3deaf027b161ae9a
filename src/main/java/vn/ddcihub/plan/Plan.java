package vn.ddcihub.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The header of an improvement plan (kế hoạch nâng cao chỉ số DDCI): identity of the
 * document, legal bases (căn cứ), purpose and requirements (mục đích, yêu cầu),
 * implementation (tổ chức thực hiện), recipients (nơi nhận), signer, the editions it
 * starts from and aims at, and its goals.
 */
public record Plan(long id, long organisationId, String numberSymbol, String place, LocalDate issuedOn,
		String issuerParent, String issuer, String title, int year, int baselineYear, int targetYear,
		List<String> legalBases, String context, List<String> purposes, List<String> requirements,
		List<String> implementation, List<String> recipients, String signerAuthority, String signerTitle,
		String signerName, Goals goals, PlanStatus status, int revision, Long copiedFrom) {

	/**
	 * Goals (mục tiêu): total rank (e.g. top 10), total score (e.g. ≥ 70) and the rank
	 * every below-median component should reach (e.g. 10); each may be null.
	 */
	public record Goals(Integer totalRank, Double totalScore, Integer belowMedianIntoRank) {
	}
}
