package vn.ddcihub.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.ResponseFileReader;
import vn.ddcihub.survey.domain.ResponseFileReader.Options;
import vn.ddcihub.survey.domain.ResponseImports;
import vn.ddcihub.survey.domain.ResponseImports.Overview;

/**
 * A questionnaire's responses over REST: imports of response files (a dry run previews
 * every problem; a real one saves all or nothing), the responses per unit and the
 * imports, deleting an import. For ADMIN and the province bodies' coordinators who run
 * the ranking.
 */
@RestController
@PreAuthorize("@surveyAccess.canWrite(principal)")
@RequestMapping("/api/v1/questionnaires/{id}/responses")
@Tag(name = "Phiếu trả lời khảo sát / Survey responses",
		description = "Nhập phiếu trả lời từ KoboToolbox, ODK Central, LimeSurvey, Google Forms hoặc bảng tính")
public class ResponseApiController {

	private final ResponseImports imports;

	ResponseApiController(ResponseImports imports) {
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "Số phiếu trả lời theo đơn vị và các lần nhập của bảng hỏi")
	Overview responses(@PathVariable long id) {
		return imports.overview(id);
	}

	@PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập tệp phiếu trả lời (CSV hoặc XLSX); tất cả hoặc không gì cả", description = "Giới hạn: "
			+ ResponseFileReader.LIMITS + ". Mỗi dòng là câu trả lời của một doanh nghiệp về "
			+ "một đơn vị được đánh giá (cột don_vi, ma_don_vi, unit, unit_code, tiêu đề bắt đầu bằng “Đơn vị”, "
			+ "hoặc unitColumn). Cột ghép với câu hỏi theo tên hoặc nội dung; nhóm grp/q (KoboToolbox), grp-q (ODK), "
			+ "q[SQ001] (LimeSurvey) được hiểu. dryRun=true: 200 với mọi lỗi (errors) và lưu ý (warnings), số phiếu "
			+ "theo đơn vị, không lưu gì. Không dryRun: 201 với lần nhập đã lưu, hoặc 400 (problem details) liệt kê "
			+ "tối đa 100 lỗi đầu tiên (dòng, cột) trong problems và không lưu gì.")
	ResponseEntity<Object> importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(
					description = "KOBO, ODK, LIMESURVEY, GOOGLE_FORMS, SPREADSHEET; trống: nhận biết theo cột") @RequestParam(
							required = false) ResponseSource source,
			@Parameter(
					description = "Dấu phân cách lựa chọn trong một ô (mặc định: dấu cách; Google Forms: \", \")") @RequestParam(
							required = false) String separator,
			@Parameter(description = "Tiêu đề cột đơn vị") @RequestParam(required = false) String unitColumn) {
		Options options = new Options(source, separator, unitColumn);
		if (dryRun) {
			return ResponseEntity.ok(imports.dryRun(id, file.getOriginalFilename(), file.getSize(), file, options));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(imports.importFile(id, file.getOriginalFilename(), file.getSize(), file, options,
					user.getUsername()));
	}

	@DeleteMapping("/imports/{batchId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Xóa một lần nhập và các phiếu trả lời của nó (ghi nhật ký)")
	void deleteImport(@PathVariable long id, @PathVariable long batchId) {
		imports.deleteBatch(id, batchId);
	}

}
