package vn.ddcihub.execution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import vn.ddcihub.IntegrationTest;

/**
 * Unit reports through the API as the seed's users, on periods of a year only these tests
 * use (2036–2040).
 */
abstract class ReportApiTestSupport extends IntegrationTest {

	/** The smallest file that reads as a PDF. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	JsonMapper json;

	ExecutionFixtures fixtures() {
		return new ExecutionFixtures(jdbc);
	}

	/** A monthly period of the seed plan in {@code year}/{@code month}, open. */
	long period(int year, int month) {
		ExecutionFixtures fixtures = fixtures();
		long line = fixtures.monthlyLine(fixtures.seedPlanId(), year, 25);
		return fixtures.monthlyPeriod(line, year, month, 25);
	}

	long unit(String code) {
		return fixtures().unitId("STNMT", code);
	}

	MockHttpServletResponse call(
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String user)
			throws Exception {
		return mockMvc.perform(request.with(httpBasic(user, DEMO_PASSWORD))).andReturn().getResponse();
	}

	MockHttpServletResponse postJson(String url, String user, Object body) throws Exception {
		return call(post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
	}

	MockHttpServletResponse putJson(String url, String user, Object body) throws Exception {
		return call(put(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
	}

	JsonNode read(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	JsonNode report(long id, String user) throws Exception {
		return read(call(get("/api/v1/reports/" + id), user));
	}

	/** Starts the unit's report in the period as {@code user}; its id. */
	long start(long periodId, String unitCode, String user) throws Exception {
		MockHttpServletResponse answer = postJson("/api/v1/periods/" + periodId + "/reports", user,
				Map.of("unitId", unit(unitCode)));
		if (answer.getStatus() != 201 && answer.getStatus() != 200) {
			throw new AssertionError(answer.getStatus() + " " + answer.getContentAsString(StandardCharsets.UTF_8));
		}
		return read(answer).get("id").asLong();
	}

	/** The task ids of the report's entries with the given role, in the page's order. */
	List<Long> tasks(JsonNode report, String role) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode section : report.get("sections")) {
			for (JsonNode entry : section.get("entries")) {
				if (entry.get("role").asString().equals(role)) {
					ids.add(entry.get("taskId").asLong());
				}
			}
		}
		return ids;
	}

	/** A draft of one entry. */
	static Map<String, Object> entry(long taskId, String status, int progress, String results, String explanation,
			List<Map<String, Object>> figures) {
		return Map.of("taskId", taskId, "status", status, "progress", progress, "results", results, "difficulties", "",
				"proposals", "", "explanation", explanation, "figures", figures);
	}

	MockHttpServletResponse attach(long reportId, String user, String name, byte[] content, Long taskId)
			throws Exception {
		var request = multipart("/api/v1/reports/" + reportId + "/attachments")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		if (taskId != null) {
			request.param("taskId", String.valueOf(taskId));
		}
		return call(request, user);
	}

}
