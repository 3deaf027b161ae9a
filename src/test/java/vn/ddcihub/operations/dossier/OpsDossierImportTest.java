package vn.ddcihub.operations.dossier;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.shared.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports through the real job on PostgreSQL: bad rows refuse the whole file with their
 * row and column, a clean re-import changes nothing, the on-time figures equal a count
 * made here from the file, the mapping is remembered, the user is notified.
 */
class OpsDossierImportTest extends IntegrationTest {

	@Autowired
	private DossierImports imports;

	@Autowired
	private DossierAnalytics analytics;

	@Test
	void aFileWithMalformedRowsIsRefusedWithTheirRowNumbersAndChangesNothing() throws Exception {
		long org = DossierFixtures.organisation(jdbc, "STNMT");
		CurrentUser office = DossierFixtures.user(jdbc, "vanphong", Role.COORDINATOR);
		long before = count(org);
		String file = DossierFixtures.HEADER
				+ "BAD-1,DD-01,Đăng ký biến động,Đất đai,Văn phòng Đăng ký đất đai,Trực tuyến,02/03/2021 08:00,10/03/2021,09/03/2021,Đã trả,\n"
				+ "BAD-2,DD-01,Đăng ký biến động,Đất đai,Văn phòng Đăng ký đất đai,Fax,02/03/2021,10/03/2021,,Đang xử lý,\n"
				+ "BAD-3,DD-01,Đăng ký biến động,Đất đai,Văn phòng Đăng ký đất đai,Trực tiếp,31/02/2021,10/03/2021,,,\n"
				+ "BAD-4,DD-01,Đăng ký biến động,Đất đai,Văn phòng Đăng ký đất đai,Trực tiếp,02/03/2021,10/03/2021,11/03/2021,Đã trả,có\n"
				+ "BAD-1,DD-01,Đăng ký biến động,Đất đai,Văn phòng Đăng ký đất đai,Trực tiếp,02/03/2021,10/03/2021,11/03/2021,Đã trả,có\n";
		long id = imports.upload(org, "loi.csv", file.length(), DossierFixtures.csv("loi.csv", file), office);
		DossierImports.Preview preview = imports.preview(id, null);
		assertThat(preview.canConfirm()).isFalse();
		assertThat(preview.problems()).extracting(InputProblem::row).containsExactly(3, 4);
		assertThat(preview.problems()).extracting(InputProblem::column)
			.containsExactly("Kênh tiếp nhận", "Ngày tiếp nhận");

		imports.confirm(id, preview.mapping(), office);
		DossierImport done = DossierFixtures.finished(imports, id);
		assertThat(done.status()).isEqualTo(ImportStatus.REJECTED);
		// the duplicate code is found in SQL after COPY, the others while parsing
		assertThat(done.problems()).extracting(InputProblem::row).containsExactlyInAnyOrder(3, 4, 6);
		assertThat(done.problemCount()).isEqualTo(3);
		assertThat(count(org)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from ops_dossier where code like 'BAD-%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aCleanReimportChangesNothingAndTheFiguresEqualAnIndependentCount() throws Exception {
		// the provincial inspectorate, which no other test gives dossiers, and years no
		// other
		// test reads (the KPI tests read 2020)
		long org = DossierFixtures.organisation(jdbc, "TTT");
		CurrentUser coordinator = DossierFixtures.user(jdbc, "sct", Role.COORDINATOR);
		StringWriter out = new StringWriter();
		IllustrativeDossiers.write(out, 2013, 3_000, 7, Map.of(), false, 10);
		String file = out.toString();

		DossierImport first = importFile(org, coordinator, "2013.csv", file);
		assertThat(first.status()).isEqualTo(ImportStatus.DONE);
		assertThat(first.inserted()).isEqualTo(3_000);
		long audits = audits(first.id());
		assertThat(audits).isEqualTo(1);
		long stored = jdbc.sql("select count(*) from ops_dossier where organisation_id = ?")
			.param(org)
			.query(Long.class)
			.single();

		DossierImport again = importFile(org, coordinator, "2013-lai.csv", file);
		assertThat(again.status()).isEqualTo(ImportStatus.DONE);
		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(3_000);
		assertThat(jdbc.sql("select count(*) from ops_dossier where organisation_id = ?")
			.param(org)
			.query(Long.class)
			.single()).isEqualTo(stored);
		assertThat(audits(again.id())).isEqualTo(1);

		// counted here from the file: per unit, returned early / on time / late, and the
		// open ones past their date (all of them: the file is of 2013)
		Map<String, long[]> expected = new TreeMap<>();
		for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(file))) {
			long[] counts = expected.computeIfAbsent(row.get("Đơn vị xử lý"), u -> new long[4]);
			LocalDate due = LocalDateTime.parse(row.get("Ngày hẹn trả"), VIETNAMESE).toLocalDate();
			if (row.get("Ngày trả kết quả").isEmpty()) {
				counts[3]++;
				continue;
			}
			LocalDate returned = LocalDateTime.parse(row.get("Ngày trả kết quả"), VIETNAMESE).toLocalDate();
			counts[returned.isBefore(due) ? 0 : returned.isEqual(due) ? 1 : 2]++;
		}
		// handled dossiers count in the month of return: some received late in 2013
		// return in 2014
		AnalyticsFilter year = new AnalyticsFilter(YearMonth.of(2013, 1), YearMonth.of(2014, 12), null, null, null);
		Map<String, long[]> actual = new HashMap<>();
		for (AnalyticsRow row : analytics.rows(org, year, Dimension.UNIT)) {
			actual.put(row.key(), new long[] { row.early(), row.onTime(), row.late(), row.openOverdue() });
		}
		assertThat(actual).containsOnlyKeys(expected.keySet());
		expected.forEach((unit, counts) -> assertThat(actual.get(unit)).as(unit).containsExactly(counts));
		assertThat(expected.values().stream().mapToLong(c -> c[2]).sum()).isPositive();
		assertThat(expected.values().stream().mapToLong(c -> c[3]).sum()).isPositive();
		// the user who imported hears that the job ended
		assertThat(jdbc.sql("select count(*) from execution_notification where user_id = ? and kind = 'JOB_FINISHED'")
			.param(coordinator.id())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void anXlsxWithDateCellsIsImportedLikeACsv() throws Exception {
		long org = DossierFixtures.organisation(jdbc, "STNMT");
		CurrentUser office = DossierFixtures.user(jdbc, "vanphong", Role.COORDINATOR);
		byte[] xlsx;
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Hồ sơ");
			var dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
			String[] header = { "Mã hồ sơ", "Đơn vị xử lý", "Kênh tiếp nhận", "Ngày tiếp nhận", "Ngày hẹn trả",
					"Ngày trả kết quả" };
			var first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int r = 1; r <= 3; r++) {
				var row = sheet.createRow(r);
				row.createCell(0).setCellValue("XL-" + r);
				row.createCell(1).setCellValue("Văn phòng Sở");
				row.createCell(2).setCellValue("Bưu chính");
				LocalDateTime received = LocalDateTime.of(2016, 3, r, 8, 30);
				var cell = row.createCell(3);
				cell.setCellValue(received);
				cell.setCellStyle(dates);
				cell = row.createCell(4);
				cell.setCellValue(received.plusDays(2));
				cell.setCellStyle(dates);
				cell = row.createCell(5);
				cell.setCellValue(received.plusDays(r));
				cell.setCellStyle(dates);
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		var file = new org.springframework.mock.web.MockMultipartFile("file", "ho-so.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
		long id = imports.upload(org, "ho-so.xlsx", xlsx.length, file, office);
		DossierImports.Preview preview = imports.preview(id, null);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.canConfirm()).isTrue();
		imports.confirm(id, preview.mapping(), office);
		assertThat(DossierFixtures.finished(imports, id).status()).isEqualTo(ImportStatus.DONE);
		assertThat(jdbc.sql("""
				select string_agg(code || ' ' || channel || ' ' || received_at || ' ' ||
				    sign(returned_at::date - due_at::date), '; ' order by code)
				from ops_dossier where code like 'XL-%'""").query(String.class).single())
			.isEqualTo("XL-1 POST 2016-03-01 08:30:00 -1; XL-2 POST 2016-03-02 08:30:00 0; "
					+ "XL-3 POST 2016-03-03 08:30:00 1");
	}

	@Test
	void theMappingChosenIsRememberedForTheNextFile() throws Exception {
		long org = DossierFixtures.organisation(jdbc, "STNMT");
		CurrentUser office = DossierFixtures.user(jdbc, "vanphong", Role.COORDINATOR);
		String file = "Số biên nhận,Phòng,Kênh,Nhận lúc,Hẹn lúc\n"
				+ "MAP-1,Văn phòng Sở,Trực tiếp,2021-04-01,2021-04-05\n";
		long id = imports.upload(org, "a.csv", file.length(), DossierFixtures.csv("a.csv", file), office);
		assertThat(imports.preview(id, null).missing()).contains(DossierColumn.CODE, DossierColumn.RECEIVED_AT);
		ColumnMapping chosen = ColumnMapping.fromMap(Map.of("CODE", "Số biên nhận", "UNIT", "Phòng", "CHANNEL", "Kênh",
				"RECEIVED_AT", "Nhận lúc", "DUE_AT", "Hẹn lúc"));
		imports.confirm(id, chosen, office);
		assertThat(DossierFixtures.finished(imports, id).status()).isEqualTo(ImportStatus.DONE);

		long next = imports.upload(org, "b.csv", file.length(), DossierFixtures.csv("b.csv", file), office);
		assertThat(imports.get(next).mapping()).isEqualTo(chosen);
		assertThat(imports.preview(next, null).canConfirm()).isTrue();
		imports.cancel(next);
		assertThat(imports.get(next).status()).isEqualTo(ImportStatus.CANCELLED);
	}

	@Test
	void aLargeImportShowsItsProgressAndCanBeCancelled() throws Exception {
		long org = DossierFixtures.organisation(jdbc, "TTT");
		CurrentUser coordinator = DossierFixtures.user(jdbc, "sct", Role.COORDINATOR);
		StringWriter out = new StringWriter();
		IllustrativeDossiers.write(out, 2011, 150_000, 11, Map.of(), false, 10);
		String file = out.toString();

		long cancelled = imports.upload(org, "2011.csv", file.length(), DossierFixtures.csv("2011.csv", file),
				coordinator);
		imports.confirm(cancelled, imports.get(cancelled).mapping(), coordinator);
		imports.cancel(cancelled);
		assertThat(DossierFixtures.finished(imports, cancelled).status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(yearCount(org, 2011)).isZero();

		long id = imports.upload(org, "2011.csv", file.length(), DossierFixtures.csv("2011.csv", file), coordinator);
		imports.confirm(id, imports.get(id).mapping(), coordinator);
		long seenRows = 0;
		int seenPercent = 0;
		DossierImport upload = imports.get(id);
		long until = System.nanoTime() + 120_000_000_000L;
		while (!upload.status().finished() && System.nanoTime() < until) {
			if (upload.status() == ImportStatus.RUNNING && upload.rowsRead() > 0 && upload.rowsRead() < 150_000) {
				seenRows = upload.rowsRead();
				seenPercent = upload.percent();
			}
			Thread.sleep(50);
			upload = imports.get(id);
		}
		assertThat(upload.status()).isEqualTo(ImportStatus.DONE);
		assertThat(seenRows).as("rows read while running").isPositive();
		assertThat(seenPercent).isBetween(1, 99);
		assertThat(upload.rowsRead()).isEqualTo(150_000);
		assertThat(yearCount(org, 2011)).isEqualTo(150_000);
	}

	private static final java.time.format.DateTimeFormatter VIETNAMESE = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy HH:mm");

	private DossierImport importFile(long org, CurrentUser user, String name, String file) throws Exception {
		long id = imports.upload(org, name, file.length(), DossierFixtures.csv(name, file), user);
		imports.confirm(id, imports.get(id).mapping(), user);
		return DossierFixtures.finished(imports, id);
	}

	private long count(long org) {
		return jdbc.sql("select count(*) from ops_dossier where organisation_id = ?")
			.param(org)
			.query(Long.class)
			.single();
	}

	private long yearCount(long org, int year) {
		return jdbc.sql("select count(*) from ops_dossier where organisation_id = ? and code like ?")
			.params(org, year + "-%")
			.query(Long.class)
			.single();
	}

	private long audits(long importId) {
		return jdbc.sql("select count(*) from audit_event where entity_type = 'OpsDossierImport' and entity_id = ?")
			.param(String.valueOf(importId))
			.query(Long.class)
			.single();
	}

}
