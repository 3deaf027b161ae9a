package vn.ddcihub.plan;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.org.CurrentUser;

/** REST API of improvement plans: plans, goals, component targets, tasks, versions, my work and documents. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kế hoạch", description = "Kế hoạch nâng cao chỉ số DDCI: mục tiêu, chỉ tiêu thành phần, nhiệm vụ, văn bản")
class PlanApiController {

	private final PlanService plans;
	private final PlanDocuments documents;

	PlanApiController(PlanService plans, PlanDocuments documents) {
		this.plans = plans;
		this.documents = documents;
	}

	@GetMapping("/plans")
	@Operation(summary = "Các kế hoạch người dùng được xem")
	List<Plan> list(@AuthenticationPrincipal CurrentUser user) {
		return plans.visiblePlans(user);
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "Kế hoạch: mục tiêu, kiểm tra mục tiêu, chỉ tiêu thành phần với điểm xuất phát, nhiệm vụ và đơn vị")
	PlanDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return plans.detail(user, id);
	}

	@PostMapping("/plans")
	@Operation(summary = "Lập kế hoạch (COORDINATOR, ADMIN)")
	ResponseEntity<Map<String, Long>> create(@AuthenticationPrincipal CurrentUser user, @RequestBody PlanInput in) {
		long id = plans.create(user, in);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(Map.of("id", id));
	}

	@PutMapping("/plans/{id}")
	@Operation(summary = "Sửa thông tin, mục tiêu của kế hoạch; kế hoạch đã ban hành chuyển sang bản sửa đổi mới")
	ResponseEntity<Void> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody PlanInput in) {
		plans.update(user, id, in);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/issue")
	@Operation(summary = "Ban hành bản hiện tại: lưu ảnh chụp phiên bản và khóa")
	ResponseEntity<Void> issue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		plans.issue(user, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/plans/{id}/history")
	@Operation(summary = "Các lần ban hành và nhật ký thay đổi của kế hoạch, chỉ tiêu, nhiệm vụ, mới nhất trước, "
			+ "50 thay đổi một trang (page = 1, 2, …)")
	PlanHistory history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "1") int page) {
		return plans.history(user, id, page);
	}

	@GetMapping(value = "/plans/{id}/versions/{revision}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ảnh chụp JSON của một lần ban hành")
	String version(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int revision) {
		return plans.snapshot(user, id, revision);
	}

	@PostMapping("/plans/{id}/copy")
	@Operation(summary = "Sao chép kế hoạch sang năm sau (nhiệm vụ, phân công; điểm xuất phát từ kỳ mới)")
	ResponseEntity<Map<String, Long>> copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		long copy = plans.copyToNextYear(user, id);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + copy)).body(Map.of("id", copy));
	}

	@PostMapping("/plans/{id}/targets")
	@Operation(summary = "Thêm chỉ tiêu chỉ số thành phần")
	ResponseEntity<Map<String, Long>> addTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody TargetInput in) {
		long target = plans.addTarget(user, id, in);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(Map.of("id", target));
	}

	@PutMapping("/plans/{id}/targets/{targetId}")
	@Operation(summary = "Sửa chỉ tiêu chỉ số thành phần (điểm, đơn vị chủ trì, phối hợp, giải pháp)")
	ResponseEntity<Void> updateTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long targetId, @RequestBody TargetInput in) {
		plans.updateTarget(user, id, targetId, in);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks")
	@Operation(summary = "Thêm nhiệm vụ (targetId rỗng: nhiệm vụ chung); kind REGULAR|MONTHLY|QUARTERLY|YEARLY|ONE_OFF")
	ResponseEntity<Map<String, Long>> addTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody TaskInput in) {
		long task = plans.addTask(user, id, in);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/tasks/" + task)).body(Map.of("id", task));
	}

	@GetMapping("/plans/{id}/tasks/{taskId}")
	@Operation(summary = "Một nhiệm vụ")
	PlanTask task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId) {
		PlanTask task = plans.readableTask(user, taskId);
		if (task.planId() != id) {
			throw new vn.ddcihub.shared.NotFoundException("Không tìm thấy nhiệm vụ #" + taskId);
		}
		return task;
	}

	@PutMapping("/plans/{id}/tasks/{taskId}")
	@Operation(summary = "Sửa nhiệm vụ")
	ResponseEntity<Void> updateTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long taskId, @RequestBody TaskInput in) {
		plans.updateTask(user, id, taskId, in);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/move")
	@Operation(summary = "Đổi thứ tự nhiệm vụ: direction=up|down")
	ResponseEntity<Void> move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) String direction) {
		plans.moveTask(user, id, taskId, direction);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/retire")
	@Operation(summary = "Thôi thực hiện nhiệm vụ")
	ResponseEntity<Void> retire(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId) {
		plans.retireTask(user, id, taskId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/split")
	@Operation(summary = "Tách nhiệm vụ thành các phần: {\"titles\": [\"phần 1\", \"phần 2\", …]}")
	Map<String, List<Long>> split(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long taskId, @RequestBody SplitRequest request) {
		return Map.of("created", plans.splitTask(user, id, taskId, request.titles()));
	}

	record SplitRequest(List<String> titles) {
	}

	@GetMapping("/my-work")
	@Operation(summary = "Việc của tôi: nhiệm vụ đơn vị mình chủ trì, phối hợp (lãnh đạo: tất cả) với hạn tiếp theo")
	List<WorkItem> myWork(@AuthenticationPrincipal CurrentUser user) {
		return plans.myWork(user, LocalDate.now(PlanDocuments.ZONE));
	}

	@GetMapping("/plans/{id}/document")
	@Operation(summary = "Văn bản kế hoạch theo Nghị định 30/2020: format=docx|pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "docx") String format) {
		return documents.document(plans.full(user, id), format);
	}

	@GetMapping("/plans/document-template")
	@Operation(summary = "Mẫu Word có chỗ điền ({{so_ky_hieu}}, {{noi_dung}}…) để quản trị viên soạn ke-hoach.docx "
			+ "và đặt vào thư mục mẫu (ddci.templates-dir)")
	ResponseEntity<byte[]> template() {
		return documents.starterTemplate();
	}

	@GetMapping("/plans/{id}/annex")
	@Operation(summary = "Phụ lục phân công nhiệm vụ: format=xlsx|docx")
	ResponseEntity<byte[]> annex(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "xlsx") String format) {
		return documents.annex(plans.full(user, id), format);
	}
}
