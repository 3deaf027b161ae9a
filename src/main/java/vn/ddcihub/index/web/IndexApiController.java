package vn.ddcihub.index.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi.TargetCheck;
import vn.ddcihub.index.domain.AssessedUnit;
import vn.ddcihub.index.domain.AssessedUnits;
import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.index.domain.EditionResults;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.index.domain.EditionSummary;
import vn.ddcihub.index.domain.IndexDefinitions;
import vn.ddcihub.index.domain.IndexFiles;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultVersion;
import vn.ddcihub.index.domain.IndexService.ImportSummary;
import vn.ddcihub.index.domain.IndexService.ScoreCorrection;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.index.domain.ResultImports;
import vn.ddcihub.index.domain.TargetRankAnswer;
import vn.ddcihub.index.domain.UnitProfile;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.Label;

/**
 * The index over REST: editions and their definitions, results (league table with ranks,
 * medians, bands and changes), unit profiles, target math, results import and
 * corrections. Reading: every signed-in user; writing: ADMIN or a COORDINATOR of a
 * province body.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@RequestMapping("/api/v1")
@Tag(name = "Chỉ số DDCI / Index", description = "Kỳ đánh giá, kết quả, xếp hạng, trung vị, mục tiêu")
public class IndexApiController {

	private final IndexService index;

	private final IndexDefinitions definitions;

	private final AssessedUnits assessedUnits;

	private final IndexFiles files;

	private final ResultImports imports;

	IndexApiController(IndexService index, IndexDefinitions definitions, AssessedUnits assessedUnits, IndexFiles files,
			ResultImports imports) {
		this.index = index;
		this.definitions = definitions;
		this.assessedUnits = assessedUnits;
		this.files = files;
		this.imports = imports;
	}

	@GetMapping("/editions")
	@Operation(summary = "Các kỳ đánh giá (năm, khối, số chỉ số thành phần, số đơn vị có kết quả)")
	List<EditionSummary> editions() {
		return index.editions();
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/editions")
	@Operation(summary = "Tạo hoặc thay định nghĩa kỳ đánh giá: chỉ số thành phần, trọng số, chỉ tiêu, nhóm xếp loại "
			+ "(không có chỉ số thành phần → 8 chỉ số mặc định, trọng số bằng nhau)")
	EditionDefinition define(@Valid @RequestBody DefinitionRequest request) {
		return definitions.saveDefinition(request.toDefinition());
	}

	@GetMapping("/editions/{year}/definition")
	@Operation(summary = "Định nghĩa của kỳ đánh giá")
	EditionDefinition definition(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.definition(year, block(block));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/editions/{year}/copy")
	@Operation(summary = "Sao chép định nghĩa kỳ đánh giá sang năm khác (mặc định: năm sau)")
	EditionDefinition copy(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestParam(required = false) Integer toYear) {
		return definitions.copyDefinition(year, block(block), toYear == null ? year + 1 : toYear);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/editions/{year}/publication")
	@Operation(summary = "Công bố kỳ đánh giá trên trang công khai (chỉ ADMIN)")
	EditionSummary publish(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.setPublished(year, block(block), true, user);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@DeleteMapping("/editions/{year}/publication")
	@Operation(summary = "Rút kỳ đánh giá khỏi trang công khai (chỉ ADMIN)")
	EditionSummary withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.setPublished(year, block(block), false, user);
	}

	@GetMapping("/editions/{year}/results")
	@Operation(
			summary = "Bảng xếp hạng: điểm thành phần, điểm tổng hợp, thứ hạng, nhóm, thay đổi so với kỳ trước, trung vị")
	EditionResults results(@PathVariable int year,
			@Parameter(description = "DEPARTMENT (sở, ban, ngành) hoặc DISTRICT (huyện, thành phố)") @RequestParam(
					defaultValue = "DEPARTMENT") String block) {
		return index.results(year, block(block));
	}

	@GetMapping("/editions/{year}/versions")
	@Operation(
			summary = "Các phiên bản kết quả của kỳ, mới nhất (đang dùng) trước: số, nguồn, lý do thay đổi, người và "
					+ "lúc công bố, người và lúc thay thế")
	List<ResultVersion> versions(@PathVariable int year, @Parameter(
			description = "DEPARTMENT hoặc DISTRICT") @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.versions(year, block(block));
	}

	@GetMapping("/editions/{year}/versions/{number}/results")
	@Operation(summary = "Kết quả của một phiên bản cũ của kỳ (chỉ đọc), dạng như kết quả hiện hành")
	EditionResults versionResults(@PathVariable int year, @PathVariable int number, @Parameter(
			description = "DEPARTMENT hoặc DISTRICT") @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.version(year, block(block), number);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping(value = "/editions/{year}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Nhập kết quả từ tệp CSV/XLSX (unit_code, unit_name, mã chỉ số thành phần…, total, rank); "
					+ "tất cả hoặc không gì cả",
			description = "Giới hạn: " + ResultFileParser.LIMITS + ". CSV phải là UTF-8 (có hoặc không có BOM). "
					+ "Tệp lỗi → 400 với tối đa 100 lỗi đầu tiên (tệp, dòng, cột) trong problems, dòng cuối đếm các lỗi "
					+ "còn lại theo loại, problemCount là tổng số lỗi; không lưu gì. Mỗi nút chạy tối đa "
					+ "ddci.import.max-concurrent (mặc định 2) lần nhập cùng lúc: lần nhập khác chờ vài giây rồi nhận 429 "
					+ "với Retry-After.")
	ImportSummary importResults(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestPart("file") MultipartFile file,
			@Parameter(description = "Tạo đơn vị được đánh giá mới cho mã chưa có (cần cột unit_name)") @RequestParam(
					defaultValue = "false") boolean createUnits) {
		return imports.importFile(year, block(block), file.getOriginalFilename(), file.getSize(), file, createUnits);
	}

	@GetMapping("/editions/{year}/template")
	@Operation(summary = "Tệp mẫu để nhập kết quả (format=xlsx hoặc csv)")
	ResponseEntity<byte[]> template(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestParam(defaultValue = "xlsx") String format) {
		return files.template(year, block(block), format);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PutMapping("/editions/{year}/units/{code}/scores")
	@Operation(summary = "Nhập hoặc sửa điểm của một đơn vị (ghi nhật ký trước/sau)")
	UnitResult correct(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestBody ScoreCorrection correction) {
		return index.correct(year, block(block), code, correction);
	}

	@GetMapping("/editions/{year}/units/{code}/profile")
	@Operation(summary = "Hồ sơ đơn vị: điểm, thứ hạng k/n, trung vị, chênh lệch, điểm hạng 10, mục tiêu, xu hướng")
	UnitProfile profile(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.profile(user, year, block(block), code);
	}

	@GetMapping("/editions/{year}/units/{code}/target-rank")
	@Operation(summary = "Điểm cần đạt ở từng chỉ số thành phần và điểm tổng hợp để vào nhóm k đơn vị dẫn đầu")
	TargetRankAnswer targetRank(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam(defaultValue = "10") int rank,
			@Parameter(
					description = "Giả định các đơn vị khác tăng điểm bằng trung vị mức tăng của kỳ trước") @RequestParam(
							defaultValue = "false") boolean peersImprove) {
		return index.targetRank(year, block(block), code, rank, peersImprove);
	}

	@GetMapping("/editions/{year}/units/{code}/targets")
	@PreAuthorize("@indexAccess.canSeeTargets(principal, #block, #code)")
	@Operation(summary = "Mục tiêu chỉ số thành phần của đơn vị, theo kế hoạch bắt đầu từ kỳ này (nhập ở kế hoạch)")
	Map<String, Double> targets(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.targets(year, block(block), code);
	}

	@PostMapping("/editions/{year}/units/{code}/target-check")
	@PreAuthorize("@indexAccess.canSeeTargets(principal, #block, #code)")
	@Operation(
			summary = "Điểm tổng hợp mà các mục tiêu thành phần tạo ra theo trọng số của kỳ, và có đạt mục tiêu tổng "
					+ "(không gửi targets → dùng mục tiêu của kế hoạch)")
	TargetCheck targetCheck(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestBody(required = false) TargetCheckRequest request) {
		Block b = block(block);
		Map<String, Double> targets = request == null || request.targets() == null || request.targets().isEmpty()
				? index.targets(year, b, code) : request.targets();
		double goal = request == null || request.goalTotal() == null ? 70.0 : request.goalTotal();
		return index.checkTargets(year, b, code, targets, goal);
	}

	@GetMapping("/assessed-units")
	@Operation(summary = "Đơn vị được đánh giá của một khối")
	List<AssessedUnit> units(@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return index.units(block(block));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/assessed-units")
	@Operation(summary = "Thêm hoặc sửa đơn vị được đánh giá (liên kết với cơ quan trong DDCI Hub qua organisationId)")
	AssessedUnit saveUnit(@Valid @RequestBody AssessedUnit unit) {
		return assessedUnits.saveUnit(unit);
	}

	/**
	 * An edition's definition as sent by clients: components default to the seed's eight,
	 * weights to 1 (equal), order to the position, English names to the Vietnamese ones,
	 * bands to the defaults.
	 */
	record DefinitionRequest(Integer year, Block block,
			@Label("index.editions.name") @Size(max = EditionDefinition.NAME_MAX,
					message = "{validation.tooLong}") String name,
			Boolean illustrative, @Label("index.component") List<@Valid ComponentRequest> components,
			@Label("index.editions.indicators") List<EditionDefinition.@Valid IndicatorDef> indicators,
			@Label("index.editions.bands") List<EditionDefinition.@Valid BandDef> bands) {

		EditionDefinition toDefinition() {
			int y = year == null ? 0 : year;
			Block b = block == null ? Block.DEPARTMENT : block;
			List<EditionDefinition.ComponentDef> defs;
			if (components == null || components.isEmpty()) {
				defs = EditionDefinition.ddciDefault(y, b, "", false).components();
			}
			else {
				defs = new java.util.ArrayList<>();
				for (int i = 0; i < components.size(); i++) {
					ComponentRequest c = components.get(i);
					defs.add(new EditionDefinition.ComponentDef(
							c.code() == null ? null : c.code().strip().toUpperCase(Locale.ROOT), c.nameVi(),
							c.nameEn() == null || c.nameEn().isBlank() ? c.nameVi() : c.nameEn(),
							c.order() == null ? i + 1 : c.order(), c.weight() == null ? 1.0 : c.weight()));
				}
			}
			return new EditionDefinition(y, b, name, Boolean.TRUE.equals(illustrative), defs, indicators, bands);
		}
	}

	record ComponentRequest(
			@Label("index.editions.code") @Size(max = EditionDefinition.CODE_MAX,
					message = "{validation.tooLong}") String code,
			@Label("index.editions.nameVi") @Size(max = EditionDefinition.NAME_MAX,
					message = "{validation.tooLong}") String nameVi,
			@Label("index.editions.nameEn") @Size(max = EditionDefinition.NAME_MAX,
					message = "{validation.tooLong}") String nameEn,
			Integer order, Double weight) {
	}

	/** Component targets (code → score) and the goal for the total (default 70). */
	record TargetCheckRequest(Map<String, Double> targets, Double goalTotal) {
	}

	static Block block(String value) {
		try {
			return Block.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BadInputException("index.block.invalid", value);
		}
	}

}
