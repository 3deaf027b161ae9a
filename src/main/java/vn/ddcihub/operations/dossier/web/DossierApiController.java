package vn.ddcihub.operations.dossier.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.operations.dossier.AnalyticsRow;
import vn.ddcihub.operations.dossier.ColumnMapping;
import vn.ddcihub.operations.dossier.DossierAnalytics;
import vn.ddcihub.operations.dossier.DossierAnalytics.Report;
import vn.ddcihub.operations.dossier.DossierImport;
import vn.ddcihub.operations.dossier.DossierImports;
import vn.ddcihub.operations.dossier.DossierImports.Preview;
import vn.ddcihub.operations.dossier.Procedure;
import vn.ddcihub.operations.dossier.ProcedureImports;
import vn.ddcihub.operations.dossier.ProcedureInput;
import vn.ddcihub.operations.dossier.Procedures;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/**
 * Dossiers over REST, per organisation: the procedure catalogue (read by whoever reads
 * the organisation, changed by its COORDINATOR or ADMIN), imports of one-stop-shop
 * exports — an upload answers its dry run (mapping guessed, problems of the first rows,
 * unknown units) and nothing is imported until it is confirmed; the job's status follows
 * — and the on-time analytics.
 */
@RestController
@PreAuthorize("@dossierAccess.canRead(principal, #organisationId)")
@RequestMapping("/api/v1/operations/dossiers/organisations/{organisationId}")
@Tag(name = "Hồ sơ TTHC / Administrative-procedure dossiers",
		description = "Danh mục thủ tục, nhập hồ sơ từ hệ thống một cửa, phân tích đúng hạn (Quyết định 766/QĐ-TTg)")
public class DossierApiController {

	private final Procedures procedures;

	private final ProcedureImports catalogueImports;

	private final DossierImports imports;

	private final DossierAnalytics analytics;

	DossierApiController(Procedures procedures, ProcedureImports catalogueImports, DossierImports imports,
			DossierAnalytics analytics) {
		this.procedures = procedures;
		this.catalogueImports = catalogueImports;
		this.imports = imports;
		this.analytics = analytics;
	}

	@GetMapping("/procedures")
	@Operation(summary = "Danh mục thủ tục hành chính của tổ chức")
	List<Procedure> procedures(@PathVariable long organisationId) {
		return procedures.list(organisationId);
	}

	@PostMapping("/procedures")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Thêm thủ tục; thời hạn cắt giảm để trống = cắt 30 % (làm tròn xuống) với thủ tục trên 3 ngày")
	Procedure create(@PathVariable long organisationId, @Valid @RequestBody ProcedureInput input) {
		return procedures.create(organisationId, input);
	}

	@PutMapping("/procedures/{procedureId}")
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Sửa thủ tục")
	Procedure update(@PathVariable long organisationId, @PathVariable long procedureId,
			@Valid @RequestBody ProcedureInput input) {
		return procedures.update(organisationId, procedureId, input);
	}

	@PostMapping(value = "/procedures/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Nhập danh mục thủ tục từ CSV hoặc XLSX (tất cả hoặc không gì cả)",
			description = "Cột: mã thủ tục, tên thủ tục, lĩnh vực, thời hạn (ngày), thời hạn cắt giảm, mức độ trực tuyến "
					+ "(toàn trình / một phần), phí, lệ phí. Mã đã có được cập nhật; dòng không đổi được bỏ qua.")
	ProcedureImports.Outcome importCatalogue(@PathVariable long organisationId,
			@RequestPart("file") MultipartFile file) {
		return catalogueImports.importFile(organisationId, file.getOriginalFilename(), file.getSize(), file);
	}

