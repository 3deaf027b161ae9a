package vn.ddcihub.index.domain;

import java.util.List;

import vn.ddcihub.index.Block;

/**
 * What a unit needs for a target rank k (điểm cần đạt để vào nhóm k đơn vị dẫn đầu): per
 * component and for the total, the score that reaches rank ≤ k against the peers of the
 * edition, optionally after every peer improves by the block's median year-on-year
 * change.
 */
public record TargetRankAnswer(int year, Block block, String unitCode, String unitName, int rank, int unitCount,
		boolean peersImprove, List<Need> components, Need total) {

	/**
	 * @param needed the score that reaches rank ≤ k
	 * @param gap needed − current (≤ 0: already there)
	 * @param peerChange the change assumed for every peer (0 unless peers improve)
	 */
	public record Need(String code, String name, Double current, Integer currentRank, double needed, Double gap,
			boolean achievable, double peerChange) {
	}
}
