package vn.ddcihub.org;

import java.time.LocalDate;

/** The audit page's filter, as shown back to the user. */
public record AuditFilter(String entityType, String entityId, String user, LocalDate from, LocalDate to) {
}
