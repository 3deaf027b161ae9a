package vn.ddcihub.execution.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import vn.ddcihub.execution.domain.EvidenceFiles;
import vn.ddcihub.execution.domain.ReportDraft;
import vn.ddcihub.execution.domain.ReportReview;
import vn.ddcihub.execution.domain.ReportView;
import vn.ddcihub.execution.domain.ReportViews;
import vn.ddcihub.execution.domain.UnitReports;
import vn.ddcihub.shared.BadInputException;

/**
 * REST API of unit reports: start, read, save the draft (naming the version read),
 * submit, return or accept, the timeline, evidence files and leaders' comments.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Báo cáo đơn vị",
		description = "Báo cáo của đơn vị theo kỳ: nháp, gửi, trả lại, chấp nhận; minh chứng (PDF, DOCX, XLSX, JPG, PNG, "
				+ "tối đa 20 MB mỗi tệp, loại tệp xác định từ nội dung); ý kiến chỉ đạo; dòng thời gian")
public class ReportApiController {

	private final UnitReports reports;

	private final ReportReview review;

	private final ReportViews views;

	private final EvidenceFiles evidence;

	ReportApiController(UnitReports reports, ReportReview review, ReportViews views, EvidenceFiles evidence) {
		this.reports = reports;
		this.review = review;
		this.views = views;
		this.evidence = evidence;
	}

	/** The unit whose report is started. */
	record StartRequest(Long unitId) {
	}

	/**
	 * A review decision or a submission: the comment and, optionally, the version read.
	 */
	record Decision(String comment, Integer version) {
	}

	/** A leader's comment on one task of the report. */
	record CommentRequest(Long taskId, String body) {
	}

	@PostMapping("/periods/{periodId}/reports")
	@PreAuthorize("#request == null || #request.unitId() == null"
			+ " ? @executionAccess.canStartReports(principal, #periodId)"
			+ " : @executionAccess.canReportFor(principal, #periodId, #request.unitId())")
	@Operation(summary = "Bắt đầu (hoặc mở) báo cáo của đơn vị trong kỳ: {\"unitId\": …} → 201 và Location; "
			+ "đã có thì 200 với báo cáo đó; kỳ đã khóa → 409")
	ResponseEntity<ReportView> start(@PathVariable long periodId, @RequestBody StartRequest request) {
		if (request.unitId() == null) {
			throw new BadInputException("execution.report.start.unitRequired");
		}
		UnitReports.Started started = reports.start(periodId, request.unitId());
		URI location = URI.create("/api/v1/reports/" + started.reportId());
		ReportView view = views.of(started.reportId());
		return started.created() ? ResponseEntity.created(location).body(view)
				: ResponseEntity.ok().location(location).body(view);
	}

	@GetMapping("/reports/{id}")
	@PreAuthorize("@executionAccess.canReadReport(principal, #id)")
	@Operation(summary = "Báo cáo: kỳ, đơn vị, trạng thái, hạn, nhiệm vụ theo chỉ số thành phần, minh chứng, "
			+ "đóng góp của đơn vị phối hợp, ý kiến chỉ đạo, dòng thời gian")
	ReportView get(@PathVariable long id) {
		return views.of(id);
	}

	@PutMapping("/reports/{id}")
	@PreAuthorize("@executionAccess.canEditReport(principal, #id)")
	@Operation(summary = "Lưu nháp: {\"version\": phiên bản đã đọc, \"entries\": [{\"taskId\", \"status\" "
			+ "(NOT_STARTED|IN_PROGRESS|DONE|BEHIND|BLOCKED), \"progress\" 0–100, \"results\", \"difficulties\", "
			+ "\"proposals\", \"explanation\", \"figures\": [{\"label\", \"value\", \"unit\"}]}]}; lỗi nêu trường "
			+ "dạng results_{taskId}; phiên bản cũ → 409; đã gửi hoặc đã chấp nhận → 409")
	ReportView save(@PathVariable long id, @RequestBody ReportDraft draft) {
		reports.save(id, draft);
		return views.of(id);
	}

	@PostMapping("/reports/{id}/submit")
	@PreAuthorize("@executionAccess.canEditReport(principal, #id)")
	@Operation(summary = "Gửi báo cáo cho Văn phòng (nháp hoặc bị trả lại → đã gửi); nhiệm vụ chậm tiến độ hoặc có "
			+ "vướng mắc phải có giải trình (explanation_{taskId}); thân tùy chọn {\"version\": …}")
	ReportView submit(@PathVariable long id, @RequestBody(required = false) Decision decision) {
		reports.submit(id, decision == null ? null : decision.version());
		return views.of(id);
	}

	@PostMapping("/reports/{id}/return")
	@PreAuthorize("@executionAccess.canReview(principal, #id)")
	@Operation(summary = "Văn phòng trả lại báo cáo đã gửi kèm ý kiến bắt buộc: {\"comment\": …, \"version\"?}")
	ReportView returnToUnit(@PathVariable long id, @RequestBody(required = false) Decision decision) {
		review.returnToUnit(id, decision == null ? null : decision.comment(),
				decision == null ? null : decision.version());
		return views.of(id);
	}

	@PostMapping("/reports/{id}/accept")
	@PreAuthorize("@executionAccess.canReview(principal, #id)")
	@Operation(summary = "Văn phòng chấp nhận báo cáo đã gửi; sau đó không ai sửa được (409): {\"comment\"?, "
			+ "\"version\"?}")
	ReportView accept(@PathVariable long id, @RequestBody(required = false) Decision decision) {
		review.accept(id, decision == null ? null : decision.comment(), decision == null ? null : decision.version());
		return views.of(id);
	}

	@GetMapping("/reports/{id}/timeline")
	@PreAuthorize("@executionAccess.canReadReport(principal, #id)")
	@Operation(summary = "Dòng thời gian của báo cáo: ai, khi nào, làm gì, ý kiến")
	List<ReportView.TimelineEntry> timeline(@PathVariable long id) {
		return views.of(id).timeline();
	}

	@PostMapping(path = "/reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@executionAccess.canEditReport(principal, #id)")
	@Operation(summary = "Đính kèm minh chứng (multipart: file, taskId tùy chọn): PDF, DOCX, XLSX, JPG, PNG, tối đa "
			+ "20 MB mỗi tệp; loại tệp xác định từ nội dung và phải khớp đuôi tệp; cùng một tệp chỉ lưu một lần")
	@ApiResponse(responseCode = "400",
			description = "Tệp bị từ chối: quá 20 MB, loại không nhận hoặc đuôi không khớp nội dung (problems nêu tên tệp"
					+ " và quy tắc) / File refused: over 20 MB, a type not accepted, or an extension that does not match")
	@ApiResponse(responseCode = "413", description = "Yêu cầu quá 100 MB, không đọc / Request over 100 MB, not read")
	ResponseEntity<ReportView.Attachment> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Long taskId) {
		long attachmentId = evidence.attach(id, taskId, ReportForms.upload(file), "file");
		return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/attachments/" + attachmentId))
			.body(evidence.attachment(id, attachmentId));
	}

	@GetMapping("/reports/{id}/attachments/{attachmentId}")
	@PreAuthorize("@executionAccess.canReadReport(principal, #id)")
	@Operation(summary = "Tải minh chứng về (đúng Content-Type, tên tệp UTF-8)")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
		return ReportForms.download(evidence.download(id, attachmentId));
	}

	@DeleteMapping("/reports/{id}/attachments/{attachmentId}")
	@PreAuthorize("@executionAccess.canEditReport(principal, #id)")
	@Operation(summary = "Xóa minh chứng khi báo cáo còn sửa được")
	ResponseEntity<Void> deleteAttachment(@PathVariable long id, @PathVariable long attachmentId) {
		evidence.delete(id, attachmentId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/reports/{id}/comments")
	@PreAuthorize("@executionAccess.canComment(principal, #id)")
	@Operation(summary = "Ý kiến chỉ đạo của lãnh đạo về một nhiệm vụ của báo cáo: {\"taskId\": …, \"body\": …}")
	ResponseEntity<Map<String, Long>> comment(@PathVariable long id, @RequestBody CommentRequest request) {
		if (request.taskId() == null) {
			throw new BadInputException("execution.report.comment.taskRequired");
		}
		long commentId = review.comment(id, request.taskId(), request.body());
		return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(Map.of("id", commentId));
	}

}
