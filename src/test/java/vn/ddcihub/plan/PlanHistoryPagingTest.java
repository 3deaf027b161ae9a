package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

/**
 * A plan's history with 20,000 audit records of its tasks is read one page at a time,
 * newest first, with the right total, and without the records of other plans or of other
 * kinds of record that share an id.
 */
class PlanHistoryPagingTest extends IntegrationTest {

	static final int GENERATED = 20_000;

	@Autowired
	JsonMapper json;

	@Test
	void historyOfTwentyThousandChangesIsPagedNewestFirst() throws Exception {
		long planId = newPlan("9/KH-LICHSU");
		long first = newTask(planId, "Nhiệm vụ có nhiều thay đổi 1");
		long second = newTask(planId, "Nhiệm vụ có nhiều thay đổi 2");
		long otherPlan = newPlan("10/KH-LICHSU");
		long otherTask = newTask(otherPlan, "Nhiệm vụ của kế hoạch khác");
		long organisation = jdbc.sql("select organisation_id from plan_plan where id = :id")
			.param("id", planId)
			.query(Long.class)
			.single();
		long recorded = changesOf(planId);
		// Old changes, one minute apart and older than anything the application wrote,
		// alternating between
		// the two tasks; the same number of changes of another plan's task and of units
		// sharing the ids.
		generate(organisation, "PlanTask", "case when g % 2 = 0 then " + first + " else " + second + " end");
		generate(organisation, "PlanTask", String.valueOf(otherTask));
		generate(organisation, "Unit", String.valueOf(first));

		JsonNode page1 = history(planId, 1);
		long total = recorded + GENERATED;
		int pages = (int) ((total + 49) / 50);
		assertThat(page1.get("totalChanges").asLong()).isEqualTo(total);
		assertThat(page1.get("pageCount").asInt()).isEqualTo(pages);
		assertThat(page1.get("page").asInt()).isEqualTo(1);
		assertThat(page1.get("changes")).hasSize(50);
		// The application's own records are the newest, then the generated ones from the
		// most recent.
		assertThat(page1.at("/changes/0/action").asString()).isEqualTo("CREATE");
		assertThat(page1.at("/changes/0/entityId").asString()).isEqualTo(String.valueOf(second));
		assertThat(page1.at("/changes/" + recorded + "/after").asString()).contains("\"n\": 1}");

		JsonNode page2 = history(planId, 2);
		assertThat(page2.get("changes")).hasSize(50);
		assertThat(page2.at("/changes/0/after").asString()).contains("\"n\": " + (51 - recorded) + "}");
		assertThat(ids(page2)).doesNotContainAnyElementsOf(ids(page1));

		JsonNode last = history(planId, pages);
		List<String> lastEntities = new ArrayList<>();
		last.get("changes")
			.forEach(c -> lastEntities.add(c.get("entityType").asString() + ":" + c.get("entityId").asString()));
		assertThat(last.get("changes")).hasSize((int) (total - 50L * (pages - 1)));
		assertThat(last.at("/changes/" + (last.get("changes").size() - 1) + "/after").asString())
			.contains("\"n\": " + GENERATED + "}");
		assertThat(lastEntities).allMatch(e -> e.equals("PlanTask:" + first) || e.equals("PlanTask:" + second));

		String page = mockMvc
			.perform(get("/plans/" + planId + "/history").param("page", "2").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(
				"Trang 2/" + pages + " · " + String.format("%,d", total).replace(',', '.') + " thay đổi",
				"href=\"/plans/" + planId + "/history?page=1\"", "href=\"/plans/" + planId + "/history?page=3\"");
		mockMvc.perform(get("/api/v1/plans/" + planId + "/history").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	/**
	 * Adds {@link #GENERATED} old audit records of the given kind and id, numbered n = 1
	 * (newest) … 20,000.
	 */
	private void generate(long organisation, String entityType, String entityIdSql) {
		jdbc.sql(
				"""
						insert into audit_event (occurred_at, actor, organisation_id, entity_type, entity_id, action, after_state)
						select timestamptz '2021-01-01 00:00:00+07' - g * interval '1 minute', 'vanphong', :organisation, :type,
						       (%s)::text, 'UPDATE', jsonb_build_object('n', g)
						from generate_series(1, :count) g"""
					.formatted(entityIdSql))
			.param("organisation", organisation)
			.param("type", entityType)
			.param("count", GENERATED)
			.update();
	}

	private long changesOf(long planId) throws Exception {
		return history(planId, 1).get("totalChanges").asLong();
	}

	private JsonNode history(long planId, int page) throws Exception {
		return json.readTree(mockMvc
			.perform(get("/api/v1/plans/" + planId + "/history").param("page", String.valueOf(page))
				.with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("changes").forEach(c -> ids.add(c.get("id").asLong()));
		return ids;
	}

	private long newPlan(String number) throws Exception {
		return create("/api/v1/plans",
				Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
						Map.entry("issuedOn", "2026-02-01"), Map.entry("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
						Map.entry("title", "Kế hoạch có lịch sử dài"), Map.entry("year", 2026),
						Map.entry("baselineYear", 2025), Map.entry("targetYear", 2026),
						Map.entry("signerTitle", "GIÁM ĐỐC"), Map.entry("signerName", "Nguyễn Văn A")));
	}

	private long newTask(long planId, String title) throws Exception {
		long unit = jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = 'VP'""").query(Long.class).single();
		return create("/api/v1/plans/" + planId + "/tasks",
				Map.of("title", title, "kind", "REGULAR", "leadUnitIds", List.of(unit)));
	}

	private long create(String url, Object body) throws Exception {
		String answer = mockMvc
			.perform(post(url).with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer).get("id").asLong();
	}

}
