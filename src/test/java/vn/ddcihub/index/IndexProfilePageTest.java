package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.WhatIf;

/**
 * The unit profile answers at a glance: the plan's targets (entered only in the plan)
 * with links to them, the gap to rank 10, a what-if that saves nothing, and the
 * illustrative label on every figure computed from illustrative peers.
 */
class IndexProfilePageTest extends IntegrationTest {

	private static final RequestPostProcessor COORDINATOR = httpBasic("vanphong", DEMO_PASSWORD);

	private static final String PROFILE = "/index/2019/units/STNMT?block=DEPARTMENT";

	/** The seed plan's 2020 component targets of STNMT. */
	private static final Map<String, Double> SEED_TARGETS = Map.of("C1", 7.80, "C2", 7.70, "C3", 6.50, "C4", 6.0, "C5",
			7.5, "C6", 7.0, "C7", 6.3, "C8", 7.4);

	@Autowired
	IndexService index;

	@Autowired
	JsonMapper json;

	private String page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		return mockMvc.perform(request.with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The rank a total would have had: one more than the other units above it. */
	private int rankAmongOthers(double total) {
		return 1 + (int) index.results(2019, Block.DEPARTMENT)
			.units()
			.stream()
			.filter(u -> !u.code().equals("STNMT"))
			.map(UnitResult::total)
			.filter(t -> t != null && t > total)
			.count();
	}

	private static String row(String html, String component) {
		Matcher row = Pattern.compile("<tr[^>]*data-component=\"" + component + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(row.find()).as("row of " + component).isTrue();
		return row.group(1);
	}

	private static String whatIfAnswer(String html) {
		Matcher answer = Pattern.compile("class=\"what-if-answer\"[^>]*>([^<]*)<").matcher(html);
		return answer.find() ? answer.group(1) : null;
	}

	@Test
	void theSeedsTargetsImplySeventyPointTwentyFiveAndTheRankItWouldHaveHad() throws Exception {
		int rank = rankAmongOthers(70.25);
		assertThat(rank).as("eight units scored above 70,25 in 2019").isEqualTo(9);
		assertThat(index.whatIf(2019, Block.DEPARTMENT, "STNMT", SEED_TARGETS))
			.isEqualTo(new WhatIf(70.25, rank, 23, true));

		String profile = page(get(PROFILE), COORDINATOR);
		assertThat(whatIfAnswer(profile)).as("first shown with the plan's targets").isEqualTo("70,25 → hạng 9/23");
		assertThat(profile).contains("name=\"target_C1\"", "value=\"7,80\"", "value=\"7,40\"");
	}

	@Test
	void theWhatIfIsAGetFormThatAnswersAtOnceAndSavesNothing() throws Exception {
		MockHttpServletRequestBuilder ask = get(PROFILE);
		SEED_TARGETS.forEach((code, value) -> ask.param("target_" + code,
				code.equals("C4") ? "9" : String.valueOf(value).replace('.', ',')));
		String answer = whatIfAnswer(page(ask, COORDINATOR));

		// C4 from 6 to 9 under equal weights: 70,25 + 3 × 10/8
		assertThat(answer).isEqualTo("74,00 → hạng " + rankAmongOthers(74.0) + "/23").isEqualTo("74,00 → hạng 7/23");
		assertThat(index.targets(2019, Block.DEPARTMENT, "STNMT")).as("the plan keeps its targets")
			.containsEntry("C4", 6.0);
		assertThat(whatIfAnswer(page(get(PROFILE), COORDINATOR))).isEqualTo("70,25 → hạng 9/23");

		String blankKeepsTheScore = whatIfAnswer(page(get(PROFILE).param("target_C1", ""), COORDINATOR));
		assertThat(blankKeepsTheScore).as("every component at its 2019 score: the unit's total")
			.startsWith("55,01 → hạng 20/23");
	}

	@Test
	void aWrongWhatIfSaysWhatAndWhereAndGivesNoAnswer() throws Exception {
		String wrong = page(get(PROFILE).param("target_C1", "7,8x").param("target_C2", "12,5"), COORDINATOR);
		assertThat(wrong).contains("C1 — Tính minh bạch và tiếp cận thông tin phải là một số, ví dụ 7,5",
				"value=\"7,8x\"", "C2 — Chi phí thời gian phải từ 0 đến 10", "value=\"12,5\"", "href=\"#target_C1\"");
		assertThat(whatIfAnswer(wrong)).isNull();
	}

	@Test
	void theProfileShowsThePlansTargetsLinkedToWhereTheyAreEntered() throws Exception {
		long seedPlan = jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT'")
			.query(Long.class)
			.single();
		long c1 = jdbc.sql("select id from plan_target where plan_id = :plan and component_code = 'C1'")
			.param("plan", seedPlan)
			.query(Long.class)
			.single();
		String profile = page(get(PROFILE), COORDINATOR);
		assertThat(row(profile, "C1")).contains("<a href=\"/plans/" + seedPlan + "#target-" + c1 + "\">7,80</a>");
		assertThat(profile).contains("Kế hoạch 60/KH-STNMT", "href=\"/plans/" + seedPlan + "\"")
			.doesNotContain("targets-form");

		String otherOrganisation = page(get(PROFILE), httpBasic("sct", DEMO_PASSWORD));
		assertThat(otherOrganisation).doesNotContain("60/KH-STNMT").doesNotContain("href=\"/plans/");
		assertThat(whatIfAnswer(otherOrganisation)).as("starts from the scores: nothing of the plan shows")
			.startsWith("55,01");
	}

	@Test
	void aTargetIsEnteredInThePlanOnlyAndTheProfileFollowsIt() throws Exception {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.putAll(Map.of("numberSymbol", "18/KH-THU", "place", "Lạng Sơn", "issuedOn", "2018-06-01", "issuer",
				"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "title", "Kế hoạch từ kỳ 2018", "year", 2018, "baselineYear", 2018,
				"targetYear", 2019, "signerTitle", "GIÁM ĐỐC", "signerName", "Nguyễn Văn A"));
		long planId = created(post("/api/v1/plans"), plan);
		long target = created(post("/api/v1/plans/" + planId + "/targets"),
				Map.of("componentCode", "C1", "componentName", "Tính minh bạch", "targetScore", 7.5));
		String profile2018 = "/index/2018/units/STNMT?block=DEPARTMENT";
		assertThat(row(page(get(profile2018), COORDINATOR), "C1"))
			.contains("<a href=\"/plans/" + planId + "#target-" + target + "\">7,50</a>");

		mockMvc
			.perform(put("/api/v1/plans/" + planId + "/targets/" + target).with(COORDINATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(
						Map.of("componentCode", "C1", "componentName", "Tính minh bạch", "targetScore", 8.25))))
			.andExpect(status().is2xxSuccessful());
		assertThat(row(page(get(profile2018), COORDINATOR), "C1")).contains(">8,25</a>");
		assertThat(index.targets(2018, Block.DEPARTMENT, "STNMT")).isEqualTo(Map.of("C1", 8.25));

		// the index has no targets of its own to write any more
		mockMvc
			.perform(post("/index/2018/units/STNMT/targets?block=DEPARTMENT").param("target_C1", "9")
				.with(COORDINATOR)
				.with(csrf()))
			.andExpect(status().is4xxClientError());
		mockMvc
			.perform(put("/api/v1/editions/2018/units/STNMT/targets").with(COORDINATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"C1\": 9}"))
			.andExpect(status().is4xxClientError());
		assertThat(index.targets(2018, Block.DEPARTMENT, "STNMT")).isEqualTo(Map.of("C1", 8.25));
	}

	private long created(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		String answer = mockMvc
			.perform(request.with(COORDINATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer).get("id").asLong();
	}

	@Test
	void theGapToRankTenIsShownAndATenthPlaceIsHeld() throws Exception {
		String profile = page(get(PROFILE), COORDINATOR);
		assertThat(profile).contains("Còn thiếu để vào top 10");
		assertThat(row(profile, "C1")).contains("7,55", "+0,78");
		String c8 = row(profile, "C8");
		assertThat(c8).contains("10/23", "Đang hạng 10/23: giữ vị trí").doesNotContain("6,14");
	}

	@Test
	void figuresFromIllustrativePeersSaySoOnTheProfileTheLeagueAndTheStartPage() throws Exception {
		String profile = page(get(PROFILE), COORDINATOR);
		assertThat(profile).contains("Điểm thành phần năm 2018 của Sở cũng là số minh họa");
		String head = profile.substring(profile.indexOf("<thead>"), profile.indexOf("</thead>"));
		for (String column : new String[] { "Trung vị", "Chênh lệch với trung vị", "Cần đạt để vào top 10",
				"Còn thiếu để vào top 10", "Thay đổi so với kỳ trước" }) {
			assertThat(head).containsPattern(Pattern.quote(column) + "\\s*<small class=\"illustrative-tag\">minh họa");
		}
		assertThat(profile.substring(profile.indexOf("id=\"what-if-result\"")))
			.containsPattern("hạng 9/23</strong>\\s*<small class=\"illustrative-tag\">minh họa");

		String league = page(get("/index?year=2019&block=DEPARTMENT"), COORDINATOR);
		assertThat(league.substring(league.indexOf("<tfoot>")))
			.containsPattern("Trung vị\\s*<small class=\"illustrative-tag\">minh họa");

		// the start page shows the newest edition: the demo's 2020, illustrative too
		double median2020 = index.standing(2020, Block.DEPARTMENT, "STNMT").orElseThrow().totalMedian();
		assertThat(page(get("/"), COORDINATOR))
			.contains("Trung vị khối (dữ liệu minh họa): " + vn.ddcihub.shared.VietnameseFormat.decimal(median2020, 2));
	}

}
