package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.IndexApi.ScoredEdition;
import vn.ddcihub.index.domain.EditionResults;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultVersion;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;

/**
 * Publishing a survey's scores into an edition on the real database: district editions
 * 2061–2065, years only this test uses; the department 2020 edition (which the seed does
 * not have) only for the plan check, removed afterwards.
 */
class ScorePublishingTest extends IntegrationTest {

	@Autowired
	IndexService index;

	@Autowired
	UserDetailsService accounts;

	private static final RequestPostProcessor VIEWER = httpBasic("skhdt", DEMO_PASSWORD);

	private String page(String path, RequestPostProcessor... user) throws Exception {
		var request = get(path);
		for (RequestPostProcessor u : user) {
			request.with(u);
		}
		return mockMvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	private static ScoredEditions district2061() {
		return ScoredEditions.of(2061, Block.DISTRICT)
			.unit("P61A", "Huyện Thử Một", 140, true, 8.0, 0.3)
			.unit("P61B", "Huyện Thử Hai", 120, true, 7.9, 0.3)
			.unit("P61C", "Huyện Thử Ba", 150, true, 5.0, 0.2)
			.unit("P61D", "Huyện Thử Bốn", 4, false, 9.5, 1.0)
			.illustrative();
	}

	@Test
	void publishingIntoAnUndefinedEditionDefinesItStoresScoresIntervalsAndCountsAndPublishesIt() throws Exception {
		// an edition imported but never published stays off the portal
		mockMvc
			.perform(multipart("/api/v1/editions/2065/results?block=DISTRICT&createUnits=true")
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv",
						"unit_code,unit_name,C1,C2,C3,C4,C5,C6,C7,C8\nP65A,Huyện Chưa Công Bố,5,5,5,5,5,5,5,5\n"
							.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk());

		assertThat(index.publishScores(district2061().build(), null, user("admin"))).isEqualTo(1);

		var definition = index.definition(2061, Block.DISTRICT);
		assertThat(definition.name()).isEqualTo("DDCI 2061 – Khối huyện, thành phố (từ khảo sát)");
		assertThat(definition.illustrative()).isTrue();
		assertThat(definition.components()).hasSize(8);
		assertThat(index.edition(2061, Block.DISTRICT).published()).isTrue();
		assertThat(index.units(Block.DISTRICT)).extracting(u -> u.code()).contains("P61A", "P61D");

		EditionResults results = index.results(2061, Block.DISTRICT);
		UnitResult a = results.unit("P61A").orElseThrow();
		assertThat(a.total()).isEqualTo(80.0);
		assertThat(a.totalRank()).isEqualTo(1);
		assertThat(a.respondents()).isEqualTo(140);
		assertThat(a.totalInterval()).isEqualTo(new IndexApi.Interval(77.0, 83.0));
		assertThat(a.rankInterval()).isEqualTo(new IndexApi.Interval(1, 2));
		assertThat(a.componentInterval(0)).isEqualTo(new IndexApi.Interval(7.7, 8.3));
		assertThat(a.band()).isEqualTo("Rất tốt");

		// below the minimum of responses: its scores stay, without rank, band or place in
		// the medians
		UnitResult d = results.unit("P61D").orElseThrow();
		assertThat(d.scores().get(0)).isEqualTo(9.5);
		assertThat(d.total()).isEqualTo(95.0);
		assertThat(d.totalRank()).isZero();
		assertThat(d.ranks()).containsOnlyNulls();
		assertThat(d.band()).isNull();
		assertThat(d.ranked()).isFalse();
		assertThat(d.respondents()).isEqualTo(4);
		assertThat(results.totalStats().median()).isEqualTo(79.0);
		assertThat(results.totalStats().count()).isEqualTo(3);
		assertThat(results.units().get(results.units().size() - 1).code()).isEqualTo("P61D");
		assertThat(jdbc
			.sql("""
					select published_rank is null and not ranked from index_result r join index_edition e on e.id = r.edition_id
					where e.year = 2061 and r.unit_code = 'P61D'""")
			.query(Boolean.class)
			.single()).isTrue();

		assertThat(results.indistinctGroups()).hasSize(1);
		assertThat(results.indistinctGroups().get(0)).extracting(UnitResult::code).containsExactly("P61A", "P61B");

		IndexApi.PublishedLeague league = index.publishedLeague(2061, Block.DISTRICT).orElseThrow();
		assertThat(league.edition().illustrative()).isTrue();
		assertThat(league.row("P61B").orElseThrow().responses()).isEqualTo(120);
		assertThat(league.row("P61D").orElseThrow().ranked()).isFalse();
		assertThat(league.indistinctGroups().get(0)).extracting(IndexApi.PublishedRow::code)
			.containsExactly("P61A", "P61B");

		String leaguePage = page("/index?year=2061&block=DISTRICT", VIEWER);
		assertThat(leaguePage).contains("Số phiếu")
			.contains("80,00 <small class=\"interval nowrap\"")
			.contains("(77,00–83,00)")
			.contains("(1–2)")
			.contains("Chưa đủ phiếu")
			.contains("id=\"indistinct-note\"")
			.contains("<li>Huyện Thử Một · Huyện Thử Hai</li>")
			.contains("Lượt chấm điểm thử");
		assertThat(page("/index/2061/units/P61B?block=DISTRICT&rank=1", VIEWER)).contains("id=\"respondents-card\"")
			.contains("(76,00–82,00)")
			.contains("Không thể phân biệt chắc chắn Huyện Thử Hai với Huyện Thử Một");
		assertThat(page("/index/2061/units/P61D?block=DISTRICT&rank=1", VIEWER)).contains("id=\"unranked-card\"");
		mockMvc.perform(get("/api/v1/editions/2061/results?block=DISTRICT").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0].code").value("P61A"))
			.andExpect(jsonPath("$.units[0].respondents").value(140))
			.andExpect(jsonPath("$.units[0].intervals.total.low").value(77.0))
			.andExpect(jsonPath("$.units[0].intervals.rank.high").value(2.0))
			.andExpect(jsonPath("$.units[0].intervals.components[0].high").value(8.3))
			.andExpect(jsonPath("$.units[3].code").value("P61D"))
			.andExpect(jsonPath("$.units[3].ranked").value(false));

		String portal = page("/cong-khai/2061/DISTRICT");
		assertThat(portal).contains("Huyện Thử Một")
			.contains("(77,00–83,00)")
			.contains("<li>Huyện Thử Một · Huyện Thử Hai</li>")
			.contains("Chưa đủ phiếu")
			.contains("minh họa");
		assertThat(page("/cong-khai/2061/DISTRICT/P61A")).contains("id=\"unit-responses\"")
			.contains("Không thể phân biệt chắc chắn Huyện Thử Một với Huyện Thử Hai");
		assertThat(page("/cong-khai/2061/DISTRICT/bang-xep-hang.csv"))
			.contains("Tổng hợp;Nhóm;Số phiếu;Tổng hợp: cận dưới 90 %;Tổng hợp: cận trên 90 %;Hạng: tốt nhất 90 %")
			.contains(";P61D;");
		assertThat(page("/cong-khai")).contains("/cong-khai/2061/DISTRICT").doesNotContain("2065");
		mockMvc.perform(get("/cong-khai/2065/DISTRICT")).andExpect(status().isNotFound());

		assertThat(index.versions(2061, Block.DISTRICT)).singleElement().satisfies(v -> {
			assertThat(v.number()).isEqualTo(1);
			assertThat(v.current()).isTrue();
			assertThat(v.source()).isEqualTo("Lượt chấm điểm thử");
			assertThat(v.publishedBy()).isEqualTo("admin");
			assertThat(v.reason()).isNull();
		});
		assertThat(jdbc
			.sql("""
					select (after_state::jsonb ->> 'version') || '/' || (after_state::jsonb -> 'respondents' ->> 'P61D')
					from audit_event where entity_type = 'IndexEdition' and entity_id = '2061-DISTRICT' and action = 'CREATE'
					  and actor = 'admin' and after_state::jsonb -> 'results' is not null""")
			.query(String.class)
			.list()).containsExactly("1/4");
	}

	@Test
	void republishingNeedsAReasonAndKeepsTheEarlierResultsAsAVersion() throws Exception {
		ScoredEdition first = ScoredEditions.of(2062, Block.DISTRICT)
			.unit("P62A", "Huyện Phiên Một", 90, true, 6.0, 0.2)
			.unit("P62B", "Huyện Phiên Hai", 80, true, 7.0, 0.2)
			.build();
		assertThat(index.publishScores(first, "  ", user("admin"))).isEqualTo(1);
		ScoredEdition second = ScoredEditions.of(2062, Block.DISTRICT)
			.unit("P62A", "Huyện Phiên Một", 95, true, 7.5, 0.2)
			.unit("P62B", "Huyện Phiên Hai", 85, true, 6.5, 0.2)
			.source("Lượt chấm điểm số 2")
			.build();

		assertThatThrownBy(() -> index.publishScores(second, " ", user("admin"))).isInstanceOf(BadInputException.class)
			.satisfies(e -> assertThat(((BadInputException) e).problems()).singleElement()
				.satisfies(p -> assertThat(p.message()).contains("hãy ghi lý do").contains("phiên bản 1")));
		assertThat(index.results(2062, Block.DISTRICT).unit("P62A").orElseThrow().total()).isEqualTo(60.0);
		assertThat(index.versions(2062, Block.DISTRICT)).hasSize(1);

		assertThat(index.publishScores(second, "Bổ sung 10 phiếu nhập muộn", user("admin"))).isEqualTo(2);
		EditionResults now = index.results(2062, Block.DISTRICT);
		assertThat(now.unit("P62A").orElseThrow().total()).isEqualTo(75.0);
		assertThat(now.unit("P62A").orElseThrow().totalRank()).isEqualTo(1);
		assertThat(now.unit("P62A").orElseThrow().respondents()).isEqualTo(95);

		List<ResultVersion> versions = index.versions(2062, Block.DISTRICT);
		assertThat(versions).extracting(ResultVersion::number).containsExactly(2, 1);
		assertThat(versions.get(0).current()).isTrue();
		assertThat(versions.get(0).reason()).isEqualTo("Bổ sung 10 phiếu nhập muộn");
		assertThat(versions.get(0).source()).isEqualTo("Lượt chấm điểm số 2");
		assertThat(versions.get(1).current()).isFalse();
		assertThat(versions.get(1).publishedBy()).isEqualTo("admin");
		assertThat(versions.get(1).reason()).isNull();
		assertThat(versions.get(1).replacedBy()).isEqualTo("admin");

		EditionResults earlier = index.version(2062, Block.DISTRICT, 1);
		UnitResult kept = earlier.unit("P62A").orElseThrow();
		assertThat(kept.total()).isEqualTo(60.0);
		assertThat(kept.totalRank()).isEqualTo(2);
		assertThat(kept.respondents()).isEqualTo(90);
		assertThat(kept.totalInterval()).isEqualTo(new IndexApi.Interval(58.0, 62.0));
		assertThat(kept.componentInterval(7)).isEqualTo(new IndexApi.Interval(5.8, 6.2));
		mockMvc.perform(get("/api/v1/editions/2062/versions?block=DISTRICT").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value(2))
			.andExpect(jsonPath("$[0].current").value(true))
			.andExpect(jsonPath("$[0].reason").value("Bổ sung 10 phiếu nhập muộn"))
			.andExpect(jsonPath("$[1].number").value(1))
			.andExpect(jsonPath("$[1].replacedBy").value("admin"));
		mockMvc.perform(get("/api/v1/editions/2062/versions/1/results?block=DISTRICT").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0].code").value("P62B"))
			.andExpect(jsonPath("$.units[0].total").value(70.0));
		assertThat(page("/index/editions/2062?block=DISTRICT", VIEWER)).contains("id=\"versions-table\"")
			.contains("Bổ sung 10 phiếu nhập muộn")
			.contains("/index/editions/2062/versions/1?block=DISTRICT");
		assertThat(page("/index/editions/2062/versions/1?block=DISTRICT", VIEWER))
			.contains("id=\"earlier-version-note\"")
			.contains("60,00")
			.doesNotContain("75,00");
		assertThatThrownBy(() -> index.version(2062, Block.DISTRICT, 2))
			.isInstanceOf(vn.ddcihub.shared.NotFoundException.class);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'IndexEdition' and entity_id = '2062-DISTRICT'
				  and action = 'UPDATE' and before_state::jsonb ->> 'version' = '1'
				  and after_state::jsonb ->> 'reason' = 'Bổ sung 10 phiếu nhập muộn'""").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void onlyWhoRunsTheRankingPublishesAndARefusalWritesNothing() {
		ScoredEdition scores = ScoredEditions.of(2063, Block.DISTRICT)
			.unit("P63A", "Huyện Quyền", 50, true, 6.0, 0.2)
			.build();
		// unit staff, the planning department's viewer, a department's coordinator
		for (String username : List.of("qldd", "ttcntt", "skhdt", "vanphong")) {
			assertThatThrownBy(() -> index.publishScores(scores, "thử", user(username))).as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(jdbc.sql("select count(*) from index_edition where year = 2063").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from index_assessed_unit where code = 'P63A'").query(Long.class).single())
			.isZero();
	}

	@Test
	void scoresThatTheEditionsWeightsWouldTotalDifferentlyAreRefusedAndNothingIsSaved() {
		ScoredEdition good = ScoredEditions.of(2064, Block.DISTRICT)
			.unit("P64A", "Huyện Trọng Số", 50, true, 6.0, 0.2)
			.unit("P64B", "Huyện Trọng Số Hai", 50, true, 7.0, 0.2)
			.build();
		List<IndexApi.ScoredUnit> units = new java.util.ArrayList<>(good.units());
		IndexApi.ScoredUnit a = units.get(0);
		units.set(0, new IndexApi.ScoredUnit(a.code(), a.name(), a.responses(), a.ranked(), a.components(),
				a.total() + 0.5, a.rank(), a.componentIntervals(), a.totalInterval(), a.rankInterval()));
		ScoredEdition wrong = new ScoredEdition(2064, Block.DISTRICT, good.componentCodes(), units, "sai", false);

		assertThatThrownBy(() -> index.publishScores(wrong, null, user("admin"))).isInstanceOf(BadInputException.class)
			.satisfies(e -> assertThat(((BadInputException) e).problems()).singleElement()
				.satisfies(p -> assertThat(p.message()).contains("P64A").contains("trọng số của kỳ")));
		assertThat(jdbc.sql("select count(*) from index_edition where year = 2064").query(Long.class).single())
			.isZero();
		assertThat(
				jdbc.sql("select count(*) from index_assessed_unit where code like 'P64%'").query(Long.class).single())
			.isZero();
	}

	/**
	 * The seed plan of STNMT checks its 2020 targets against the 2020 edition, which the
	 * demo publishes from its illustrative survey: the check reads the survey's scores.
	 */
	@Test
	void theStnmtPlanCheckFor2020ReadsThePublishedScores() {
		IndexApi.PublishedLeague league = index.publishedLeague(2020, Block.DEPARTMENT).orElseThrow();
		IndexApi.PublishedRow published = league.row("STNMT").orElseThrow();
		IndexApi.UnitStanding standing = index.standing(2020, Block.DEPARTMENT, "STNMT").orElseThrow();
		for (int c = 0; c < league.components().size(); c++) {
			assertThat(standing.components().get(c).score()).isCloseTo(published.scores().get(c), within(1e-9));
		}
		assertThat(standing.totalRank()).isEqualTo(published.rank());
		assertThat(standing.illustrative()).isTrue();
		Map<String, Double> targets = Map.of("C1", 7.80, "C2", 7.70, "C3", 6.50, "C4", 6.0, "C5", 7.5, "C6", 7.0, "C7",
				6.3, "C8", 7.4);
		IndexApi.TargetCheck check = index.checkTargets(2020, Block.DEPARTMENT, "STNMT", targets, 70);
		assertThat(check.impliedTotal()).isCloseTo(
				targets.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 10, within(1e-9));
		assertThat(check.meetsGoal()).isTrue();
	}

}
