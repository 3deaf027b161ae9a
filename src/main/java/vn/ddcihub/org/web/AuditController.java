package vn.ddcihub.org.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ddcihub.org.AuditFilter;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.AuditEvent;
import vn.ddcihub.org.AuditTrail.AuditQuery;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.CsvCells;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * The audit page and its CSV export, and GET /api/v1/audit. ADMIN sees everything; a
 * LEADER sees the records of their own organisation.
 */
@Controller
@Tag(name = "Nhật ký thay đổi / Audit trail")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
public class AuditController {

	private static final int PAGE_LIMIT = 500;

	private static final int EXPORT_LIMIT = 100_000;

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return new NavigationEntry(90, "nav.audit", "/audit", Set.of("ADMIN", "LEADER"));
	}

	/**
	 * The audit page; a filter typed wrongly (a date 31/02/2020) is shown with its
	 * problems, the rest still applies.
	 */
	@GetMapping("/audit")
	String page(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("filter") AuditFilter filter,
			BindingResult binding, Model model) {
		model.addAttribute("events",
				binding.hasErrors() ? List.of() : audit.searchToRead(query(user, filter), PAGE_LIMIT));
		model.addAttribute("entityTypes", audit.entityTypes());
		model.addAttribute("form", FormState.of(filter, binding));
		model.addAttribute("filter", filter);
		return "org/audit";
	}

	@GetMapping(value = "/audit.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, AuditFilter filter) {
		return csvAnswer(audit.search(query(user, filter), EXPORT_LIMIT));
	}

	@GetMapping("/api/v1/audit")
	@ResponseBody
	@Operation(summary = "Nhật ký thay đổi (ADMIN, LEADER): lọc theo entityType, entityId, user, from, to "
			+ "(ngày yyyy-MM-dd hoặc dd/MM/yyyy); format=csv để tải CSV")
	ResponseEntity<?> api(@AuthenticationPrincipal CurrentUser user, @ParameterObject AuditFilter filter,
			@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "1000") int limit) {
		List<AuditEvent> events = audit.search(query(user, filter), Math.max(1, Math.min(limit, EXPORT_LIMIT)));
		return "csv".equalsIgnoreCase(format) ? csvAnswer(events) : ResponseEntity.ok(events);
	}

	/**
	 * ADMIN sees every organisation's records; a LEADER only their own organisation's.
	 */
	private static AuditQuery query(CurrentUser user, AuditFilter filter) {
		Long organisation = user.isAdmin() ? null : user.organisationId();
		return new AuditQuery(filter.entityType(), filter.entityId(), filter.user(),
				filter.from() == null ? null : VietnamTime.startOf(filter.from()),
				filter.to() == null ? null : VietnamTime.startOf(filter.to().plusDays(1)), organisation);
	}

	private static ResponseEntity<byte[]> csvAnswer(List<AuditEvent> events) {
		List<List<Object>> rows = events.stream()
			.map(event -> java.util.Arrays.<Object>asList(event.id(), VietnameseFormat.timestamp(event.occurredAt()),
					event.actor(), event.entityType(), event.entityId(), event.action(), event.before(), event.after()))
			.toList();
		byte[] body = CsvCells.write(',', List.of("id", "thoi_gian", "nguoi_thuc_hien", "loai_doi_tuong",
				"ma_doi_tuong", "hanh_dong", "truoc", "sau"), rows);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nhat-ky-thay-doi.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

}
