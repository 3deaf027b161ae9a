package vn.ddcihub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

/**
 * KPIs linked to components: the tiles sit in the row after their component on the unit
 * profile and the dashboard, only for the organisation's own readers; the hub groups them
 * by component and links every lever; the mapping edit is the Office's and audited; a
 * plan task stores and shows the KPI it is meant to move.
 */
class OpsKpiTest extends IntegrationTest {

	private static final String PROFILE = "/index/2020/units/STNMT?block=DEPARTMENT";

	@Test
	void theTilesSitNextToTheComponentTheyMoveOnTheUnitProfile() throws Exception {
		Document profile = OpsPages.page(mockMvc, PROFILE, "lanhdao");
		Element c5 = profile.selectFirst("#profile-table tr[data-component=C5]:not(.kpi-row)");
		Element tiles = c5.nextElementSibling();
		assertThat(tiles.hasClass("kpi-row")).isTrue();
		assertThat(tiles.attr("data-component")).isEqualTo("C5");
		Element held = tiles.selectFirst("li.kpi-tile[data-kpi=dialogue.held]");
		assertThat(held.select(".kpi-value").text()).isEqualTo("4");
		assertThat(held.select(".kpi-change").text()).contains("1");
		assertThat(held.hasClass("good")).isTrue();
		assertThat(held.select("svg.sparkline polyline").attr("points")).isNotBlank();
		assertThat(held.select("a").attr("href")).isEqualTo("/operations/dialogues");
		assertThat(profile
			.select("#profile-table tr.kpi-row[data-component=C2] li[data-kpi=inspection.duplicates] .kpi-value")
			.text()).isEqualTo("1");
		// no lever is mapped to equal competition (C4)
		assertThat(profile.select("#profile-table tr.kpi-row[data-component=C4]")).isEmpty();
		assertThat(profile.select("#profile-table tr.kpi-row li.kpi-tile:not(:has(.kpi-value))")).isEmpty();
		assertThat(OpsPages.page(mockMvc, PROFILE, "sct").select(".kpi-row, .kpi-tile"))
			.as("another organisation sees none of STNMT's operations")
			.isEmpty();
	}

	@Test
	void theDashboardAndTheHubShowTheTilesAndNothingWithoutData() throws Exception {
		long seed = jdbc.sql("select min(id) from plan_plan where number_symbol = '60/KH-STNMT'")
			.query(Long.class)
			.single();
		Document dashboard = OpsPages.page(mockMvc, "/dashboard?plan=" + seed, "lanhdao");
		assertThat(dashboard.select("tr.kpi-row[data-component=C7] li[data-kpi=dialogue.quarters-covered] .kpi-value")
			.text()).isEqualTo("3");
		Document hub = OpsPages.page(mockMvc, "/operations?year=2020", "vanphong");
		assertThat(hub.select("#levers a").eachAttr("href")).contains("/operations/dossiers", "/operations/questions",
				"/operations/publications", "/operations/dialogues", "/operations/inspections");
		assertThat(hub.select("#kpi-groups .component-group").eachAttr("data-component")).containsSubsequence("C2",
				"C3", "C5", "C7");
		assertThat(hub.select(".component-group[data-component=C2] h3").text()).startsWith("C2 — ");
		Document empty = OpsPages.page(mockMvc, "/operations?year=2020", "sct");
		assertThat(empty.select("#no-kpis")).hasSize(1);
		assertThat(empty.select(".kpi-tiles, .kpi-tile")).isEmpty();
	}

