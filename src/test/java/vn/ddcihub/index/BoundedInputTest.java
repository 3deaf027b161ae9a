package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.IndexService.ImportSummary;

/**
 * What an attacker or a bad day sends the index: a hostile million-row file, a file that
 * is not UTF-8, texts longer than their columns or holding NUL, oversized bodies,
 * concurrent first imports — answered with bounded, field-level problems, never a 500,
 * nothing saved.
 */
class BoundedInputTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	@Autowired
	IndexService index;

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "text/csv", content);
	}

	private int editions(int year) {
		return jdbc.sql("select count(*) from index_edition where year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	@Test
	void hostileMillionRowFileAnswersWithAHundredProblemsAndTheirCountAndSavesNothing() throws Exception {
		StringBuilder csv = new StringBuilder("unit_code;c1;c2;c3;c4;c5;c6;c7;c8\n");
		csv.append("x\n".repeat(1_000_000));
		byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(content.length).isLessThan(2_100_000);
		mockMvc
			.perform(multipart("/api/v1/editions/2091/results?block=DISTRICT").file(file("tan-cong.csv", content))
				.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.problems.length()").value(101))
			.andExpect(jsonPath("$.problems[0].file").value("tan-cong.csv"))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[100].message").value(org.hamcrest.Matchers.containsString("lỗi khác")))
			.andExpect(jsonPath("$.problemCount").value(org.hamcrest.Matchers.greaterThan(800_000)));
		assertThat(editions(2091)).isZero();
	}

	@Test
	void windows1258FileIsRefusedWithItsNameLineAndFixAndNothingIsStored() throws Exception {
		byte[] content = "unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\nMOI1258;Sở Tài nguyên;1;2;3;4;5;6;7;8\n"
			.getBytes(Charset.forName("windows-1258"));
		mockMvc
			.perform(multipart("/api/v1/editions/2092/results?block=DISTRICT&createUnits=true")
				.file(file("ket-qua-1258.csv", content))
				.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].file").value("ket-qua-1258.csv"))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].message")
				.value(org.hamcrest.Matchers.containsString("Lưu tệp dưới dạng CSV UTF-8")));
		assertThat(editions(2092)).isZero();
		assertThat(jdbc.sql("select count(*) from index_assessed_unit where code = 'MOI1258'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void concurrentFirstImportsIntoANewEditionBothSucceed() throws Exception {
		String csv = "unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\nDONG1;Đơn vị một;1;2;3;4;5;6;7;8\n"
				+ "DONG2;Đơn vị hai;2;3;4;5;6;7;8;9\n";
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<ImportSummary>> imports = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				imports.add(() -> index.importResults(2093, Block.DISTRICT, "dong-thoi.csv",
						csv.getBytes(StandardCharsets.UTF_8), true));
			}
			for (Future<ImportSummary> done : pool.invokeAll(imports)) {
				assertThat(done.get().rows()).isEqualTo(2);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(editions(2093)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from index_result r join index_edition e on e.id = r.edition_id
				where e.year = 2093 and e.block = 'DISTRICT'""").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void bigImportIsWrittenWholeWithOneAuditRecord() throws Exception {
		StringBuilder csv = new StringBuilder("unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\n");
		for (int i = 0; i < 3_000; i++) {
			csv.append("LO")
				.append(i)
				.append(";Đơn vị ")
				.append(i)
				.append(";1;2;3;4;5;6;7;")
				.append(i % 10)
				.append('\n');
		}
		mockMvc
			.perform(multipart("/api/v1/editions/2094/results?block=DISTRICT&createUnits=true")
				.file(file("lon.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
				.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3000))
			.andExpect(jsonPath("$.createdUnits").value(3000));
		assertThat(jdbc.sql("""
				select sum(cardinality(r.scores))::int from index_result r join index_edition e on e.id = r.edition_id
				where e.year = 2094 and e.block = 'DISTRICT'""").query(Integer.class).single()).isEqualTo(24_000);
		assertThat(jdbc
			.sql("""
					select r.scores[array_position(r.component_codes, 'C8')]::float8 from index_result r join index_edition e on e.id = r.edition_id
					where e.year = 2094 and r.unit_code = 'LO2997'""")
			.query(Double.class)
			.single()).isEqualTo(7.0);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_id = '2094-DISTRICT' and action = 'IMPORT'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theImportPageStatesTheLimits() throws Exception {
		mockMvc.perform(get("/index/import").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("100.000 dòng kết quả")));
	}

	@Test
	void theApiDocsStateTheImportLimits() throws Exception {
		mockMvc.perform(get("/v3/api-docs").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("100.000 dòng kết quả")));
	}

	@Test
	void aUnitNamedLikeAFormulaIsNeutralisedInTheCsvTemplate() throws Exception {
		mockMvc.perform(post("/api/v1/assessed-units").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "HYPER", "name": "=HYPERLINK(\\"http://x\\",\\"y\\")", "block": "DISTRICT"}"""))
			.andExpect(status().isOk());
		String template = mockMvc.perform(get("/api/v1/editions/2095/template?block=DISTRICT&format=csv").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).contains("HYPER;\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
			.doesNotContain(";=HYPERLINK");
		String audit = mockMvc.perform(get("/audit.csv").with(ADMIN).param("entityType", "AssessedUnit"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(audit).doesNotContain(",=").doesNotContain(",+").doesNotContain(",@");
	}

	@Test
	void textLongerThanItsColumnAndNulAreFieldErrors() throws Exception {
		mockMvc
			.perform(post("/api/v1/assessed-units").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"DAI\", \"name\": \"" + "x".repeat(300) + "\", \"block\": \"DISTRICT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("name"))
			.andExpect(jsonPath("$.problems[0].message").value("Tên đơn vị chỉ được tối đa 255 ký tự"));
		mockMvc
			.perform(post("/api/v1/assessed-units").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"NUL\", \"name\": \"a\\u0000b\", \"block\": \"DISTRICT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("name"))
			.andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("NUL")));
		mockMvc.perform(post("/api/v1/editions").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"year": 2096, "block": "DISTRICT", "name": "Dài",
				 "components": [{"code": "C1", "nameVi": "%s"}]}""".formatted("y".repeat(256))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("components[0].nameVi"));
		assertThat(editions(2096)).isZero();
	}

	@Test
	void duplicateComponentCodeIsAFieldError() throws Exception {
		mockMvc.perform(post("/api/v1/editions").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"year": 2097, "block": "DISTRICT", "name": "Trùng",
				 "components": [{"code": "C1", "nameVi": "Một"}, {"code": "c1", "nameVi": "Hai"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("components"));
		assertThat(editions(2097)).isZero();
	}

	@Test
	void jsonBodyOverTheLimitIsRefusedWith413() throws Exception {
		String big = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
		mockMvc.perform(post("/api/v1/assessed-units").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(big))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 MB")));
	}

}
