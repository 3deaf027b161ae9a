package vn.ddcihub.execution.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.execution.domain.PeriodDetail;
import vn.ddcihub.execution.domain.PeriodSummary;
import vn.ddcihub.execution.domain.Periods;
import vn.ddcihub.execution.domain.ReopenInput;
import vn.ddcihub.execution.domain.ReportingLine;
import vn.ddcihub.execution.domain.ReportingLineInput;
import vn.ddcihub.execution.domain.ReportingLines;

/**
 * REST API of reporting lines and periods: read a plan's lines (the proposed ones when it
 * has none), replace them (which generates the periods), read periods with their reports
 * by status, close and reopen a period.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Kỳ báo cáo", description = "Tuyến báo cáo của kế hoạch, kỳ báo cáo, khóa và mở lại kỳ")
class PeriodApiController {

	private final ReportingLines lines;

	private final Periods periods;

	PeriodApiController(ReportingLines lines, Periods periods) {
		this.lines = lines;
		this.periods = periods;
	}

	/** The lines and whether they are only proposed (not saved, no periods yet). */
	record LinesAnswer(boolean proposed, List<ReportingLine> lines) {
	}

	@GetMapping("/plans/{planId}/reporting-lines")
	@PreAuthorize("@planAccess.canRead(principal, #planId)")
	@Operation(summary = "Tuyến báo cáo của kế hoạch (đề xuất mặc định khi chưa có)")
	LinesAnswer lines(@PathVariable long planId) {
		ReportingLines.PlanLines plan = lines.of(planId);
		return new LinesAnswer(plan.proposed(), plan.lines());
	}

	@PutMapping("/plans/{planId}/reporting-lines")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	@Operation(summary = "Thay toàn bộ tuyến báo cáo và tạo lại các kỳ báo cáo (COORDINATOR); "
			+ "kỳ đã có báo cáo không bị xóa")
	LinesAnswer save(@PathVariable long planId, @RequestBody List<ReportingLineInput> body) {
		return new LinesAnswer(false, lines.save(planId, body));
	}

	@GetMapping("/plans/{planId}/periods")
	@PreAuthorize("@planAccess.canRead(principal, #planId)")
	@Operation(summary = "Các kỳ báo cáo của kế hoạch với số báo cáo theo trạng thái (kể cả chưa báo cáo)")
	List<PeriodSummary> periods(@PathVariable long planId) {
		return periods.ofPlan(planId);
	}

	@GetMapping("/periods/{id}")
	@PreAuthorize("@executionAccess.canReadPeriod(principal, #id)")
	@Operation(summary = "Kỳ báo cáo: mọi đơn vị phải báo cáo và trạng thái báo cáo của đơn vị")
	PeriodDetail period(@PathVariable long id) {
		return periods.detail(id);
	}

	@PostMapping("/periods/{id}/close")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #id)")
	@Operation(summary = "Khóa kỳ báo cáo (COORDINATOR): báo cáo trong kỳ không sửa được nữa")
	PeriodDetail close(@PathVariable long id) {
		periods.close(id);
		return periods.detail(id);
	}

	@PostMapping("/periods/{id}/reopen")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #id)")
	@Operation(summary = "Mở lại kỳ báo cáo đã khóa, với lý do (bắt buộc, ghi nhật ký)")
	PeriodDetail reopen(@PathVariable long id, @RequestBody ReopenInput body) {
		periods.reopen(id, body);
		return periods.detail(id);
	}

}
