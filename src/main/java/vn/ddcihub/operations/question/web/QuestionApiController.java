package vn.ddcihub.operations.question.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.question.Question;
import vn.ddcihub.operations.question.QuestionFigures;
import vn.ddcihub.operations.question.QuestionFigures.Figures;
import vn.ddcihub.operations.question.QuestionWorkflow;
import vn.ddcihub.operations.question.QuestionWorkflow.InboxFilter;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;

/**
 * The back office of questions and petitions for scripts: the inbox, one item, and the
 * workflow steps with the same rules as the pages ({@link QuestionWorkflow}).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'COORDINATOR', 'UNIT_STAFF')")
@RequestMapping("/api/v1/operations/questions")
@Tag(name = "Hỏi đáp, PAKN", description = "Hộp thư câu hỏi, phản ánh kiến nghị: giao, trả lời, phê duyệt, số liệu")
class QuestionApiController {

	private final QuestionWorkflow workflow;

	private final QuestionFigures figures;

	QuestionApiController(QuestionWorkflow workflow, QuestionFigures figures) {
		this.workflow = workflow;
		this.figures = figures;
	}

	record Assignment(Long unitId, LocalDate dueOn) {
	}

	record AnswerDraft(String answer, Boolean submit) {
	}

	record Comment(String text) {
	}

	@GetMapping
	@Operation(
			summary = "Câu hỏi của một cơ quan (mặc định: của người gọi), lọc theo trạng thái, lĩnh vực, đơn vị, quá hạn, từ khóa không dấu")
	List<Question> inbox(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "organisationId", required = false) Long organisationId,
			@RequestParam(name = "stage", required = false) String stage,
			@RequestParam(name = "field", required = false) String field,
			@RequestParam(name = "unitId", required = false) Long unitId,
			@RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
			@RequestParam(name = "q", required = false) String query) {
		return workflow.inbox(user, organisation(user, organisationId),
				new InboxFilter(stage != null && QuestionWorkflow.STAGES.contains(stage) ? stage : null, unitId,
						OpsField.parse(field).orElse(null), overdue, query == null ? "" : query));
	}

	@GetMapping("/{id}")
	@PreAuthorize("@questionAccess.canSee(principal, #id)")
	@Operation(summary = "Một câu hỏi, phản ánh kiến nghị")
	Question item(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return workflow.get(user, id);
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("@questionAccess.canAssign(principal, #id)")
	@Operation(summary = "Giao đơn vị trả lời với hạn (mặc định theo số ngày làm việc cấu hình) — Văn phòng")
	Question assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Assignment assignment) {
		if (assignment.unitId() == null) {
			throw new BadInputException("operations.question.unit.unknown");
		}
		return workflow.assign(user, id, assignment.unitId(), assignment.dueOn());
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize("@questionAccess.canDraft(principal, #id)")
	@Operation(summary = "Lưu dự thảo trả lời; submit=true gửi lãnh đạo duyệt — cán bộ đơn vị được giao")
	Question answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AnswerDraft draft) {
		return workflow.draft(user, id, draft.answer(), Boolean.TRUE.equals(draft.submit()));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("@questionAccess.canApprove(principal, #id)")
	@Operation(summary = "Phê duyệt câu trả lời (công khai trừ khi Văn phòng quyết định không công khai) — lãnh đạo")
	Question approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return workflow.approve(user, id);
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@questionAccess.canApprove(principal, #id)")
	@Operation(summary = "Trả lại đơn vị kèm ý kiến — lãnh đạo")
	Question returnToUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Comment comment) {
		return workflow.returnToUnit(user, id, comment.text());
	}

	@PostMapping("/{id}/withhold")
	@PreAuthorize("@questionAccess.canAssign(principal, #id)")
	@Operation(summary = "Không công khai (lý do), hoặc công khai lại với lý do trống — Văn phòng")
	Question withhold(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Comment reason) {
		return workflow.withhold(user, id, reason.text());
	}

	@GetMapping("/figures")
	@Operation(
			summary = "Số liệu theo tháng tiếp nhận và cả năm (tháng 0): tiếp nhận, trả lời, đúng hạn, công khai, hài lòng")
	List<Figures> figures(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "organisationId", required = false) Long organisationId,
			@RequestParam(name = "year") int year) {
		long organisation = organisation(user, organisationId);
		if (!QuestionWorkflow.canRead(user, organisation)) {
			throw new AccessDeniedException("figures of another organisation");
		}
		return figures.year(organisation, year);
	}

	private static long organisation(CurrentUser user, Long chosen) {
		if (chosen != null) {
			return chosen;
		}
		if (user.organisationId() == null) {
			throw new BadInputException("operations.question.organisation.unknown");
		}
		return user.organisationId();
	}

}
