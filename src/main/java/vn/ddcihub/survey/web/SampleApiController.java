package vn.ddcihub.survey.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.survey.domain.LetterDetails;
import vn.ddcihub.survey.domain.ResponseRate;
import vn.ddcihub.survey.domain.SampleFileReader;
import vn.ddcihub.survey.domain.SampledBusiness;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.SurveyCodes;
import vn.ddcihub.survey.domain.SurveyDays;

/**
 * The sample of a questionnaire and its one-time codes over REST (whoever runs the
 * ranking), and the response rate (every signed-in user, as the questionnaire). Codes are
 * handed out only in the letters, the SMS/e-mail file and the answer to a renewal.
 */
@RestController
@PreAuthorize("@surveyAccess.canWrite(principal)")
@RequestMapping("/api/v1/questionnaires/{id}")
@Tag(name = "Mẫu khảo sát và mã khảo sát / Sample and one-time codes",
		description = "Mẫu khảo sát, mã khảo sát dùng một lần, thư mời, tỷ lệ phản hồi")
public class SampleApiController {

	private final Samples samples;

	SampleApiController(Samples samples) {
		this.samples = samples;
	}

	/** A business of the sample as the API shows it: never its code. */
	record SampleRow(long id, int row, String businessName, String taxCode, String phone, String email,
			List<String> unitCodes, SampledBusiness.CodeState code, OffsetDateTime codeIssuedAt) {

		static SampleRow of(SampledBusiness b) {
			return new SampleRow(b.id(), b.row(), b.businessName(), b.taxCode(), b.phone(), b.email(), b.unitCodes(),
					b.codeState(), b.codeIssuedAt());
		}

	}

	/** A business with its new code. */
	record RenewedCode(SampleRow business, String code, String link) {
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@GetMapping("/sample")
	@Operation(summary = "Các doanh nghiệp trong mẫu khảo sát và trạng thái mã (NONE, ISSUED, USED)")
	List<SampleRow> sample(@PathVariable long id) {
		return samples.sample(id).stream().map(SampleRow::of).toList();
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping(value = "/sample", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập mẫu khảo sát từ tệp CSV (UTF-8) hoặc XLSX; thay toàn bộ mẫu; tất cả hoặc không gì cả",
			description = "Giới hạn: " + SampleFileReader.LIMITS
					+ ". Cột: tên doanh nghiệp, mã số thuế (10 hoặc 13 chữ "
					+ "số), điện thoại và/hoặc e-mail, đơn vị đã làm việc (mã hoặc tên, cách nhau bởi ; hoặc ,). "
					+ "Tệp lỗi → 400 với tối đa 100 lỗi đầu tiên (dòng, cột) trong problems; không lưu gì.")
	Map<String, Integer> importSample(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		return Map.of("businesses", samples.importFile(id, file.getOriginalFilename(), file.getSize(), file));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@GetMapping("/sample/days")
	@Operation(summary = "Thời gian khảo sát trực tuyến (mã hết hạn sau ngày đóng)")
	SurveyDays days(@PathVariable long id) {
		return samples.surveyDays(id);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PutMapping("/sample/days")
	@Operation(summary = "Đặt ngày mở và ngày đóng khảo sát trực tuyến (yyyy-MM-dd)")
	SurveyDays setDays(@PathVariable long id, @Valid @RequestBody SurveyDays days) {
		return samples.setSurveyDays(id, days);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/sample/codes")
	@Operation(summary = "Cấp mã khảo sát cho các doanh nghiệp chưa có mã (cần đặt thời gian khảo sát trước)")
	Map<String, Integer> issueCodes(@PathVariable long id) {
		return Map.of("issued", samples.issueCodes(id));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/sample/{sampleId}/code")
	@Operation(summary = "Cấp mã mới cho một doanh nghiệp; mã cũ không còn dùng được")
	RenewedCode renewCode(@PathVariable long id, @PathVariable long sampleId) {
		SampledBusiness business = samples.renewCode(id, sampleId);
		return new RenewedCode(SampleRow.of(business), SurveyCodes.grouped(business.code()),
				samples.portal() + "?ma=" + SurveyCodes.grouped(business.code()));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@GetMapping("/sample/codes.csv")
	@Operation(summary = "Tệp gửi SMS/e-mail: doanh nghiệp, điện thoại, e-mail, mã, đường dẫn kèm mã, hạn trả lời")
	ResponseEntity<byte[]> codesCsv(@PathVariable long id) {
		return SamplePageController.csv(id, samples.codesCsv(id));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/sample/letters")
	@Operation(summary = "Thư mời (PDF, mỗi doanh nghiệp một trang A4) cho các mã chưa dùng")
	ResponseEntity<byte[]> letters(@PathVariable long id, @Valid @RequestBody LetterDetails details) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("thu-moi-khao-sat-" + id + ".pdf").build().toString())
			.body(samples.letters(id, details));
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/response-rate")
	@Operation(summary = "Tỷ lệ phản hồi theo đơn vị và cả khối: doanh nghiệp trong mẫu, phiếu trả lời (trực tuyến "
			+ "và nhập từ tệp)")
	ResponseRate responseRate(@PathVariable long id) {
		return samples.responseRate(id);
	}

}
