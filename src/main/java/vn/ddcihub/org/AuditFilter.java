package vn.ddcihub.org;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * A filter of the audit trail as the page, the CSV export and the API take it: every
 * field optional; dates as dd/MM/yyyy or yyyy-MM-dd (the binding of every form reads
 * both), {@code to} inclusive.
 */
public record AuditFilter(
		@Label("audit.entityType") @Size(max = 64, message = "{validation.tooLong}") String entityType,
		@Label("audit.entityId") @Size(max = 64, message = "{validation.tooLong}") String entityId,
		@Label("audit.user") @Size(max = 64, message = "{validation.tooLong}") String user,
		@Label("audit.from") LocalDate from, @Label("audit.to") LocalDate to) {
}
