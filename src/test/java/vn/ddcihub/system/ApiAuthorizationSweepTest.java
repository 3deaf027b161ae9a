package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ddcihub.IntegrationTest;

/**
 * Every API call that changes something, as listed in the OpenAPI description, refuses a
 * unit's staff and a user of another organisation before it reads the request, and so
 * does every page form outside the user's own account — so an endpoint added without an
 * access rule fails here.
 */
class ApiAuthorizationSweepTest extends IntegrationTest {

	/**
	 * Calls a unit's staff may make: their own tokens, and the read-only "what if" target
	 * check.
	 */
	private static final Set<String> OPEN_TO_EVERY_USER = Set.of("POST /api/v1/me/tokens",
			"DELETE /api/v1/me/tokens/{id}", "POST /api/v1/editions/{year}/units/{code}/target-check");

	/** Calls a coordinator of another department may make for their own organisation. */
	private static final Set<String> OPEN_TO_COORDINATORS = Set.of("POST /api/v1/plans");

	@Test
	void unitStaffAndOtherOrganisationsCannotChangeAnything() throws Exception {
		JsonNode paths = JsonMapper.builder()
			.build()
			.readTree(mockMvc.perform(get("/v3/api-docs").with(httpBasic("admin", DEMO_PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("paths");
		List<String> allowed = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (String method : List.of("post", "put", "delete")) {
				JsonNode operation = path.getValue().get(method);
				if (operation == null) {
					continue;
				}
				String call = method.toUpperCase() + " " + path.getKey();
				boolean multipart = operation.at("/requestBody/content").has("multipart/form-data");
				for (String user : List.of("qldd", "sct")) {
					if (OPEN_TO_EVERY_USER.contains(call)
							|| (user.equals("sct") && OPEN_TO_COORDINATORS.contains(call))) {
						continue;
					}
					int status = mockMvc
						.perform(requestFor(method, url(path.getKey()), multipart).with(httpBasic(user, DEMO_PASSWORD)))
						.andReturn()
						.getResponse()
						.getStatus();
					checked++;
					if (status != 403 && status != 404) {
						allowed.add(call + " as " + user + " → " + status);
					}
				}
			}
		}
		assertThat(checked).as("mutating API calls found in the OpenAPI description").isGreaterThan(30);
		assertThat(allowed).isEmpty();
	}

	/** Page forms a unit's staff may post: their own account. */
	private static final Set<String> OWN_ACCOUNT_FORMS = Set.of("/account/password", "/account/unit", "/account/tokens",
			"/account/tokens/{id}/revoke");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void unitStaffCannotPostAnyManagementForm() throws Exception {
		List<String> allowed = new ArrayList<>();
		int checked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || OWN_ACCOUNT_FORMS.contains(pattern)) {
					continue;
				}
				int status = mockMvc
					.perform(multipart(url(pattern))
						.file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[0]))
						.with(httpBasic("qldd", DEMO_PASSWORD))
						.with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				checked++;
				if (status != 403 && status != 404) {
					allowed.add("POST " + pattern + " → " + status);
				}
			}
		}
		assertThat(checked).as("page forms found").isGreaterThan(10);
		assertThat(allowed).isEmpty();
	}

	private static AbstractMockHttpServletRequestBuilder<?> requestFor(String method, String url, boolean multipart) {
		if (multipart) {
			return multipart(url)
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", "unit_code\n".getBytes()));
		}
		return request(HttpMethod.valueOf(method.toUpperCase()), url).contentType(MediaType.APPLICATION_JSON)
			.content("{}");
	}

	private static String url(String template) {
		return template.replace("{year}", "2019")
			.replace("{code}", "STNMT")
			.replace("{rev}", "1")
			.replaceAll("\\{[a-zA-Z]*[iI]d\\}", "1");
	}

}
