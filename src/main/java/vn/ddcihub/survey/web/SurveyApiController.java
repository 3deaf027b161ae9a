package vn.ddcihub.survey.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.index.Block;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.IndicatorInput;
import vn.ddcihub.survey.domain.QuestionInput;
import vn.ddcihub.survey.domain.QuestionnaireInput;
import vn.ddcihub.survey.domain.QuestionnaireSummary;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.XlsFormReader;
import vn.ddcihub.survey.domain.XlsFormWriter;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * Questionnaires over REST: reading (every signed-in user), creating, indicators and
 * questions, copying to another edition, XLSForm import and export (ADMIN and the
 * province bodies' coordinators who run the ranking).
 */
@RestController
@PreAuthorize("isAuthenticated()")
@RequestMapping("/api/v1/questionnaires")
@Tag(name = "Bảng hỏi khảo sát / Questionnaires",
		description = "Bảng hỏi theo kỳ đánh giá: chỉ tiêu, câu hỏi, lựa chọn, XLSForm")
public class SurveyApiController {

	private final Questionnaires questionnaires;

	private final XlsForms xlsForms;

	SurveyApiController(Questionnaires questionnaires, XlsForms xlsForms) {
		this.questionnaires = questionnaires;
		this.xlsForms = xlsForms;
	}

	@GetMapping
	@Operation(summary = "Các bảng hỏi (năm, khối, số chỉ tiêu, số câu hỏi)")
	List<QuestionnaireSummary> list() {
		return questionnaires.summaries();
	}

	@GetMapping("/by-edition")
	@Operation(summary = "Bảng hỏi của một kỳ đánh giá (năm, khối)")
	Questionnaire ofEdition(@RequestParam int year,
			@Parameter(description = "DEPARTMENT (sở, ban, ngành) hoặc DISTRICT (huyện, thành phố)") @RequestParam(
					defaultValue = "DEPARTMENT") String block) {
		Block b = block(block);
		return questionnaires.questionnaire(year, b)
			.orElseThrow(() -> new NotFoundException("survey.notFound.edition", year, b.name()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một bảng hỏi: chỉ tiêu, câu hỏi, danh sách lựa chọn")
	Questionnaire get(@PathVariable long id) {
		return questionnaires.get(id);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tạo bảng hỏi trống cho một kỳ đánh giá (mỗi kỳ một bảng hỏi)")
	Questionnaire create(@Valid @RequestBody QuestionnaireInput input) {
		return questionnaires.create(input);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/{id}/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm chỉ tiêu: mã, tên, chỉ số thành phần của kỳ, chiều (THUAN/NGHICH), trọng số, "
			+ "cách tổng hợp (SHARE_FAVOURABLE, MEAN, MEDIAN)")
	Indicator addIndicator(@PathVariable long id, @Valid @RequestBody IndicatorInput input) {
		return questionnaires.addIndicator(id, input);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PutMapping("/{id}/indicators/{indicatorId}")
	@Operation(summary = "Sửa chỉ tiêu")
	Indicator updateIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @RequestBody IndicatorInput input) {
		return questionnaires.updateIndicator(id, indicatorId, input);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/{id}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm câu hỏi",
			description = "choices: mỗi dòng một lựa chọn \"tên = nhãn\" (để trống với LIKERT_5 và YES_NO: thang chuẩn); "
					+ "favourable: các đáp án thuận lợi, cách nhau bởi dấu phẩy (ví dụ \"4, 5\"); indicatorCode trống: "
					+ "câu hỏi không chấm điểm. Danh sách lựa chọn (choiceList, mặc định là tên câu hỏi) dùng chung "
					+ "theo tên: thay lựa chọn là thay cho mọi câu hỏi dùng danh sách đó.")
	Question addQuestion(@PathVariable long id, @Valid @RequestBody QuestionInput input) {
		return questionnaires.addQuestion(id, input);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PutMapping("/{id}/questions/{questionId}")
	@Operation(summary = "Sửa câu hỏi (cùng quy ước như khi thêm)")
	Question updateQuestion(@PathVariable long id, @PathVariable long questionId,
			@Valid @RequestBody QuestionInput input) {
		return questionnaires.updateQuestion(id, questionId, input);
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping("/{id}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sao chép bảng hỏi (chỉ tiêu, câu hỏi, lựa chọn) sang kỳ đánh giá khác (mặc định: năm sau)")
	Questionnaire copy(@PathVariable long id, @RequestParam(required = false) Integer toYear) {
		Questionnaire source = questionnaires.get(id);
		return questionnaires.copy(id, toYear == null ? source.year() + 1 : toYear);
	}

	@GetMapping("/{id}/xlsform")
	@Operation(summary = "Bảng hỏi dạng XLSForm (.xlsx) mà KoboToolbox, ODK nhận: trang survey, choices, settings "
			+ "và trang ddci_indicators")
	ResponseEntity<byte[]> xlsForm(@PathVariable long id) {
		Questionnaire questionnaire = questionnaires.get(id);
		return SurveyPageController.download(questionnaire, XlsFormWriter.write(questionnaire));
	}

	@PreAuthorize("@surveyAccess.canWrite(principal)")
	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Nhập bảng hỏi từ tệp XLSForm (.xlsx) vào một kỳ đánh giá; thay bảng hỏi đã có của kỳ; "
					+ "tất cả hoặc không gì cả",
			description = "Giới hạn: " + XlsFormReader.LIMITS + ". Trang survey (type, name, label hoặc "
					+ "label::Vietnamese (vi), required, relevant, ddci_indicator, ddci_favourable, ddci_unit = days|money, "
					+ "ddci_type = likert), choices (list_name, name, label), settings (form_title, form_id, version, "
					+ "default_language), ddci_indicators (code, name, component, polarity, weight, aggregation). "
					+ "Tệp lỗi → 400 với tối đa 100 lỗi đầu tiên (trang tính, dòng, cột) trong problems; không lưu gì.")
	Questionnaire importXlsForm(@RequestParam int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestPart("file") MultipartFile file) {
		return xlsForms.importFile(year, block(block), file.getOriginalFilename(), file.getSize(), file);
	}

	static Block block(String value) {
		try {
			return Block.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BadInputException("survey.block.invalid", value);
		}
	}

}
