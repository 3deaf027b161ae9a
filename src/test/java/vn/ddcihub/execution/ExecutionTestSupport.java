package vn.ddcihub.execution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.ddcihub.IntegrationTest;

/**
 * Calls of the execution tests: JSON in and out as a demo user, pages, and a plan of the
 * STNMT department made through the plan API in a year of the test's own.
 */
public abstract class ExecutionTestSupport extends IntegrationTest {

	@Autowired
	protected JsonMapper json;

	protected ExecutionFixtures fixtures() {
		return new ExecutionFixtures(jdbc);
	}

	protected long unitId(String code) {
		return fixtures().unitId("STNMT", code);
	}

	protected MockHttpServletResponse call(HttpMethod method, String url, String user, Object body) throws Exception {
		var call = request(method, url).with(httpBasic(user, DEMO_PASSWORD));
		if (body != null) {
			call.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return mockMvc.perform(call).andReturn().getResponse();
	}

	protected JsonNode read(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString());
	}

	protected JsonNode getJson(String url, String user) throws Exception {
		MockHttpServletResponse answer = call(HttpMethod.GET, url, user, null);
		if (answer.getStatus() != 200) {
			throw new AssertionError(
					"GET " + url + " as " + user + " → " + answer.getStatus() + " " + answer.getContentAsString());
		}
		return read(answer);
	}

	protected String page(String url, String user) throws Exception {
		MockHttpServletResponse answer = mockMvc.perform(get(url).with(httpBasic(user, DEMO_PASSWORD)))
			.andReturn()
			.getResponse();
		if (answer.getStatus() != 200) {
			throw new AssertionError("GET " + url + " as " + user + " → " + answer.getStatus());
		}
		return answer.getContentAsString();
	}

	private long created(String url, Object body) throws Exception {
		MockHttpServletResponse answer = call(HttpMethod.POST, url, "vanphong", body);
		if (answer.getStatus() != 201) {
			throw new AssertionError("POST " + url + " → " + answer.getStatus() + " " + answer.getContentAsString());
		}
		return read(answer).get("id").asLong();
	}

	/** A plan of STNMT for {@code year}, issued (dated) on {@code issuedOn}. */
	protected long newPlan(String number, int year, String issuedOn) throws Exception {
		return created("/api/v1/plans",
				Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
						Map.entry("issuedOn", issuedOn), Map.entry("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
						Map.entry("title", "Kế hoạch thử " + number), Map.entry("year", year),
						Map.entry("baselineYear", year - 1), Map.entry("targetYear", year),
						Map.entry("signerTitle", "GIÁM ĐỐC"), Map.entry("signerName", "Nguyễn Văn A")));
	}

	/**
	 * A task of the plan's general section.
	 * @param schedule "MONTHLY", "QUARTERLY", "REGULAR", "ONE_OFF" …
	 * @param dueDayOrDeadline the day for recurring work, the ISO deadline of a one-off
	 * task, or null
	 */
	protected long task(long planId, String title, String schedule, Object dueDayOrDeadline, List<String> leads,
			List<String> coordinating) throws Exception {
		Map<String, Object> task = new HashMap<>();
		task.put("title", title);
		task.put("kind", schedule);
		if (dueDayOrDeadline instanceof Integer day) {
			task.put("dueDay", day);
		}
		else if (dueDayOrDeadline != null) {
			task.put("deadline", dueDayOrDeadline);
		}
		task.put("leadUnitIds", leads.stream().map(this::unitId).toList());
		task.put("coordinatingUnitIds", coordinating.stream().map(this::unitId).toList());
		return created("/api/v1/plans/" + planId + "/tasks", task);
	}

	/** Saves the plan's proposed reporting lines (the Office), generating its periods. */
	protected JsonNode saveProposedLines(long planId) throws Exception {
		JsonNode proposed = getJson("/api/v1/plans/" + planId + "/reporting-lines", "vanphong").get("lines");
		MockHttpServletResponse answer = call(HttpMethod.PUT, "/api/v1/plans/" + planId + "/reporting-lines",
				"vanphong", proposed);
		if (answer.getStatus() != 200) {
			throw new AssertionError("PUT lines → " + answer.getStatus() + " " + answer.getContentAsString());
		}
		return read(answer).get("lines");
	}

	protected long period(long planId, String frequency, int year, int number) {
		return jdbc.sql("""
				select id from execution_period where plan_id = ? and frequency = ? and year = ? and number = ?""")
			.params(planId, frequency, year, number)
			.query(Long.class)
			.single();
	}

}
