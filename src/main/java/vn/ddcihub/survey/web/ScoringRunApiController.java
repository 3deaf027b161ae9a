package vn.ddcihub.survey.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.survey.domain.RunResult;
import vn.ddcihub.survey.domain.ScoringRun;
import vn.ddcihub.survey.domain.ScoringRunInput;
import vn.ddcihub.survey.domain.ScoringRuns;

/**
 * Scoring runs over REST, for whoever runs the ranking (ADMIN, a COORDINATOR of a
 * province body): start one (202 and its address; the work runs as a background job on
 * any node), follow its status and progress, read its result, cancel it, publish it into
 * its edition.
 */
@RestController
@PreAuthorize("@surveyAccess.canWrite(principal)")
@Tag(name = "Lượt chấm điểm / Scoring runs",
		description = "Chấm điểm bảng hỏi từ phiếu trả lời: chuẩn hoá, bootstrap, độ nhạy; công bố vào kỳ đánh giá")
public class ScoringRunApiController {

	private final ScoringRuns runs;

	ScoringRunApiController(ScoringRuns runs) {
		this.runs = runs;
	}

	/**
	 * A run with its result once DONE (null before).
	 */
	record RunView(ScoringRun run, RunResult result) {
	}

	/** The version of the edition's results a run was published as. */
	record PublicationView(long runId, int version) {
	}

	@PostMapping("/api/v1/questionnaires/{id}/runs")
	@Operation(summary = "Bắt đầu lượt chấm điểm (202, Location: /api/v1/runs/{id})",
			description = "normalisation: MIN_MAX (mặc định), POOLED_MIN_MAX (pooledYears: \"2019, 2018\" — ngưỡng lấy từ "
					+ "phiếu trả lời đã lưu của các kỳ đó), GOALPOSTS (goalposts: mỗi dòng \"mã; min; max\" cho mọi chỉ tiêu), "
					+ "Z_SCORE, RANK; minResponses (mặc định 30); winsorise; imputation: NONE, BLOCK_MEAN, COMPONENT_MEAN; "
					+ "replicates (B, mặc định 1000); seed (trống: ngẫu nhiên, được lưu); sensitivityRuns (mặc định 1000); "
					+ "weightVariation (± %, mặc định 20). Trường bỏ trống lấy giá trị mặc định.")
	ResponseEntity<RunView> start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) ScoringRunInput input) {
		ScoringRun run = runs.start(id, withDefaults(input), user);
		return ResponseEntity.accepted().location(URI.create("/api/v1/runs/" + run.id())).body(new RunView(run, null));
	}

	@GetMapping("/api/v1/questionnaires/{id}/runs")
	@Operation(summary = "Các lượt chấm điểm của một bảng hỏi, mới nhất trước (không kèm kết quả)")
	List<ScoringRun> list(@PathVariable long id) {
		return runs.ofQuestionnaire(id);
	}

	@GetMapping("/api/v1/runs/{id}")
	@Operation(summary = "Một lượt chấm điểm: trạng thái (QUEUED, RUNNING, DONE, FAILED, CANCELLED), tiến độ 0–100, "
			+ "giai đoạn, tham số và hạt giống; kết quả khi DONE")
	RunView get(@PathVariable long id) {
		ScoringRun run = runs.get(id);
		return new RunView(run, runs.result(id).orElse(null));
	}

	@DeleteMapping("/api/v1/runs/{id}")
	@Operation(summary = "Huỷ lượt chấm điểm: ngay khi đang chờ, giữa hai lần lặp khi đang chạy (202); "
			+ "400 khi đã kết thúc")
	ResponseEntity<RunView> cancel(@PathVariable long id) {
		return ResponseEntity.accepted().body(new RunView(runs.cancel(id), null));
	}

	/** The reason for publishing again over results the edition already has. */
	record PublicationRequest(@jakarta.validation.constraints.Size(max = 1000,
			message = "{validation.tooLong}") @vn.ddcihub.shared.Label("surveyRun.field.reason") String reason) {
	}

	@PutMapping("/api/v1/runs/{id}/publication")
	@Operation(summary = "Công bố kết quả lượt chấm điểm (DONE) vào kỳ đánh giá",
			description = "Kỳ đã có kết quả: cần lý do (reason); kết quả cũ được giữ thành phiên bản trước. "
					+ "Trả về số phiên bản được công bố.")
	PublicationView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@jakarta.validation.Valid @RequestBody(required = false) PublicationRequest request) {
		return new PublicationView(id, runs.publish(id, request == null ? null : request.reason(), user));
	}

	private static ScoringRunInput withDefaults(ScoringRunInput input) {
		ScoringRunInput d = ScoringRunInput.defaults();
		if (input == null) {
			return d;
		}
		return new ScoringRunInput(input.normalisation() == null ? d.normalisation() : input.normalisation(),
				input.pooledYears(), input.goalposts(),
				input.minResponses() == null ? d.minResponses() : input.minResponses(), input.winsorise(),
				input.imputation() == null ? d.imputation() : input.imputation(),
				input.replicates() == null ? d.replicates() : input.replicates(), input.seed(),
				input.sensitivityRuns() == null ? d.sensitivityRuns() : input.sensitivityRuns(),
				input.weightVariation() == null ? d.weightVariation() : input.weightVariation());
	}

}
