package vn.ddcihub.index.domain;

/**
 * The answer of a what-if on a unit's profile (giả định): the total a set of component
 * targets implies and the rank k/n it would have had in the edition; the rank is
 * illustrative when the edition's peers are.
 */
public record WhatIf(double impliedTotal, int rank, int unitCount, boolean illustrative) {
}
