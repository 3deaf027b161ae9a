package vn.ddcihub.operations.inspection.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.operations.inspection.Inspection;
import vn.ddcihub.operations.inspection.InspectionInput;
import vn.ddcihub.operations.inspection.InspectionPlanImport;
import vn.ddcihub.operations.inspection.Inspections;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;

/**
 * The yearly inspection plan as JSON: a save answers the other inspections of the same
 * business in the year (Directive 20/CT-TTg) so a script sees the warning too.
 */
@RestController
@RequestMapping("/api/v1/operations/inspections")
@Tag(name = "Thanh tra, kiểm tra",
		description = "Yearly inspection plan, duplicate check (Directive 20/CT-TTg), counts")
@PreAuthorize("isAuthenticated()")
class InspectionApiController {

	private final Inspections inspections;

	private final InspectionPlanImport imports;

	private final OrganisationScope scope;

	InspectionApiController(Inspections inspections, InspectionPlanImport imports, OrganisationScope scope) {
		this.inspections = inspections;
		this.imports = imports;
		this.scope = scope;
	}

	/** A saved inspection and the other inspections of its business that year. */
	record Saved(long id, List<Inspection> otherInspectionsThisYear) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Kế hoạch thanh tra, kiểm tra của một năm (org: cơ quan, cho ADMIN/VIEWER)")
	List<Inspection> list(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(required = false) Long org) {
		return inspections.list(scope.readable(user, org).id(), year);
	}

	@GetMapping("/counts")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "Số cuộc theo kế hoạch, đã thực hiện, đột xuất, đã hủy và số doanh nghiệp bị thanh tra, kiểm tra quá một lần")
	Inspection.Counts counts(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(required = false) Long org) {
		return inspections.counts(scope.readable(user, org).id(), year);
	}

	@GetMapping("/duplicates")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Doanh nghiệp có quá một cuộc thanh tra, kiểm tra trong năm (Chỉ thị 20/CT-TTg), mọi đơn vị")
	List<Inspection.Duplicate> duplicates(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(required = false) Long org) {
		return inspections.duplicates(scope.readable(user, org).id(), year);
	}

	@GetMapping("/duplicate-check")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Trước khi nhập: các cuộc thanh tra, kiểm tra khác của doanh nghiệp (mã số thuế) trong năm")
	List<Inspection> duplicateCheck(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam String taxCode, @RequestParam(required = false) Long org) {
		return inspections.others(scope.readable(user, org).id(), year, taxCode, null);
	}

	@GetMapping("/{id}")
	@PreAuthorize("@inspectionAccess.canRead(principal, #id)")
	@Operation(summary = "Một cuộc thanh tra, kiểm tra")
	Inspection inspection(@PathVariable long id) {
		return inspections.get(id);
	}

	@PostMapping
	@PreAuthorize("@inspectionAccess.canPlan(principal, #org)")
	@Operation(
			summary = "Thêm cuộc thanh tra, kiểm tra; kind PLANNED|UNSCHEDULED (đột xuất cần legalBasis và violationSign); "
					+ "trùng doanh nghiệp trong năm bị từ chối trừ khi confirmDuplicate = true")
	ResponseEntity<Saved> create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@Valid @RequestBody InspectionInput in) {
		long organisationId = scope.readable(user, org).id();
		List<Inspection> others = inspections.others(organisationId, in.year(), in.taxCode(), null);
		Inspections.requireConfirmation(in, others);
		long id = inspections.create(organisationId, in, false);
		return ResponseEntity.created(URI.create("/api/v1/operations/inspections/" + id)).body(new Saved(id, others));
	}

	@PutMapping("/{id}")
	@PreAuthorize("@inspectionAccess.canManage(principal, #id)")
	@Operation(summary = "Sửa cuộc thanh tra, kiểm tra (cả trạng thái PLANNED|DONE|CANCELLED)")
	Saved update(@PathVariable long id, @Valid @RequestBody InspectionInput in) {
		Inspection before = inspections.get(id);
		List<Inspection> others = inspections.others(before.organisationId(), in.year(), in.taxCode(), id);
		if (!(before.taxCode().equals(in.taxCode()) && before.year() == in.year())) {
			Inspections.requireConfirmation(in, others);
		}
		inspections.update(id, in);
		return new Saved(id, others);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@inspectionAccess.canPlan(principal, #org)")
	@Operation(
			summary = "Nhập kế hoạch năm từ CSV/XLSX (cột: Doanh nghiệp, Mã số thuế, Nội dung, Tháng, Đơn vị chủ trì, "
					+ "Đơn vị phối hợp, Hình thức, Căn cứ pháp lý, Dấu hiệu vi phạm); tất cả hoặc không")
	InspectionPlanImport.Result importPlan(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long org, @RequestParam int year, @RequestPart("file") MultipartFile file)
			throws IOException {
		return imports.run(scope.readable(user, org).id(), year, file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
	}

}
