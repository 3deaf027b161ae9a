package vn.ddcihub.plan.domain;

import java.util.List;

import vn.ddcihub.org.AuditTrail.AuditEvent;
import vn.ddcihub.plan.PlanStatus;

/** A plan's issued versions and every change to it, its targets and tasks (who, when, before and after). */
public record PlanHistory(long planId, int currentRevision, PlanStatus status, List<PlanVersion> versions,
		List<AuditEvent> changes) {
}
