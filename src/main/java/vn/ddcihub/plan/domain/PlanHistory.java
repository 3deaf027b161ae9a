package vn.ddcihub.plan.domain;

import java.util.List;

import vn.ddcihub.org.AuditTrail.AuditEvent;
import vn.ddcihub.plan.PlanStatus;

/**
 * A plan's issued versions and one page (numbered from 1, newest first) of the changes to
 * it, its targets and tasks (who, when, before and after), with the number of pages and
 * of changes in all.
 */
public record PlanHistory(long planId, int currentRevision, PlanStatus status, List<PlanVersion> versions,
		List<AuditEvent> changes, int page, int pageCount, long totalChanges) {
}
