package vn.ddcihub.execution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.execution.domain.ConsolidatedKind;
import vn.ddcihub.execution.domain.ConsolidatedReports;
import vn.ddcihub.execution.domain.ConsolidatedSummary;
import vn.ddcihub.execution.domain.ConsolidatedView;

/**
 * The consolidated reports through the API: the month's report of a period, a plan's year
 * report and its upward report — as JSON (without {@code format}), Word or PDF; the
 * Office's summary; issuing.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Báo cáo tổng hợp",
		description = "Báo cáo tổng hợp tháng, báo cáo năm và báo cáo cấp trên, tổng hợp từ báo cáo đã chấp nhận")
public class ConsolidatedApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ConsolidatedReports reports;

	ConsolidatedApiController(ConsolidatedReports reports) {
		this.reports = reports;
	}

	@GetMapping("/reports/consolidated/{periodId}")
	@PreAuthorize("@executionAccess.canReadConsolidated(principal, #periodId)")
	@Operation(summary = "Báo cáo tổng hợp tháng của kỳ: JSON, hoặc ?format=docx|pdf (bản đã ban hành đúng như khi "
			+ "ban hành; bản nháp có dấu DỰ THẢO). Đơn vị chỉ xem bản đã ban hành")
	ResponseEntity<?> monthly(@PathVariable long periodId, @RequestParam(required = false) String format) {
		return answer(reports.monthly(periodId), format);
	}

	@PutMapping("/reports/consolidated/{periodId}")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #periodId)")
	@Operation(summary = "Văn phòng (COORDINATOR) ghi số ký hiệu, đánh giá chung, phương hướng tháng tới, người ký: "
			+ "{\"numberSymbol\", \"assessment\", \"nextSteps\", \"signerAuthority\", \"signerTitle\", "
			+ "\"signerName\"}; bản đã ban hành → 409")
	ConsolidatedView saveMonthly(@PathVariable long periodId, @RequestBody ConsolidatedSummary summary) {
		return reports.save(reports.monthly(periodId), summary);
	}

	@PostMapping("/reports/consolidated/{periodId}/issue")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #periodId)")
	@Operation(summary = "Ban hành báo cáo tổng hợp tháng: lưu phiên bản (Word, PDF, nội dung) và khóa; "
			+ "đã ban hành → 409")
	ConsolidatedView issueMonthly(@PathVariable long periodId) {
		return reports.issue(reports.monthly(periodId));
	}

	@GetMapping("/plans/{planId}/year-report/{year}")
	@PreAuthorize("@executionAccess.canReadYearReport(principal, #planId, #year, false)")
	@Operation(summary = "Báo cáo năm của kế hoạch (kết quả từng chỉ số so với chỉ tiêu: đạt / chưa đạt): JSON, "
			+ "hoặc ?format=docx|pdf")
	ResponseEntity<?> yearReport(@PathVariable long planId, @PathVariable int year,
			@RequestParam(required = false) String format) {
		return answer(reports.yearly(ConsolidatedKind.YEARLY, planId, year), format);
	}

	@PutMapping("/plans/{planId}/year-report/{year}")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	@Operation(summary = "Văn phòng ghi số ký hiệu, đánh giá chung, phương hướng năm tới, người ký của báo cáo năm")
	ConsolidatedView saveYearReport(@PathVariable long planId, @PathVariable int year,
			@RequestBody ConsolidatedSummary summary) {
		return reports.save(reports.yearly(ConsolidatedKind.YEARLY, planId, year), summary);
	}

	@PostMapping("/plans/{planId}/year-report/{year}/issue")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	@Operation(summary = "Ban hành báo cáo năm: lưu phiên bản và khóa; đã ban hành → 409")
	ConsolidatedView issueYearReport(@PathVariable long planId, @PathVariable int year) {
		return reports.issue(reports.yearly(ConsolidatedKind.YEARLY, planId, year));
	}

	@GetMapping("/plans/{planId}/upward-report/{year}")
	@PreAuthorize("@executionAccess.canReadYearReport(principal, #planId, #year, true)")
	@Operation(summary = "Báo cáo gửi Sở Kế hoạch và Đầu tư, UBND tỉnh (Kính gửi), Giám đốc ký: JSON, hoặc "
			+ "?format=docx|pdf")
	ResponseEntity<?> upwardReport(@PathVariable long planId, @PathVariable int year,
			@RequestParam(required = false) String format) {
		return answer(reports.yearly(ConsolidatedKind.UPWARD, planId, year), format);
	}

	@PutMapping("/plans/{planId}/upward-report/{year}")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	@Operation(summary = "Văn phòng ghi số ký hiệu, đánh giá chung, phương hướng, người ký của báo cáo cấp trên")
	ConsolidatedView saveUpwardReport(@PathVariable long planId, @PathVariable int year,
			@RequestBody ConsolidatedSummary summary) {
		return reports.save(reports.yearly(ConsolidatedKind.UPWARD, planId, year), summary);
	}

	@PostMapping("/plans/{planId}/upward-report/{year}/issue")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	@Operation(summary = "Ban hành báo cáo cấp trên: lưu phiên bản và khóa; đã ban hành → 409")
	ConsolidatedView issueUpwardReport(@PathVariable long planId, @PathVariable int year) {
		return reports.issue(reports.yearly(ConsolidatedKind.UPWARD, planId, year));
	}

	private ResponseEntity<?> answer(ConsolidatedReports.Key key, String format) {
		if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
			return ResponseEntity.ok(reports.view(key));
		}
		return file(reports.file(key, format));
	}

	static ResponseEntity<byte[]> file(ConsolidatedReports.File file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.contentType(file.format().equals("docx") ? DOCX : MediaType.APPLICATION_PDF)
			.body(file.bytes());
	}

}
