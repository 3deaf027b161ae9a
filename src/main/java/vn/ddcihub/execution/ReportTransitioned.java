package vn.ddcihub.execution;

/**
 * Published when a unit report changes status (submitted, returned, accepted), after the
 * change commits; notifications and dashboards listen.
 *
 * @param actor the user name who made the transition
 * @param comment the reviewer's comment on return or acceptance, blank otherwise
 */
public record ReportTransitioned(long reportId, long periodId, long organisationId, long unitId, ReportStatus status,
		String actor, String comment) {
}
