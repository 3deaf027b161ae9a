package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.survey.domain.ResponseRepository;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * The response rate while the survey runs: per unit, the businesses of the sample that
 * dealt with it against the responses about it (web and imported), and the whole block;
 * on the questionnaire page for every reader and in the API.
 */
class ResponseRateTest extends IntegrationTest {

	@Autowired
	XlsForms xlsForms;

	@Autowired
	Samples samples;

	@Autowired
	ResponseRepository responses;

	@Autowired
	JsonMapper json;

	@Test
	void perUnitAndBlockTheSampledBusinessesAgainstWebAndImportedResponses() throws Exception {
		long id = CodesFixtures.questionnaire(xlsForms, 2077);
		byte[] csv = CodesFixtures.utf8(CodesFixtures.SAMPLE_CSV);
		samples.importFile(id, "mau.csv", csv.length, new ByteArrayResource(csv));
		// STNMT: 2 sampled, 1 web response; SXD: 1 sampled, none; STC: 1 sampled, 2
		// imported;
		// SCT: not sampled, 1 imported.
		responses.insert(id, null, List.of(new NewResponse("STNMT", null, Map.of("q1", "4"))));
		jdbc.sql("update survey_sample set code_used = true where questionnaire_id = ? and tax_code = '0101234567'")
			.param(id)
			.update();
		long batch = responses.insertBatch(id, ResponseSource.KOBO, "kobo.xlsx", 3, "admin");
		responses.insert(id, batch, List.of(new NewResponse("STC", "a", Map.of()),
				new NewResponse("STC", "b", Map.of()), new NewResponse("SCT", "c", Map.of())));

		JsonNode rate = json.readTree(mockMvc
			.perform(get("/api/v1/questionnaires/" + id + "/response-rate").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Map<String, String> byUnit = new java.util.LinkedHashMap<>();
		rate.get("units")
			.forEach(u -> byUnit.put(u.get("unitCode").asText(), u.get("sampled").asInt() + "/"
					+ u.get("responses").asInt() + "/" + (u.get("rate").isNull() ? "-" : u.get("rate").asDouble())));
		assertThat(byUnit).containsEntry("STNMT", "2/1/0.5")
			.containsEntry("SXD", "1/0/0.0")
			.containsEntry("STC", "1/2/2.0")
			.containsEntry("SCT", "0/1/-")
			.hasSize(4);
		assertThat(rate.get("block").get("sampled").asInt()).isEqualTo(4);
		assertThat(rate.get("block").get("responses").asInt()).isEqualTo(4);
		assertThat(rate.get("block").get("rate").asDouble()).isEqualTo(1.0);
		assertThat(rate.get("businesses").asInt()).isEqualTo(3);
		assertThat(rate.get("codesUsed").asInt()).isEqualTo(1);

		Document page = Jsoup
			.parse(mockMvc.perform(get("/survey/questionnaires/" + id).with(httpBasic("skhdt", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("#rate-table tr[data-unit=STNMT]").text())
			.isEqualTo("STNMT · Sở Tài nguyên và Môi trường 2 1 50,0 %");
		assertThat(page.select("#rate-table tr[data-unit=block]").text()).isEqualTo("Cả khối 4 4 100,0 %");
		assertThat(page.select("#sample-link")).as("the sample is for whoever runs the ranking").isEmpty();
	}

}
