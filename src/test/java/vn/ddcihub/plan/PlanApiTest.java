package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.documents.xlsx.XlsxRenderer;

class PlanApiTest extends IntegrationTest {

	static final List<String> COMPONENTS = List.of("Tính minh bạch và tiếp cận thông tin", "Chi phí thời gian",
			"Chi phí không chính thức", "Cạnh tranh bình đẳng", "Dịch vụ hỗ trợ doanh nghiệp", "Thiết chế pháp lý",
			"Vai trò người đứng đầu", "Tính năng động và hiệu lực của hệ thống");

	@Autowired
	JsonMapper json;

	long demoPlanId() {
		return jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT'").query(Long.class).single();
	}

	JsonNode getJson(String url, String user) throws Exception {
		String body = mockMvc.perform(get(url).with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	long postJson(String url, String user, Object payload) throws Exception {
		String body = mockMvc
			.perform(post(url).with(httpBasic(user, DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(payload)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	long unitId(String code) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = :code""").param("code", code).query(Long.class).single();
	}

	@Test
	void demoPlanHoldsTheSeedTargetsBaselinesLeadsAndTaskCounts() throws Exception {
		JsonNode plan = getJson("/api/v1/plans/" + demoPlanId(), "lanhdao");
		assertThat(plan.at("/plan/numberSymbol").asString()).isEqualTo("60/KH-STNMT");
		assertThat(plan.at("/plan/issuedOn").asString()).isEqualTo("2020-06-11");
		assertThat(plan.at("/plan/legalBases").size()).isEqualTo(3);
		assertThat(plan.at("/plan/goals/totalRank").asInt()).isEqualTo(10);
		assertThat(plan.at("/plan/goals/totalScore").asDouble()).isEqualTo(70.0);
		JsonNode targets = plan.get("targets");
		assertThat(targets.size()).isEqualTo(8);
		double[] expectedTargets = { 7.80, 7.70, 6.50, 6.0, 7.5, 7.0, 6.3, 7.4 };
		double[] expectedBaselines = { 6.77, 6.83, 5.53, 2.65, 4.50, 6.78, 4.69, 6.26 };
		int[] expectedTasks = { 2, 3, 7, 1, 2, 3, 2, 1 };
		List<List<String>> expectedLeads = List.of(List.of("VP"), List.of("CCBVMT", "VPDKDD", "QLDD", "TNNKS"),
				List.of("VP", "TTS"), List.of(), List.of("KHTC"), List.of("VP", "TTS"), List.of("VP"),
				List.of("QLDD", "TNNKS", "CCBVMT", "VPDKDD"));
		for (int i = 0; i < 8; i++) {
			JsonNode entry = targets.get(i);
			assertThat(entry.at("/target/componentName").asString()).isEqualTo(COMPONENTS.get(i));
			assertThat(entry.at("/target/targetScore").asDouble()).isEqualTo(expectedTargets[i]);
			assertThat(entry.at("/target/baselineScore").asDouble()).isEqualTo(expectedBaselines[i]);
			assertThat(entry.get("tasks").size()).as("tasks of C%d", i + 1).isEqualTo(expectedTasks[i]);
			List<String> leads = new ArrayList<>();
			entry.at("/target/leadUnits").forEach(u -> leads.add(u.get("code").asString()));
			if (i == 3) {
				assertThat(leads).hasSize(8).doesNotContain("BLD");
			}
			else {
				assertThat(leads).containsExactlyInAnyOrderElementsOf(expectedLeads.get(i));
			}
		}
		assertThat(targets.get(0).at("/target/targetText").asString()).isEqualTo("đạt trên 7,80 điểm");
		assertThat(plan.get("generalTasks").size()).isEqualTo(4);
	}

	@Test
	void seedMeasuresKeepTheirUnitsAndOutsideBodies() throws Exception {
		JsonNode plan = getJson("/api/v1/plans/" + demoPlanId(), "vanphong");
		JsonNode c3last = plan.at("/targets/2/tasks/6");
		assertThat(c3last.at("/leadUnits/0/code").asString()).isEqualTo("TTS");
		assertThat(c3last.get("externalParties").asString()).contains("Thanh tra tỉnh");
		JsonNode c5first = plan.at("/targets/4/tasks/0");
		assertThat(c5first.get("kind").asString()).isEqualTo("QUARTERLY");
		JsonNode yearly = plan.at("/generalTasks/2");
		assertThat(yearly.get("kind").asString()).isEqualTo("YEARLY");
		assertThat(yearly.get("deadline").asString()).isEqualTo("2020-12-15");
		assertThat(plan.at("/plan/status").asString()).isIn("ISSUED", "DRAFT");
	}

	@Test
	void componentTargetsAddUpToTheImpliedTotal() throws Exception {
		JsonNode plan = getJson("/api/v1/plans/" + demoPlanId(), "lanhdao");
		assertThat(plan.at("/checks/impliedTotal").asDouble()).isEqualTo(70.25);
		assertThat(plan.at("/checks/targetsMeetTotal").asBoolean()).isTrue();
	}

	@Test
	void unitStaffCannotEditAPlan() throws Exception {
		long id = demoPlanId();
		mockMvc
			.perform(post("/api/v1/plans/" + id + "/tasks").with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\",\"kind\":\"REGULAR\",\"leadUnitIds\":[1]}"))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(put("/api/v1/plans/" + id).with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		mockMvc.perform(post("/api/v1/plans/" + id + "/issue").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationCannotReadThePlan() throws Exception {
		long id = demoPlanId();
		mockMvc.perform(get("/api/v1/plans/" + id).with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc.perform(get("/api/v1/plans/" + id + "/document?format=docx").with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc.perform(get("/plans/" + id).with(httpBasic("sct", DEMO_PASSWORD))).andExpect(status().isNotFound());
		JsonNode list = getJson("/api/v1/plans", "sct");
		list.forEach(p -> assertThat(p.get("id").asLong()).isNotEqualTo(id));
	}

	@Test
	void viewerReadsEveryOrganisationsPlan() throws Exception {
		JsonNode plan = getJson("/api/v1/plans/" + demoPlanId(), "skhdt");
		assertThat(plan.get("targets").size()).isEqualTo(8);
		assertThat(plan.get("editable").asBoolean()).isFalse();
	}

	@Test
	void planDocumentIsAWordFileInTheAdministrativeLayout() throws Exception {
		byte[] docx = mockMvc
			.perform(get("/api/v1/plans/" + demoPlanId() + "/document?format=docx")
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 60/KH-STNMT", "Lạng Sơn, ngày 11 tháng 6 năm 2020", "KẾ HOẠCH",
					"Nâng cao chỉ số đánh giá năng lực cạnh tranh cấp Sở, Ban, Ngành (DDCI)", "I. MỤC ĐÍCH, YÊU CẦU",
					"III. TỔ CHỨC THỰC HIỆN", "Nơi nhận", "GIÁM ĐỐC", "Bùi Văn Côi", "đạt trên 7,80 điểm");
			for (int i = 0; i < COMPONENTS.size(); i++) {
				assertThat(text).contains((i + 1) + ". Chỉ số “" + COMPONENTS.get(i) + "”");
			}
		}
		byte[] pdf = mockMvc
			.perform(get("/api/v1/plans/" + demoPlanId() + "/document?format=pdf")
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void administratorsGetAStarterTemplateWithPlaceholders() throws Exception {
		byte[] template = mockMvc
			.perform(get("/api/v1/plans/document-template").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(template));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("{{so_ky_hieu}}", "{{noi_dung}}");
		}
	}

	@Test
	void annexHasOneRowPerTask() throws Exception {
		byte[] xlsx = mockMvc
			.perform(get("/api/v1/plans/" + demoPlanId() + "/annex?format=xlsx")
				.with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		JsonNode plan = getJson("/api/v1/plans/" + demoPlanId(), "lanhdao");
		int tasks = plan.get("generalTasks").size();
		for (JsonNode target : plan.get("targets")) {
			tasks += target.get("tasks").size();
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			int header = sheet.getFirstRowNum();
			for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r) != null && "STT"
					.equals(sheet.getRow(r).getCell(0) == null ? null : sheet.getRow(r).getCell(0).toString())) {
					header = r;
				}
			}
			int rows = 0;
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				// column 1 holds the task; component headings span the row from column 0
				if (sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null
						&& !sheet.getRow(r).getCell(1).toString().isBlank()) {
					rows++;
				}
			}
			assertThat(rows).isEqualTo(tasks).isGreaterThanOrEqualTo(25);
		}
		byte[] docx = mockMvc
			.perform(get("/api/v1/plans/" + demoPlanId() + "/annex?format=docx")
				.with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(word.getTables()).isNotEmpty();
			assertThat(word.getTables().get(0).getRows().size()).isGreaterThan(25);
		}
		assertThat(XlsxRenderer.class).isNotNull();
	}

}
