package vn.ddcihub.plan.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.domain.IssueDecision;
import vn.ddcihub.plan.domain.MoveDirection;
import vn.ddcihub.plan.domain.PlanChanges;
import vn.ddcihub.plan.domain.PlanRevisions;
import vn.ddcihub.plan.domain.ReturnDecision;
import vn.ddcihub.plan.domain.PlanDetail;
import vn.ddcihub.plan.domain.PlanDocuments;
import vn.ddcihub.plan.domain.PlanHistory;
import vn.ddcihub.plan.domain.PlanInput;
import vn.ddcihub.plan.domain.PlanService;
import vn.ddcihub.plan.domain.TargetInput;
import vn.ddcihub.plan.domain.TaskInput;

/**
 * REST API of improvement plans: plans, goals, component targets, tasks, versions, my
 * work and documents.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Kế hoạch", description = "Kế hoạch nâng cao chỉ số DDCI: mục tiêu, chỉ tiêu thành phần, nhiệm vụ, văn bản")
public class PlanApiController {

	private final PlanService plans;

	private final PlanDocuments documents;

	private final PlanRevisions revisions;

	PlanApiController(PlanService plans, PlanDocuments documents, PlanRevisions revisions) {
		this.plans = plans;
		this.documents = documents;
		this.revisions = revisions;
	}

	@GetMapping("/plans")
	@Operation(summary = "Các kế hoạch người dùng được xem")
	List<Plan> list(@AuthenticationPrincipal CurrentUser user) {
		return plans.visiblePlans(user);
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	@Operation(
			summary = "Kế hoạch: mục tiêu, kiểm tra mục tiêu, chỉ tiêu thành phần với điểm xuất phát, nhiệm vụ và đơn vị")
	PlanDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return plans.detail(user, id);
	}

	@PostMapping("/plans")
	@PreAuthorize("@planAccess.canCreate(principal)")
	@Operation(summary = "Lập kế hoạch (COORDINATOR, ADMIN)")
	ResponseEntity<Map<String, Long>> create(@AuthenticationPrincipal CurrentUser user, @RequestBody PlanInput in) {
		long id = plans.create(user, in);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(Map.of("id", id));
	}

	@PutMapping("/plans/{id}")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Sửa thông tin, mục tiêu của kế hoạch; kế hoạch đã ban hành chuyển sang bản sửa đổi mới")
	ResponseEntity<Void> update(@PathVariable long id, @RequestBody PlanInput in) {
		plans.update(id, in);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/submit")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Văn phòng trình lãnh đạo bản dự thảo hoặc bản bị trả lại (DRAFT|RETURNED → SUBMITTED); "
			+ "bản đã trình không sửa được cho đến khi được ban hành hoặc trả lại")
	ResponseEntity<Void> submit(@PathVariable long id) {
		revisions.submit(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/issue")
	@PreAuthorize("@planAccess.canApprove(principal, #id)")
	@Operation(
			summary = "Lãnh đạo (LEADER) ban hành bản đã trình (SUBMITTED → ISSUED): lưu ảnh chụp phiên bản và khóa; "
					+ "thân tùy chọn {\"issuedOn\": \"2020-06-11\", \"signerTitle\": …, \"signerName\": …}, "
					+ "mặc định hôm nay và người ký của kế hoạch")
	ResponseEntity<Void> issue(@PathVariable long id, @RequestBody(required = false) IssueDecision decision) {
		revisions.issue(id, decision);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/return")
	@PreAuthorize("@planAccess.canApprove(principal, #id)")
	@Operation(summary = "Lãnh đạo (LEADER) trả lại bản đã trình kèm ý kiến (SUBMITTED → RETURNED): {\"comment\": …}")
	ResponseEntity<Void> returnForChanges(@PathVariable long id, @RequestBody ReturnDecision decision) {
		revisions.returnForChanges(id, decision);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/revise")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Mở bản sửa đổi của kế hoạch đã ban hành (ISSUED → DRAFT, lần N+1); bản đã ban hành vẫn "
			+ "có hiệu lực cho đến khi bản sửa đổi được ban hành")
	ResponseEntity<Void> revise(@PathVariable long id) {
		revisions.revise(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/plans/{id}/changes")
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	@Operation(summary = "Những gì bản sửa đổi đang soạn thay đổi so với bản có hiệu lực: từng trường của kế hoạch, "
			+ "chỉ tiêu, nhiệm vụ (ADDED|REMOVED|CHANGED)")
	PlanChanges changes(@PathVariable long id) {
		return revisions.changes(id);
	}

	@GetMapping("/plans/{id}/history")
	@PreAuthorize("@planAccess.canSeeHistory(principal, #id)")
	@Operation(summary = "Các lần ban hành và nhật ký thay đổi của kế hoạch, chỉ tiêu, nhiệm vụ, mới nhất trước, "
			+ "50 thay đổi một trang (page = 1, 2, …)")
	PlanHistory history(@PathVariable long id, @RequestParam(defaultValue = "1") int page) {
		return plans.history(id, page);
	}

	@GetMapping(value = "/plans/{id}/versions/{revision}", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	@Operation(summary = "Ảnh chụp JSON của một lần ban hành")
	String version(@PathVariable long id, @PathVariable int revision) {
		return plans.snapshot(id, revision);
	}

	@PostMapping("/plans/{id}/copy")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Sao chép kế hoạch sang năm sau (nhiệm vụ, phân công; điểm xuất phát từ kỳ mới)")
	ResponseEntity<Map<String, Long>> copy(@PathVariable long id) {
		long copy = plans.copyToNextYear(id);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + copy)).body(Map.of("id", copy));
	}

	@PostMapping("/plans/{id}/targets")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Thêm chỉ tiêu chỉ số thành phần")
	ResponseEntity<Map<String, Long>> addTarget(@PathVariable long id, @RequestBody TargetInput in) {
		long target = plans.addTarget(id, in);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(Map.of("id", target));
	}

	@PutMapping("/plans/{id}/targets/{targetId}")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Sửa chỉ tiêu chỉ số thành phần (điểm, đơn vị chủ trì, phối hợp, giải pháp)")
	ResponseEntity<Void> updateTarget(@PathVariable long id, @PathVariable long targetId, @RequestBody TargetInput in) {
		plans.updateTarget(id, targetId, in);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/plans/{id}/targets/{targetId}")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Bỏ chỉ tiêu chỉ số thành phần (khi không còn nhiệm vụ đang thực hiện)")
	ResponseEntity<Void> removeTarget(@PathVariable long id, @PathVariable long targetId) {
		plans.removeTarget(id, targetId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Thêm nhiệm vụ (targetId rỗng: nhiệm vụ chung); kind REGULAR|MONTHLY|QUARTERLY|YEARLY|ONE_OFF")
	ResponseEntity<Map<String, Long>> addTask(@PathVariable long id, @RequestBody TaskInput in) {
		long task = plans.addTask(id, in);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/tasks/" + task)).body(Map.of("id", task));
	}

	@GetMapping("/plans/{id}/tasks/{taskId}")
	@PreAuthorize("@planAccess.canReadTask(principal, #id, #taskId)")
	@Operation(summary = "Một nhiệm vụ")
	PlanTask task(@PathVariable long id, @PathVariable long taskId) {
		return plans.task(id, taskId);
	}

	@PutMapping("/plans/{id}/tasks/{taskId}")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Sửa nhiệm vụ")
	ResponseEntity<Void> updateTask(@PathVariable long id, @PathVariable long taskId, @RequestBody TaskInput in) {
		plans.updateTask(id, taskId, in);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/move")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Đổi thứ tự nhiệm vụ: direction=up|down")
	ResponseEntity<Void> move(@PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) String direction) {
		plans.moveTask(id, taskId, MoveDirection.of(direction));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/retire")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Thôi thực hiện nhiệm vụ")
	ResponseEntity<Void> retire(@PathVariable long id, @PathVariable long taskId) {
		plans.retireTask(id, taskId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/restore")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Hoàn tác thôi thực hiện: nhiệm vụ trở lại đúng vị trí cũ")
	ResponseEntity<Void> restore(@PathVariable long id, @PathVariable long taskId) {
		plans.restoreTask(id, taskId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/split")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	@Operation(summary = "Tách nhiệm vụ thành các phần: {\"titles\": [\"phần 1\", \"phần 2\", …]}")
	Map<String, List<Long>> split(@PathVariable long id, @PathVariable long taskId, @RequestBody SplitRequest request) {
		return Map.of("created", plans.splitTask(id, taskId, request.titles()));
	}

	record SplitRequest(List<String> titles) {
	}

	@GetMapping("/plans/{id}/document")
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	@Operation(summary = "Văn bản kế hoạch theo Nghị định 30/2020: format=docx|pdf")
	ResponseEntity<byte[]> document(@PathVariable long id, @RequestParam(defaultValue = "docx") String format) {
		return documents.document(plans.full(id), format);
	}

	@GetMapping("/plans/document-template")
	@Operation(summary = "Mẫu Word có chỗ điền ({{so_ky_hieu}}, {{noi_dung}}…) để quản trị viên soạn ke-hoach.docx "
			+ "và đặt vào thư mục mẫu (ddci.templates-dir)")
	ResponseEntity<byte[]> template() {
		return documents.starterTemplate();
	}

	@GetMapping("/plans/{id}/annex")
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	@Operation(summary = "Phụ lục phân công nhiệm vụ: format=xlsx|docx")
	ResponseEntity<byte[]> annex(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
		return documents.annex(plans.full(id), format);
	}

}