	@Test
	void theOfficeChangesWhichComponentsAKpiMovesAndTheChangeIsAudited() throws Exception {
		long stnmt = OpsPages.organisation(jdbc, "STNMT");
		String kpi = "inspection.per-business";
		mockMvc
			.perform(post("/operations/kpis/" + kpi + "?year=2020").with(httpBasic("qldd", "demo123"))
				.with(csrf())
				.param("components", "C1"))
			.andExpect(status().isForbidden());
		try {
			mockMvc
				.perform(post("/operations/kpis/" + kpi + "?year=2020").with(httpBasic("vanphong", "demo123"))
					.with(csrf())
					.param("components", "C1")
					.param("target", "1,5"))
				.andExpect(status().is3xxRedirection());
			String after = jdbc.sql("""
					select after_state::text from audit_event where entity_type = 'OpsKpiMapping' and entity_id = ?
					and actor = 'vanphong' order by id desc limit 1""")
				.param(stnmt + ":" + kpi)
				.query(String.class)
				.single();
			assertThat(after).contains("C1").doesNotContain("C2");
			Document profile = OpsPages.page(mockMvc, PROFILE, "lanhdao");
			assertThat(profile.select("tr.kpi-row[data-component=C1] li[data-kpi=" + kpi + "] .kpi-target").text())
				.contains("1,5");
			assertThat(profile.select("tr.kpi-row[data-component=C2] li[data-kpi=" + kpi + "]")).isEmpty();
			Document wrong = OpsPages.page(mockMvc,
					post("/operations/kpis/" + kpi + "?year=2020").with(httpBasic("vanphong", "demo123"))
						.with(csrf())
						.param("components", "C1")
						.param("target", "nhiều"));
			assertThat(wrong.select(".error-summary a").eachAttr("href")).containsExactly("#target");
		}
		finally {
			mockMvc
				.perform(post("/operations/kpis/" + kpi + "?year=2020").with(httpBasic("vanphong", "demo123"))
					.with(csrf())
					.param("components", "C2", "C3")
					.param("target", ""))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'OpsKpiTarget' and entity_id = ?")
			.param(stnmt + ":" + kpi + ":2020")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aPlanTaskStoresAndShowsTheKpiItIsMeantToMove() throws Exception {
		long plan = draftPlan();
		String unit = String.valueOf(OpsPages.unit(jdbc, "VP"));
		Document refused = OpsPages.page(mockMvc, task(plan, unit, "khong.co"));
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#kpiCode");
		assertThat(refused.select("#kpiCode option").eachAttr("value")).contains("", "dialogue.held",
				"inspection.duplicates");
		mockMvc.perform(task(plan, unit, "dialogue.held")).andExpect(status().is3xxRedirection());
		long taskId = jdbc.sql("select id from plan_task where plan_id = ? and kpi_code = 'dialogue.held'")
			.param(plan)
			.query(Long.class)
			.single();
		Document page = OpsPages.page(mockMvc, "/plans/" + plan, "vanphong");
		assertThat(page.select("#task-" + taskId + " .task-kpi[data-kpi=dialogue.held]").text())
			.contains("Số cuộc đối thoại doanh nghiệp");
		Document edit = OpsPages.page(mockMvc, "/plans/" + plan + "/tasks/" + taskId + "/edit", "vanphong");
		assertThat(edit.select("#kpiCode option[selected]").val()).isEqualTo("dialogue.held");
		assertThat(
				jdbc.sql("select after_state::text from audit_event where entity_type = 'PlanTask' and entity_id = ?")
					.param(String.valueOf(taskId))
					.query(String.class)
					.single())
			.contains("\"kpiCode\":\"dialogue.held\"");
	}

	private org.springframework.test.web.servlet.RequestBuilder task(long plan, String unit, String kpi) {
		return post("/plans/" + plan + "/tasks").with(httpBasic("vanphong", "demo123"))
			.with(csrf())
			.param("title", "Tổ chức đối thoại doanh nghiệp hàng quý")
			.param("kind", "REGULAR")
			.param("leadUnitIds", unit)
			.param("kpiCode", kpi);
	}

	private long draftPlan() throws Exception {
		String body = mockMvc.perform(post("/api/v1/plans").with(httpBasic("vanphong", "demo123"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"numberSymbol": "KPI/KH-2039", "place": "Lạng Sơn", "issuedOn": "2039-01-15",
					 "issuer": "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "title": "Kế hoạch của phép thử KPI", "year": 2039,
					 "baselineYear": 2038, "targetYear": 2039, "signerTitle": "GIÁM ĐỐC", "signerName": "Nguyễn Văn A",
					 "goalTotalScore": 70.0, "goalTotalRank": 10}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("\\D+", ""));
	}

	@Test
	void theApiListsTheCatalogueAndTheReadings() throws Exception {
		String catalogue = mockMvc.perform(get("/api/v1/operations/kpis").with(httpBasic("skhdt", "demo123")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(catalogue).contains("dialogue.held", "dialogue.actions-on-time", "inspection.per-business");
		String readings = mockMvc
			.perform(get("/api/v1/operations/kpis/readings?from=2020&to=2020").with(httpBasic("lanhdao", "demo123")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(readings)
			.contains("{\"code\":\"dialogue.held\",\"year\":2020,\"month\":0,\"value\":4.0,\"basis\":4");
	}

}
