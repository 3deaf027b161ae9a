package vn.ddcihub.operations.kpi.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.index.ComponentKpis.KpiTile;
import vn.ddcihub.operations.kpi.KpiBoard;
import vn.ddcihub.operations.kpi.KpiCatalogue;
import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiMappings;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiTargets;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/** The operational KPI catalogue, readings, tiles and the KPI → component mapping. */
@RestController
@RequestMapping("/api/v1/operations/kpis")
@Tag(name = "Chỉ số tác nghiệp",
		description = "Operational KPIs of every lever, their readings and the components they move")
@PreAuthorize("isAuthenticated()")
class KpiApiController {

	private final KpiCatalogue catalogue;

	private final KpiBoard board;

	private final KpiMappings mappings;

	private final KpiTargets targets;

	private final OrganisationScope scope;

	KpiApiController(KpiCatalogue catalogue, KpiBoard board, KpiMappings mappings, KpiTargets targets,
			OrganisationScope scope) {
		this.catalogue = catalogue;
		this.board = board;
		this.mappings = mappings;
		this.targets = targets;
		this.scope = scope;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "Danh mục KPI của mọi mảng tác nghiệp: mã, khóa tên, đơn vị đo, chiều tốt, chỉ số thành phần mặc định")
	List<KpiDefinition> definitions() {
		return catalogue.definitions();
	}

	@GetMapping("/readings")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Giá trị KPI theo tháng (month 1–12) và cả năm (month 0) của các năm from–to")
	List<KpiReading> readings(@AuthenticationPrincipal CurrentUser user, @RequestParam int from, @RequestParam int to,
			@RequestParam(required = false) Long org) {
		return catalogue.readings(scope.readable(user, org).id(), from, Math.min(to, from + 20));
	}

	@GetMapping("/tiles")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "Ô KPI của một năm (chỉ KPI có số liệu), kèm chỉ số thành phần, năm trước, diễn biến và chỉ tiêu")
	List<KpiTile> tiles(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(required = false) Long org) {
		return board.tiles(scope.readable(user, org).id(), year);
	}

	@GetMapping("/components")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Ánh xạ KPI → chỉ số thành phần của cơ quan")
	Map<String, List<String>> mapping(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long org) {
		return mappings.components(scope.readable(user, org).id());
	}

	@PutMapping("/{code}/components")
	@PreAuthorize("@kpiAccess.canManage(principal, #org)")
	@Operation(summary = "Đổi các chỉ số thành phần mà KPI tác động (Văn phòng, ADMIN; ghi nhật ký)")
	Map<String, List<String>> changeMapping(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(required = false) Long org, @RequestBody List<String> components) {
		long organisationId = scope.readable(user, org).id();
		mappings.change(organisationId, code, components);
		return Map.of(code, mappings.components(organisationId).get(code));
	}

	@PutMapping("/{code}/targets/{year}")
	@PreAuthorize("@kpiAccess.canManage(principal, #org)")
	@Operation(summary = "Đặt chỉ tiêu năm của KPI; body null để bỏ (Văn phòng, ADMIN; ghi nhật ký)")
	Map<String, Double> setTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable int year, @RequestParam(required = false) Long org,
			@RequestBody(required = false) Double target) {
		long organisationId = scope.readable(user, org).id();
		catalogue.definition(code).orElseThrow(() -> new NotFoundException("operations.kpi.notFound", code));
		targets.set(organisationId, code, year, target);
		return targets.of(organisationId, year);
	}

}
