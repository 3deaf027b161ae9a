package vn.ddcihub.scoring;

/** Two units by their 0-based positions, {@code first < second}. */
public record UnitPair(int first, int second) {
}
