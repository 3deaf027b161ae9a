package vn.ddcihub.index.domain;

import java.time.OffsetDateTime;

/**
 * A version of an edition's results (phiên bản kết quả): the current one, or an earlier
 * one kept when survey scores replaced it. Who and when are null for results imported
 * before versions were kept.
 *
 * @param reason why these results replaced the earlier ones (null for the first)
 * @param replacedBy who replaced them, null while current
 */
public record ResultVersion(int number, boolean current, String source, String reason, String publishedBy,
		OffsetDateTime publishedAt, String replacedBy, OffsetDateTime replacedAt) {
}