	@PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Tải lên tệp xuất từ hệ thống một cửa (CSV hoặc XLSX) và xem trước (chạy thử)",
			description = "Không nhập gì: trả về cách ghép cột đoán được (theo lần nhập trước, rồi theo tên cột, "
					+ "tiếng Việt hoặc tiếng Anh, có hoặc không dấu), lỗi của " + DossierImports.PREVIEW_ROWS
					+ " dòng đầu theo dòng và cột, đơn vị không khớp. Xác nhận bằng POST …/imports/{importId}/confirm.")
	Preview upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long organisationId,
			@RequestPart("file") MultipartFile file) {
		long id = imports.upload(organisationId, file.getOriginalFilename(), file.getSize(), file, user);
		return imports.preview(id, null);
	}

	@PostMapping("/imports/{importId}/confirm")
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Xác nhận nhập (tất cả hoặc không gì cả) bằng công việc chạy nền",
			description = "Thân yêu cầu (tùy chọn): cách ghép cột {\"CODE\": \"Mã hồ sơ\", …}; để trống = cách đã đoán. "
					+ "Theo dõi bằng GET …/imports/{importId}.")
	DossierImport confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long organisationId,
			@PathVariable long importId, @RequestBody(required = false) Map<String, String> mapping) {
		DossierImport upload = own(organisationId, importId);
		return imports.confirm(importId,
				mapping == null || mapping.isEmpty() ? upload.mapping() : ColumnMapping.fromMap(mapping), user);
	}

	@GetMapping("/imports/{importId}")
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Trạng thái và tiến độ của một lần nhập (số dòng, tốc độ, thời gian còn lại, kết quả)")
	ImportStatusView status(@PathVariable long organisationId, @PathVariable long importId) {
		DossierImport upload = own(organisationId, importId);
		return new ImportStatusView(upload, ImportProgressView.of(upload, OffsetDateTime.now()));
	}

	@PostMapping("/imports/{importId}/cancel")
	@PreAuthorize("@dossierAccess.canManage(principal, #organisationId)")
	@Operation(summary = "Dừng một lần nhập đang chờ hoặc đang chạy (không thay đổi dữ liệu)")
	DossierImport cancel(@PathVariable long organisationId, @PathVariable long importId) {
		own(organisationId, importId);
		return imports.cancel(importId);
	}

	@GetMapping("/analytics")
	@Operation(summary = "Phân tích hồ sơ: sớm / đúng hạn / trễ hạn theo đơn vị, thủ tục, lĩnh vực, kênh hoặc tháng",
			description = "from, to: yyyy-MM; by: UNIT, PROCEDURE, FIELD, CHANNEL, MONTH; unit, field, channel "
					+ "(ONLINE, DIRECT, POST) lọc. Tỷ lệ đúng hạn (QĐ 766) = (sớm + đúng hạn) / (đã giải quyết + "
					+ "chưa trả mà quá hạn) × 100.")
	AnalyticsView analytics(@PathVariable long organisationId, @ModelAttribute AnalyticsQuery query) {
		Report report = analytics.report(organisationId, query.filter(analytics.latestMonth(organisationId)),
				query.dimension());
		return AnalyticsView.of(report);
	}

	private DossierImport own(long organisationId, long importId) {
		DossierImport upload = imports.get(importId);
		if (upload.organisationId() != organisationId) {
			throw new NotFoundException("dossiers.import.notFound", importId);
		}
		return upload;
	}

	/** An import with its progress figures. */
	public record ImportStatusView(DossierImport upload, ImportProgressView progress) {
	}

	/** A row with its rates. */
	public record RowView(String key, long total, long early, long onTime, long late, long openOverdue, long openInTime,
			long apologySlips, long online, Double onTimeRate, Double lateRate, Double onlineShare,
			Double averageDays) {

		static RowView of(AnalyticsRow row) {
			return new RowView(row.key(), row.total(), row.early(), row.onTime(), row.late(), row.openOverdue(),
					row.openInTime(), row.apologySlips(), row.online(), row.onTimeRate(), row.lateRate(),
					row.onlineShare(), row.averageDays());
		}

	}

	/** The analytics as the API answers them. */
	public record AnalyticsView(String from, String to, String by, List<RowView> rows, RowView total,
			List<RowView> months, long[] processingShareHistogram, long lateCount,
			List<vn.ddcihub.operations.dossier.LateDossier> late, boolean illustrative) {

		static AnalyticsView of(Report report) {
			return new AnalyticsView(report.filter().from().toString(), report.filter().to().toString(),
					report.by().name(), report.rows().stream().map(RowView::of).toList(), RowView.of(report.total()),
					report.trend().stream().map(RowView::of).toList(), report.histogram(), report.lateCount(),
					report.late(), report.illustrative());
		}

	}

}
