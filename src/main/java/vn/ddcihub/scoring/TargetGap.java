package vn.ddcihub.scoring;

/**
 * What a unit must score to reach a rank (điểm cần đạt): the {@code needed} score, the
 * unit's {@code current} score, the {@code gap} = needed − current rounded to 2 decimals
 * (≤ 0 means the unit already scores enough; NaN without a current score) and whether the
 * needed score is {@code achievable}, i.e. not above the scale's maximum.
 */
public record TargetGap(double needed, double current, double gap, boolean achievable) {
}
