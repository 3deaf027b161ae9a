package vn.ddcihub.org;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A filter of the audit trail as the page, the CSV export and the API take it: every field
 * optional; dates as yyyy-MM-dd or dd/MM/yyyy, {@code to} inclusive.
 */
public record AuditFilter(String entityType, String entityId, String user,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/yyyy" }) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/yyyy" }) LocalDate to) {
}
