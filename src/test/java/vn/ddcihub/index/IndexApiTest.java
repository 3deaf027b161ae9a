package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.org.OrgDirectory;

class IndexApiTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	private static final RequestPostProcessor STAFF = httpBasic("qldd", DEMO_PASSWORD);

	/** The seed plan's 2020 component targets of STNMT. */
	private static final Map<String, Double> SEED_TARGETS_2020 = Map.of("C1", 7.80, "C2", 7.70, "C3", 6.50, "C4", 6.0,
			"C5", 7.5, "C6", 7.0, "C7", 6.3, "C8", 7.4);

	@Autowired
	IndexApi indexApi;

	@Autowired
	OrgDirectory directory;

	private JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode unit(JsonNode results, String code) {
		for (JsonNode unit : results.get("units")) {
			if (unit.get("code").asString().equals(code)) {
				return unit;
			}
		}
		throw new AssertionError("no unit " + code);
	}

	@Test
	void stnmt2019HasTheSeedsRanksMediansAndSevenBelowMedianFlags() throws Exception {
		JsonNode results = json(mockMvc.perform(get("/api/v1/editions/2019/results?block=DEPARTMENT").with(STAFF))
			.andExpect(status().isOk()));
		assertThat(results.get("units")).hasSize(23);
		assertThat(results.get("illustrative").asBoolean()).isTrue();
		JsonNode stnmt = unit(results, "STNMT");
		assertThat(stnmt.get("scores").valueStream().map(JsonNode::asDouble).toList()).containsExactly(6.77, 6.83, 5.53,
				2.65, 4.50, 6.78, 4.69, 6.26);
		assertThat(stnmt.get("ranks").valueStream().map(JsonNode::asInt).toList()).containsExactly(16, 18, 16, 23, 20,
				14, 14, 10);
		assertThat(stnmt.get("totalRank").asInt()).isEqualTo(20);
		assertThat(stnmt.get("belowMedian").valueStream().filter(JsonNode::asBoolean).count()).isEqualTo(7);
		for (int c = 0; c < 8; c++) {
			double median = results.get("componentStats").get(c).get("median").asDouble();
			assertThat(stnmt.get("belowMedian").get(c).asBoolean())
				.isEqualTo(stnmt.get("scores").get(c).asDouble() < median);
		}
		assertThat(results.get("totalStats").get("median").isNumber()).isTrue();
		assertThat(stnmt.get("previousRank").asInt()).isEqualTo(16);
		assertThat(stnmt.get("rankChange").asInt()).isEqualTo(-4);
		assertThat(stnmt.get("organisationId").asLong())
			.isEqualTo(directory.organisationByCode("STNMT").orElseThrow().id());
	}

	@Test
	void stnmt2018RanksSixteenthOfTwentyOne() throws Exception {
		mockMvc.perform(get("/api/v1/editions/2018/units/STNMT/profile").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalRank").value(16))
			.andExpect(jsonPath("$.unitCount").value(21));
	}

	@Test
	void totalsFollowTheWeightedFormula() throws Exception {
		JsonNode results = json(mockMvc.perform(get("/api/v1/editions/2019/results").with(STAFF)));
		for (JsonNode unit : results.get("units")) {
			double sum = unit.get("scores").valueStream().mapToDouble(JsonNode::asDouble).sum();
			assertThat(unit.get("computedTotal").asDouble()).isCloseTo(sum / 8 * 10, within(0.005));
			assertThat(unit.get("total").asDouble()).isEqualTo(unit.get("computedTotal").asDouble());
		}
		assertThat(unit(results, "STNMT").get("total").asDouble()).isEqualTo(55.01);
	}

	@Test
	void profileShowsRankOfNMedianGapTargetsAndTrend() throws Exception {
		JsonNode profile = json(mockMvc.perform(get("/api/v1/editions/2019/units/STNMT/profile").with(STAFF))
			.andExpect(status().isOk()));
		assertThat(profile.get("unitCount").asInt()).isEqualTo(23);
		assertThat(profile.get("belowMedianCount").asInt()).isEqualTo(7);
		JsonNode c1 = profile.get("components").get(0);
		assertThat(c1.get("rank").asInt()).isEqualTo(16);
		assertThat(c1.get("target").asDouble()).isEqualTo(7.80);
		assertThat(c1.get("gapToMedian").asDouble()).isCloseTo(6.77 - c1.get("median").asDouble(), within(0.006));
		assertThat(c1.get("scoreAtRank10").isNumber()).isTrue();
		assertThat(profile.get("targetTotal").asDouble()).isEqualTo(70.25);
		assertThat(profile.get("trend")
			.valueStream()
			.map(p -> p.get("year").asInt() + ":" + p.get("rank").asInt())
			.toList()).containsExactly("2018:16", "2019:20");
	}

	@Test
	void aUnitsTargetsAreHiddenFromOtherOrganisations() throws Exception {
		JsonNode seenBySct = json(
				mockMvc.perform(get("/api/v1/editions/2019/units/STNMT/profile").with(httpBasic("sct", DEMO_PASSWORD)))
					.andExpect(status().isOk()));
		assertThat(seenBySct.get("components").get(0).get("target").isNull()).isTrue();
		assertThat(seenBySct.get("targetTotal").isNull()).isTrue();
		assertThat(seenBySct.get("components").get(0).get("rank").asInt()).isEqualTo(16);
		mockMvc.perform(get("/api/v1/editions/2019/units/STNMT/targets").with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc.perform(post("/api/v1/editions/2019/units/STNMT/target-check").with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		JsonNode seenByViewer = json(mockMvc
			.perform(get("/api/v1/editions/2019/units/STNMT/profile").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isOk()));
		assertThat(seenByViewer.get("targetTotal").asDouble()).isEqualTo(70.25);
	}

	@Test
	void theSeeds2020TargetsImplySeventyPointTwentyFive() throws Exception {
		mockMvc.perform(post("/api/v1/editions/2019/units/STNMT/target-check").with(STAFF)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"targets":{"C1":7.80,"C2":7.70,"C3":6.50,"C4":6.0,"C5":7.5,"C6":7.0,"C7":6.3,"C8":7.4},"goalTotal":70}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.impliedTotal").value(70.25))
			.andExpect(jsonPath("$.meetsGoal").value(true));
		mockMvc.perform(post("/api/v1/editions/2019/units/STNMT/target-check").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.impliedTotal").value(70.25));
		assertThat(indexApi.checkTargets(2019, Block.DEPARTMENT, "STNMT", SEED_TARGETS_2020, 70))
			.isEqualTo(new IndexApi.TargetCheck(70.25, 70, true));
	}

	@Test
	void targetRankGivesTheTenthBestPeerScorePerComponentAndForTheTotal() throws Exception {
		JsonNode results = json(mockMvc.perform(get("/api/v1/editions/2019/results").with(STAFF)));
		JsonNode answer = json(mockMvc.perform(get("/api/v1/editions/2019/units/STNMT/target-rank?rank=10").with(STAFF))
			.andExpect(status().isOk()));
		for (int c = 0; c < 8; c++) {
			final int column = c;
			List<Double> peers = results.get("units")
				.valueStream()
				.filter(u -> !u.get("code").asString().equals("STNMT"))
				.map(u -> u.get("scores").get(column).asDouble())
				.sorted((a, b) -> Double.compare(b, a))
				.toList();
			JsonNode need = answer.get("components").get(c);
			assertThat(need.get("needed").asDouble()).isEqualTo(peers.get(9));
			assertThat(need.get("gap").asDouble()).isCloseTo(peers.get(9) - need.get("current").asDouble(),
					within(0.006));
		}
		// rank 10 in C8 already: needs no more than the current score
		assertThat(answer.get("components").get(7).get("gap").asDouble()).isLessThanOrEqualTo(0);
		assertThat(answer.get("total").get("needed").asDouble()).isGreaterThan(55.01);
		JsonNode improving = json(mockMvc
			.perform(get("/api/v1/editions/2019/units/STNMT/target-rank?rank=10&peersImprove=true").with(STAFF)));
		assertThat(improving.get("peersImprove").asBoolean()).isTrue();
		assertThat(improving.get("total").get("peerChange").isNumber()).isTrue();
	}

	@Test
	void indexApiGivesStandingAndTheLinkedAssessedUnit() {
		long stnmt = directory.organisationByCode("STNMT").orElseThrow().id();
		assertThat(indexApi.assessedUnitOf(stnmt))
			.contains(new IndexApi.AssessedUnitRef("STNMT", "Sở Tài nguyên và Môi trường", Block.DEPARTMENT));
		// demo editions only: tests that write use the district block or editions without
		// results
		assertThat(indexApi.editionYears(Block.DEPARTMENT)).containsExactly(2020, 2019, 2018);
		IndexApi.UnitStanding standing = indexApi.standing(2019, Block.DEPARTMENT, "STNMT").orElseThrow();
		assertThat(standing.totalRank()).isEqualTo(20);
		assertThat(standing.unitCount()).isEqualTo(23);
		assertThat(standing.components()).extracting(IndexApi.ComponentStanding::rank)
			.containsExactly(16, 18, 16, 23, 20, 14, 14, 10);
		assertThat(standing.components().stream().filter(IndexApi.ComponentStanding::belowMedian).count()).isEqualTo(7);
		assertThat(standing.components().get(7).scoreForTop10()).isLessThanOrEqualTo(6.26);
		assertThat(indexApi.standing(2019, Block.DEPARTMENT, "NOPE")).isEmpty();
	}

	@Test
	void importWithAnOutOfRangeScoreIsRejectedWithRowAndColumnAndChangesNothing() throws Exception {
		String before = mockMvc.perform(get("/api/v1/editions/2019/results").with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long audits = jdbc.sql("select count(*) from audit_event where action = 'IMPORT'").query(Long.class).single();
		String csv = """
				unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8
				STC,Sở Tài chính,1,1,1,1,1,1,1,1
				STNMT,Sở Tài nguyên và Môi trường,6.77,6.83,10.5,2.65,4.50,6.78,4.69,6.26
				""";
		mockMvc.perform(multipart("/api/v1/editions/2019/results").file(file("ket-qua.csv", csv)).with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].file").value("ket-qua.csv"))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("c3"))
			.andExpect(jsonPath("$.problems[0].message").value("Điểm 10.5 nằm ngoài khoảng 0–10"));
		String after = mockMvc.perform(get("/api/v1/editions/2019/results").with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORT'").query(Long.class).single())
			.isEqualTo(audits);
	}

	@Test
	void aTenComponentIndexWithUnequalWeightsReproducesPublishedTotals() throws Exception {
		double[] weights = { 5, 5, 20, 5, 10, 5, 5, 20, 20, 5 };
		StringBuilder components = new StringBuilder();
		for (int c = 0; c < 10; c++) {
			components.append(c == 0 ? "" : ",")
				.append("""
						{"code":"P%d","nameVi":"Chỉ số %d","nameEn":"Index %d","order":%d,"weight":%s}"""
					.formatted(c + 1, c + 1, c + 1, c + 1, weights[c]));
		}
		mockMvc.perform(post("/api/v1/editions").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"year":2021,"block":"DISTRICT","name":"PCI-style 2021","components":[%s]}""".formatted(components)))
			.andExpect(status().isOk());
		Random random = new Random(7);
		StringBuilder csv = new StringBuilder("unit_code;unit_name;p1;p2;p3;p4;p5;p6;p7;p8;p9;p10;total\n");
		Map<String, Double> published = new java.util.HashMap<>();
		for (int u = 1; u <= 30; u++) {
			StringBuilder line = new StringBuilder("H" + u + ";Huyện " + u);
			double total = 0;
			for (int c = 0; c < 10; c++) {
				double score = 3 + 6 * random.nextDouble();
				total += weights[c] / 100 * score * 10;
				line.append(';').append(String.format(java.util.Locale.ROOT, "%.2f", score).replace('.', ','));
			}
			double rounded = Math.round(total * 100) / 100.0;
			published.put("H" + u, rounded);
			csv.append(line)
				.append(';')
				.append(String.format(java.util.Locale.ROOT, "%.2f", rounded).replace('.', ','))
				.append('\n');
		}
		mockMvc
			.perform(multipart("/api/v1/editions/2021/results?block=DISTRICT&createUnits=true")
				.file(file("pci.csv", csv.toString()))
				.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(30))
			.andExpect(jsonPath("$.createdUnits").value(30));
		JsonNode results = json(mockMvc.perform(get("/api/v1/editions/2021/results?block=DISTRICT").with(STAFF)));
		assertThat(results.get("units")).hasSize(30);
		// components published with 2 decimals move a total with these weights by at most
		// 0.05, 0.02 on average
		double absoluteDifferences = 0;
		for (JsonNode unit : results.get("units")) {
			double expected = published.get(unit.get("code").asString());
			assertThat(unit.get("publishedTotal").asDouble()).isEqualTo(expected);
			assertThat(unit.get("total").asDouble()).isEqualTo(expected);
			assertThat(unit.get("computedTotal").asDouble()).isCloseTo(expected, within(0.05));
			assertThat(unit.get("totalDifference").asDouble())
				.isCloseTo(expected - unit.get("computedTotal").asDouble(), within(0.0001));
			absoluteDifferences += Math.abs(unit.get("totalDifference").asDouble());
		}
		assertThat(absoluteDifferences / 30).isLessThanOrEqualTo(0.02);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORT' and entity_id = '2021-DISTRICT'")
			.query(Long.class)
			.single()).isEqualTo(1);

		// manual correction of one unit is audited with before and after
		mockMvc
			.perform(put("/api/v1/editions/2021/units/H1/scores?block=DISTRICT").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"scores":{"P1":9,"P2":9,"P3":9,"P4":9,"P5":9,"P6":9,"P7":9,"P8":9,"P9":9,"P10":9}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.computedTotal").value(90.0))
			.andExpect(jsonPath("$.total").value(90.0));
		String after = jdbc
			.sql("""
					select after_state::jsonb::text from audit_event where entity_type = 'IndexResult' and entity_id = '2021-DISTRICT-H1'
					and action = 'UPDATE' and before_state is not null""")
			.query(String.class)
			.single();
		assertThat(after).contains("\"computedTotal\": 90.0").contains("\"code\": \"H1\"");
	}

	@Test
	void definitionsDefaultToEightEqualComponentsAndCanBeCopied() throws Exception {
		mockMvc
			.perform(post("/api/v1/editions").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2031,\"block\":\"DEPARTMENT\",\"name\":\"DDCI 2031\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.length()").value(8))
			.andExpect(jsonPath("$.components[3].weight").value(1.0))
			.andExpect(jsonPath("$.bands[0].label").value("Rất tốt"));
		mockMvc.perform(post("/api/v1/editions/2031/copy?toYear=2032").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("DDCI 2032"));
		mockMvc.perform(get("/api/v1/editions/2032/definition").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components[0].nameVi").value("Tính minh bạch và tiếp cận thông tin"));
	}

	@Test
	void decimalCommaFileImportsIntoANewEditionWithTheDefaultDefinition() throws Exception {
		String csv = "unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\nD1;Huyện Một;7,80;7,70;6,50;6,0;7,5;7,0;6,3;7,4\n"
				+ "D2;Huyện Hai;5;5;5;5;5;5;5;5\n";
		mockMvc
			.perform(multipart("/api/v1/editions/2033/results?block=DISTRICT&createUnits=true")
				.file(file("2033.csv", csv))
				.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		mockMvc.perform(get("/api/v1/editions/2033/units/D1/profile?block=DISTRICT").with(STAFF))
			.andExpect(jsonPath("$.total").value(70.25))
			.andExpect(jsonPath("$.band").value("Tốt"))
			.andExpect(jsonPath("$.totalRank").value(1));
	}

	@Test
	void reimportingAFileAuditsTheReplacedAndTheNewScores() throws Exception {
		String first = "unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8\nA1,Huyện A,5,5,5,5,5,5,5,5\n";
		String second = "unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8\nA1,Huyện A,6,5,5,5,5,5,5,5\n";
		mockMvc
			.perform(multipart("/api/v1/editions/2041/results?block=DISTRICT&createUnits=true")
				.file(file("a.csv", first))
				.with(ADMIN))
			.andExpect(status().isOk());
		mockMvc
			.perform(multipart("/api/v1/editions/2041/results?block=DISTRICT").file(file("b.csv", second)).with(ADMIN))
			.andExpect(status().isOk());
		// The results are audited as a table: the column names once, one array per unit.
		String audited = jdbc
			.sql("""
					select concat_ws(' | ', before_state::jsonb -> 'results' -> 'columns', before_state::jsonb -> 'results' -> 'rows',
					                 after_state::jsonb -> 'results' -> 'rows', after_state -> 'summary' ->> 'file',
					                 after_state -> 'summary' ->> 'replaced')
					from audit_event where entity_type = 'IndexEdition' and entity_id = '2041-DISTRICT' and action = 'IMPORT'
					order by id desc limit 1""")
			.query(String.class)
			.single();
		assertThat(audited).isEqualTo(
				"[\"unit\", \"C1\", \"C2\", \"C3\", \"C4\", \"C5\", \"C6\", \"C7\", \"C8\", \"publishedTotal\", \"publishedRank\"]"
						+ " | [[\"A1\", 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, null, null]]"
						+ " | [[\"A1\", 6.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, null, null]] | b.csv | 1");
	}

	@Test
	void impossibleRanksAreRefused() throws Exception {
		String csv = "unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8,rank\nR1,Huyện R,5,5,5,5,5,5,5,5,99\n";
		mockMvc
			.perform(multipart("/api/v1/editions/2042/results?block=DISTRICT&createUnits=true").file(file("r.csv", csv))
				.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("rank"));
		mockMvc.perform(get("/api/v1/editions/2019/units/STNMT/target-rank?rank=24").with(STAFF))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("rank"))
			.andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("từ 1 đến 23")));
	}

	@Test
	void onlyAdminsAndProvinceCoordinatorsChangeTheIndex() throws Exception {
		String csv = "unit_code,c1,c2,c3,c4,c5,c6,c7,c8\nSTNMT,1,1,1,1,1,1,1,1\n";
		mockMvc.perform(multipart("/api/v1/editions/2019/results").file(file("a.csv", csv)).with(STAFF))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(multipart("/api/v1/editions/2019/results").file(file("a.csv", csv))
				.with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(multipart("/api/v1/editions/2019/results").file(file("a.csv", csv))
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(put("/api/v1/editions/2019/units/STNMT/scores").with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\":{}}"))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(post("/api/v1/editions").with(httpBasic("skhdt", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2040,\"block\":\"DEPARTMENT\",\"name\":\"x\"}"))
			.andExpect(status().isForbidden());
		mockMvc.perform(get("/api/v1/editions/2019/units/STNMT/profile")).andExpect(status().isUnauthorized());
		mockMvc.perform(get("/api/v1/editions").with(httpBasic("skhdt", DEMO_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorOfAProvinceBodyMayImport() throws Exception {
		long skhdt = directory.organisationByCode("SKHDT").orElseThrow().id();
		mockMvc.perform(post("/api/v1/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"xephang","displayName":"Cán bộ xếp hạng","organisationId":%d,"roles":["COORDINATOR"],
				 "password":"xephang-2024"}""".formatted(skhdt))).andExpect(status().isCreated());
		String csv = "unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8\nF1,Huyện F1,5,5,5,5,5,5,5,5\n";
		mockMvc
			.perform(multipart("/api/v1/editions/2035/results?block=DISTRICT&createUnits=true").file(file("a.csv", csv))
				.with(httpBasic("xephang", "xephang-2024")))
			.andExpect(status().isOk());
	}

	@Test
	void templateAndExportsDownload() throws Exception {
		mockMvc.perform(get("/api/v1/editions/2019/template?format=csv").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("unit_code;unit_name;C1;C2")));
		mockMvc.perform(get("/api/v1/editions/2019/template").with(ADMIN)).andExpect(status().isOk());
		for (String path : List.of("/index/2019/league.xlsx", "/index/2019/league.pdf",
				"/index/2019/units/STNMT/profile.xlsx", "/index/2019/units/STNMT/profile.pdf")) {
			byte[] body = mockMvc.perform(get(path).with(STAFF))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(body.length).as(path).isGreaterThan(1000);
		}
	}

	@Test
	void pagesShowLeagueTableProfileWithRadarAndComparison() throws Exception {
		mockMvc.perform(get("/index").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sở Tài nguyên và Môi trường")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("dữ liệu minh họa")));
		mockMvc.perform(get("/index/2019/units/STNMT").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"radar-chart\"")));
		mockMvc.perform(get("/index/compare?from=2018&to=2019").with(STAFF)).andExpect(status().isOk());
	}

	@Test
	void correctionFormAcceptsDecimalCommasAndIsAudited() throws Exception {
		String csv = "unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\nE1;Huyện E1;5;5;5;5;5;5;5;5\nE2;Huyện E2;6;6;6;6;6;6;6;6\n";
		mockMvc
			.perform(multipart("/api/v1/editions/2034/results?block=DISTRICT&createUnits=true")
				.file(file("2034.csv", csv))
				.with(ADMIN))
			.andExpect(status().isOk());
		mockMvc.perform(get("/index/2034/units/E1/edit?block=DISTRICT").with(STAFF)).andExpect(status().isForbidden());
		mockMvc.perform(get("/index/2034/units/E1/edit?block=DISTRICT").with(ADMIN)).andExpect(status().isOk());
		var form = post("/index/2034/units/E1/edit?block=DISTRICT").with(ADMIN)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		for (int c = 1; c <= 8; c++) {
			form.param("score_C" + c, "7,80");
		}
		mockMvc.perform(form).andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/api/v1/editions/2034/units/E1/profile?block=DISTRICT").with(STAFF))
			.andExpect(jsonPath("$.total").value(78.0))
			.andExpect(jsonPath("$.totalRank").value(1));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'IndexResult' and entity_id = '2034-DISTRICT-E1'
				and action = 'UPDATE' and before_state is not null and after_state is not null""")
			.query(Long.class)
			.single()).isEqualTo(1);
		var bad = post("/index/2034/units/E1/edit?block=DISTRICT").with(ADMIN)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		for (int c = 1; c <= 8; c++) {
			bad.param("score_C" + c, c == 3 ? "12" : "7");
		}
		mockMvc.perform(bad)
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("phải từ 0 đến 10")));
	}

	@Test
	void weightsEditedOnTheDefinitionPageChangeTheTotals() throws Exception {
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		mockMvc
			.perform(post("/index/editions").with(ADMIN)
				.with(csrf)
				.param("year", "2036")
				.param("block", "DISTRICT")
				.param("name", "DDCI 2036"))
			.andExpect(status().is3xxRedirection());
		mockMvc
			.perform(multipart("/api/v1/editions/2036/results?block=DISTRICT&createUnits=true")
				.file(file("2036.csv", "unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8\nG1,Huyện G1,9,5,5,5,5,5,5,5\n"))
				.with(ADMIN))
			.andExpect(status().isOk());
		mockMvc.perform(get("/api/v1/editions/2036/units/G1/profile?block=DISTRICT").with(STAFF))
			.andExpect(jsonPath("$.total").value(55.0));
		var form = post("/index/editions/2036?block=DISTRICT").with(ADMIN).with(csrf).param("name", "DDCI 2036");
		for (int c = 1; c <= 8; c++) {
			form.param("weight_C" + c, c == 1 ? "3" : "1")
				.param("nameVi_C" + c, "Chỉ số " + c)
				.param("nameEn_C" + c, "Index " + c);
		}
		List<String[]> bands = List.of(new String[] { "Rất tốt", "80" }, new String[] { "Tốt", "70" },
				new String[] { "Khá", "60,5" }, new String[] { "Trung bình", "50" }, new String[] { "Thấp", "0" });
		for (int i = 0; i < bands.size(); i++) {
			form.param("bandLabel_" + i, bands.get(i)[0]).param("bandBound_" + i, bands.get(i)[1]);
		}
		mockMvc.perform(form).andExpect(status().is3xxRedirection());
		// (3·9 + 7·5) / 10 × 10 = 62
		mockMvc.perform(get("/api/v1/editions/2036/units/G1/profile?block=DISTRICT").with(STAFF))
			.andExpect(jsonPath("$.total").value(62.0))
			.andExpect(jsonPath("$.band").value("Khá"))
			.andExpect(jsonPath("$.components[0].nameVi").value("Chỉ số 1"));
		mockMvc.perform(get("/index/editions").with(STAFF)).andExpect(status().isOk());
		mockMvc.perform(get("/index/editions/2019").with(STAFF)).andExpect(status().isOk());
		mockMvc.perform(post("/index/editions/2036/copy?block=DISTRICT").with(STAFF).with(csrf).param("toYear", "2037"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theIndexApiIsDocumentedInOpenApi() throws Exception {
		mockMvc.perform(get("/v3/api-docs").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/editions']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/results'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/results'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/units/{code}/profile']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/units/{code}/target-rank']").exists());
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
