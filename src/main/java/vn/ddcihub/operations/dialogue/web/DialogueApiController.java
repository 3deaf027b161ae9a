package vn.ddcihub.operations.dialogue.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.operations.dialogue.ActionInput;
import vn.ddcihub.operations.dialogue.ActionUpdate;
import vn.ddcihub.operations.dialogue.Dialogue;
import vn.ddcihub.operations.dialogue.DialogueInput;
import vn.ddcihub.operations.dialogue.Dialogues;
import vn.ddcihub.operations.dialogue.Dialogues.QuarterCount;
import vn.ddcihub.operations.dialogue.FollowUps;
import vn.ddcihub.operations.dialogue.IssueInput;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.VietnamTime;

/** Dialogues with businesses, their issues and follow-up actions, as JSON. */
@RestController
@RequestMapping("/api/v1/operations/dialogues")
@Tag(name = "Đối thoại doanh nghiệp", description = "Business dialogues, issues raised and follow-up actions")
@PreAuthorize("isAuthenticated()")
class DialogueApiController {

	private final Dialogues dialogues;

	private final FollowUps followUps;

	private final OrganisationScope scope;

	DialogueApiController(Dialogues dialogues, FollowUps followUps, OrganisationScope scope) {
		this.dialogues = dialogues;
		this.followUps = followUps;
		this.scope = scope;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Các cuộc đối thoại của một năm (org: cơ quan, cho ADMIN/VIEWER)")
	List<Dialogue.Summary> list(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(required = false) Long org) {
		return dialogues.list(scope.readable(user, org).id(), year, VietnamTime.today());
	}

	@GetMapping("/quarters")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "Số cuộc đối thoại mỗi quý; missing = quý đã qua mà không có cuộc nào (yêu cầu tối thiểu mỗi quý)")
	List<QuarterCount> quarters(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(required = false) Long org) {
		return dialogues.quarters(scope.readable(user, org).id(), year, VietnamTime.today());
	}

	@GetMapping("/{id}")
	@PreAuthorize("@dialogueAccess.canRead(principal, #id)")
	@Operation(summary = "Một cuộc đối thoại với doanh nghiệp tham dự, kiến nghị và việc cần làm")
	Dialogue dialogue(@PathVariable long id) {
		return dialogues.get(id, VietnamTime.today());
	}

	@PostMapping
	@PreAuthorize("@dialogueAccess.canRecord(principal, #org)")
	@Operation(
			summary = "Ghi nhận cuộc đối thoại; businesses: mỗi dòng \"tên; mã số thuế\"; kind QUARTERLY|THEMATIC|MEETING")
	ResponseEntity<Map<String, Long>> create(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long org, @Valid @RequestBody DialogueInput in) {
		Organisation organisation = scope.readable(user, org);
		long id = dialogues.create(organisation.id(), in, null, false);
		return ResponseEntity.created(URI.create("/api/v1/operations/dialogues/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/{id}/issues")
	@PreAuthorize("@dialogueAccess.canManage(principal, #id)")
	@Operation(summary = "Thêm kiến nghị, vướng mắc doanh nghiệp nêu tại cuộc đối thoại")
	ResponseEntity<Map<String, Long>> addIssue(@PathVariable long id, @Valid @RequestBody IssueInput in) {
		long issue = dialogues.addIssue(id, in);
		return ResponseEntity.created(URI.create("/api/v1/operations/dialogues/" + id)).body(Map.of("id", issue));
	}

	@PostMapping("/{id}/issues/{issueId}/actions")
	@PreAuthorize("@dialogueAccess.canManage(principal, #id)")
	@Operation(summary = "Giao việc cần làm cho một kiến nghị: đơn vị chủ trì và hạn")
	ResponseEntity<Map<String, Long>> addAction(@PathVariable long id, @PathVariable long issueId,
			@Valid @RequestBody ActionInput in) {
		long action = dialogues.addAction(id, issueId, in);
		return ResponseEntity.created(URI.create("/api/v1/operations/dialogues/actions/" + action))
			.body(Map.of("id", action));
	}

	@GetMapping("/actions")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Việc cần làm chưa xong (của một đơn vị khi có unit), quá hạn trước; overdue = quá hạn")
	List<Dialogue.FollowUp> openActions(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long org, @RequestParam(required = false) Long unit) {
		return followUps.open(scope.readable(user, org).id(), unit, VietnamTime.today());
	}

	@GetMapping("/actions/{actionId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Một việc cần làm")
	Dialogue.FollowUp action(@AuthenticationPrincipal CurrentUser user, @PathVariable long actionId) {
		return followUps.find(actionId, VietnamTime.today())
			.filter(a -> followUps.ownerOf(actionId).map(o -> user.canRead(o[0])).orElse(false))
			.orElseThrow(() -> new vn.ddcihub.shared.NotFoundException("operations.action.notFound", actionId));
	}

	@PutMapping("/actions/{actionId}")
	@PreAuthorize("@dialogueAccess.canUpdateAction(principal, #actionId)")
	@Operation(
			summary = "Cập nhật việc cần làm (đơn vị chủ trì hoặc Văn phòng): status OPEN|IN_PROGRESS|DONE|NOT_FEASIBLE; NOT_FEASIBLE cần reason")
	Dialogue.FollowUp updateAction(@PathVariable long actionId, @Valid @RequestBody ActionUpdate in) {
		return followUps.update(actionId, in, VietnamTime.today());
	}

}
