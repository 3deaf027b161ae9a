package vn.ddcihub.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

/** Reading and writing plans through the API as the seed's users. */
abstract class PlanApiTestSupport extends IntegrationTest {

	@Autowired
	JsonMapper json;

	long demoPlanId() {
		return jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT'").query(Long.class).single();
	}

	long unitId(String code) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = :code""").param("code", code).query(Long.class).single();
	}

	JsonNode getJson(String url, String user) throws Exception {
		return json.readTree(mockMvc.perform(get(url).with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
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

	String page(String url, String user) throws Exception {
		return mockMvc.perform(get(url).with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long newPlan(String number) throws Exception {
		Map<String, Object> plan = Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
				Map.entry("issuedOn", "2026-01-15"), Map.entry("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
				Map.entry("title", "Kế hoạch thử nghiệm"), Map.entry("year", 2026), Map.entry("baselineYear", 2025),
				Map.entry("targetYear", 2026), Map.entry("signerTitle", "GIÁM ĐỐC"),
				Map.entry("signerName", "Nguyễn Văn A"), Map.entry("goalTotalScore", 70.0),
				Map.entry("goalTotalRank", 10));
		return postJson("/api/v1/plans", "vanphong", plan);
	}

}
