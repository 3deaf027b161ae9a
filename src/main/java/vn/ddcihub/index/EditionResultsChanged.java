package vn.ddcihub.index;

/**
 * The computed results of an edition (kết quả kỳ đánh giá: scores, ranks, medians, bands)
 * may have changed: results were imported or corrected, or the edition's definition
 * (components, weights, bands) was saved. Published by the index in the transaction of
 * the change; listeners ({@code @ApplicationModuleListener}) get it after that commits,
 * on the node that made the change. A delivery that failed or was cut short is repeated
 * (at the next start, and by the hourly retry), so a listener must be idempotent. The
 * next year's edition compares itself with this one, so its rank and score changes move
 * too.
 */
public record EditionResultsChanged(int year, Block block) {
}
