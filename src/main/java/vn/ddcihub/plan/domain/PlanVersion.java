package vn.ddcihub.plan.domain;

import java.time.OffsetDateTime;

/**
 * An issued version (bản ban hành) of a plan; its JSON snapshot is kept in plan_version.
 */
public record PlanVersion(long planId, int revision, OffsetDateTime issuedAt, String issuedBy) {
}
