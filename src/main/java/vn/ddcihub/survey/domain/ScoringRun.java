package vn.ddcihub.survey.domain;

import java.time.OffsetDateTime;
import java.util.Map;

import vn.ddcihub.index.Block;

/**
 * A scoring run (lượt chấm điểm) without its result: the questionnaire's edition, the
 * parameters as {@code ScoringParameters.toMap()} (the seed among them) and the anchors
 * given, where it stands, who started it and when, how many responses it read and their
 * SHA-256, and the version it was published as.
 *
 * @param stage what it is doing while it runs
 * @param failure why it failed, in Vietnamese
 */
public record ScoringRun(long id, long questionnaireId, int year, Block block, Map<String, String> parameters,
		RunAnchors anchors, long seed, RunStatus status, int progress, RunStage stage, boolean cancelRequested,
		String failure, String createdBy, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
		Integer responseCount, String responsesSha256, Integer publishedVersion, String publishedBy,
		OffsetDateTime publishedAt) {

	/**
	 * Seconds from its start to its end (or to now while it runs); null before it starts.
	 */
	public Long seconds() {
		if (startedAt == null) {
			return null;
		}
		OffsetDateTime end = finishedAt == null ? OffsetDateTime.now() : finishedAt;
		return java.time.Duration.between(startedAt, end).toSeconds();
	}

}
