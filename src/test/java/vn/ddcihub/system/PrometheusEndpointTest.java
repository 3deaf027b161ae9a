package vn.ddcihub.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import vn.ddcihub.IntegrationTest;

/**
 * Metrics export is off in tests by default; this test turns it on to check the endpoint.
 */
@TestPropertySource(properties = { "management.defaults.metrics.export.enabled=true",
		"management.prometheus.metrics.export.enabled=true" })
class PrometheusEndpointTest extends IntegrationTest {

	@Test
	void prometheusNeedsAdmin() throws Exception {
		mockMvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/actuator/prometheus").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
	}

}
