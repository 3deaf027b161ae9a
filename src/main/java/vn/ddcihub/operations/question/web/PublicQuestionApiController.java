package vn.ddcihub.operations.question.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.question.PublicQuestions;
import vn.ddcihub.operations.question.PublicQuestions.Outcome;
import vn.ddcihub.operations.question.PublicQuestions.PublishedPage;
import vn.ddcihub.operations.question.PublicQuestions.Tracked;
import vn.ddcihub.operations.question.QuestionChallenges;
import vn.ddcihub.operations.question.QuestionChallenges.Challenge;
import vn.ddcihub.operations.question.QuestionInput;
import vn.ddcihub.operations.question.QuestionRating;
import vn.ddcihub.shared.NotFoundException;

/**
 * The public JSON API of business questions and petitions (no sign-in): the same limits
 * as the form — a challenge fetched first and answered once, the rate limit per address —
 * the status by tracking code, the rating, and the published list with its search without
 * diacritics. Attachments are sent through the form only.
 */
@RestController
@PreAuthorize("permitAll()")
@RequestMapping("/api/v1/public/questions")
@Tag(name = "Hỏi đáp công khai", description = "Gửi câu hỏi, phản ánh kiến nghị; tra cứu bằng mã; câu hỏi đã công khai")
class PublicQuestionApiController {

	private final PublicQuestions questions;

	private final QuestionChallenges challenges;

	PublicQuestionApiController(PublicQuestions questions, QuestionChallenges challenges) {
		this.questions = questions;
		this.challenges = challenges;
	}

	record Desk(long id, String name) {
	}

	record Received(String trackingCode) {
	}

	record CodeRequest(String code) {
	}

	record RatingRequest(String code, QuestionRating rating) {
	}

	/** What the sender sees: status and, once approved, the answer. */
	record Status(String title, String kind, String status, String dueOn, String answer, String answeredAt,
			String rating, boolean published) {

		static Status of(Tracked tracked) {
			var q = tracked.question();
			return new Status(q.title(), q.kind().name(), q.answered() ? "ANSWERED" : q.status().name(),
					q.dueOn() == null ? null : q.dueOn().toString(), q.answered() ? q.answer() : null,
					q.answeredAt() == null ? null : q.answeredAt().toString(),
					q.rating() == null ? null : q.rating().name(), q.published());
		}
	}

	@GetMapping("/organisations")
	@Operation(summary = "Các cơ quan tiếp nhận câu hỏi, phản ánh kiến nghị")
	List<Desk> desks() {
		return questions.desks().stream().map(o -> new Desk(o.id(), o.name())).toList();
	}

	@PostMapping("/challenge")
	@Operation(summary = "Một câu hỏi kiểm tra (phép cộng), trả lời một lần trong 60 phút khi gửi câu hỏi")
	Challenge challenge() {
		return challenges.create();
	}

	@PostMapping
	@Operation(
			summary = "Gửi câu hỏi hoặc phản ánh kiến nghị; trả về mã tra cứu (429 khi gửi quá nhiều từ một địa chỉ)")
	ResponseEntity<Received> submit(@Valid @RequestBody QuestionInput input, HttpServletRequest request) {
		Outcome outcome = questions.submit(input, List.of(), request.getRemoteAddr());
		if (outcome instanceof Outcome.Throttled throttled) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitSeconds()))
				.build();
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Received(((Outcome.Received) outcome).trackingCode()));
	}

	@PostMapping("/status")
	@Operation(summary = "Trạng thái của câu hỏi theo mã tra cứu (mã gửi trong thân, không nằm trong địa chỉ)")
	Status status(@RequestBody CodeRequest request) {
		return questions.track(request.code()).map(Status::of).orElseThrow(PublicQuestionApiController::unknownCode);
	}

	@PostMapping("/rating")
	@Operation(summary = "Người gửi đánh giá câu trả lời đã duyệt (một lần): SATISFIED hoặc DISSATISFIED")
	Status rate(@RequestBody RatingRequest request) {
		Optional<Tracked> tracked = request.rating() == null ? Optional.empty()
				: questions.rate(request.code(), request.rating());
		return tracked.map(Status::of).orElseThrow(PublicQuestionApiController::unknownCode);
	}

	@GetMapping("/published")
	@Operation(summary = "Câu hỏi và câu trả lời đã công khai, tìm không cần dấu, lọc theo lĩnh vực, theo trang")
	PublishedPage published(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "field", required = false) String field,
			@RequestParam(name = "page", defaultValue = "1") int page) {
		return questions.published(query == null ? "" : query, OpsField.parse(field).orElse(null), page);
	}

	private static NotFoundException unknownCode() {
		return new NotFoundException("operations.question.public.track.notFound");
	}

}
