package vn.ddcihub.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.EditionResultsChanged;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.IndexService.ScoreCorrection;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Role;

/**
 * The plan module with the modules it uses (org, documents; index, which plan reaches
 * through an ObjectProvider Modulith does not count as a bean dependency) and the
 * database setup of {@code system}, on a PostgreSQL of its own: a change of the index
 * results reaches the plans as an event, after commit.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "index", "system" })
@TestPropertySource(properties = { "ddci.embedded.data-dir=target/test-data/plan-module-postgres",
		"ddci.embedded.port=0", "ddci.embedded.clean=true", "ddci.demo=true", "ddci.db.url=", "ddci.admin-password=",
		"ddci.templates-dir=target/test-data/templates" })
class PlanBaselineRefreshTest {

	static final int YEAR = 2071;
	static final CurrentUser ADMIN = new CurrentUser(0, "module-test-admin", "Quản trị", null, null,
			EnumSet.of(Role.ADMIN), "", true);

	/** STNMT is third of three in C1 (6 against 7 and 8). */
	static final String RESULTS = """
			unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8
			STNMT,Sở Tài nguyên và Môi trường,6,6,6,6,6,6,6,6
			STC,Sở Tài chính,7,7,7,7,7,7,7,7
			SCT,Sở Công Thương,8,8,8,8,8,8,8,8
			""";

	@Autowired
	IndexService index;

	@Autowired
	PlanService plans;

	@Autowired
	PlanRevisions revisions;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCorrectedBaselineEditionRefreshesTheDraftPlansBaselinesAndLeavesTheIssuedPlanAlone(Scenario scenario) {
		index.importResults(YEAR, Block.DEPARTMENT, "ddci-2071.csv", RESULTS.getBytes(StandardCharsets.UTF_8), true);
		long organisation = directory.organisationByCode("STNMT").orElseThrow().id();
		long draft = plans.create(ADMIN, header(organisation, "01/KH-NHAP"));
		long draftTarget = plans.addTarget(draft, c1(6.0, 3));
		long issued = plans.create(ADMIN, header(organisation, "02/KH-BANHANH"));
		long issuedTarget = plans.addTarget(issued, c1(6.0, 3));
		revisions.submit(issued);
		revisions.issue(issued, null);

		scenario.stimulate(() -> index.correct(YEAR, Block.DEPARTMENT, "STNMT", stnmtWithC1(9.5)))
			.andWaitForStateChange(() -> baseline(draftTarget), baseline -> baseline.equals(new Baseline(9.5, 1)))
			.andVerify(baseline -> {
				assertThat(baseline(issuedTarget)).as("an issued plan keeps what it was issued with")
					.isEqualTo(new Baseline(6.0, 3));
				assertThat(jdbc.sql("""
						select actor || ' ' || action || ' ' || (after_state ->> 'fromEdition') from audit_event
						where entity_type = 'PlanTarget' and entity_id = :id order by id desc limit 1""")
					.param("id", String.valueOf(draftTarget))
					.query(String.class)
					.single()).isEqualTo("system UPDATE 2071-DEPARTMENT");
			});
	}

	@Test
	void theSameEventDeliveredAgainChangesNothing(Scenario scenario) {
		index.importResults(YEAR + 1, Block.DEPARTMENT, "ddci-2072.csv", RESULTS.getBytes(StandardCharsets.UTF_8),
				true);
		long organisation = directory.organisationByCode("STNMT").orElseThrow().id();
		long draft = plans.create(ADMIN, header(organisation, "03/KH-NHAP", YEAR + 1));
		long target = plans.addTarget(draft, c1(5.0, 2));
		EditionResultsChanged changed = new EditionResultsChanged(YEAR + 1, Block.DEPARTMENT);

		scenario.publish(changed)
			.andWaitForStateChange(() -> baseline(target), new Baseline(6.0, 3)::equals)
			.andVerify(baseline -> assertThat(auditedChanges(target)).isEqualTo(1));
		scenario.publish(changed)
			.andWaitForStateChange(() -> incompletePublications(), count -> count == 0)
			.andVerify(none -> {
				assertThat(baseline(target)).isEqualTo(new Baseline(6.0, 3));
				assertThat(auditedChanges(target)).as("nothing left to change, nothing audited").isEqualTo(1);
			});
	}

	record Baseline(Double score, Integer rank) {
	}

	Baseline baseline(long targetId) {
		return jdbc.sql("select baseline_score::float8 as score, baseline_rank from plan_target where id = :id")
			.param("id", targetId)
			.query((rs, n) -> new Baseline((Double) rs.getObject("score"), (Integer) rs.getObject("baseline_rank")))
			.single();
	}

	int auditedChanges(long targetId) {
		return jdbc.sql(
				"select count(*) from audit_event where entity_type = 'PlanTarget' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(targetId))
			.query(Integer.class)
			.single();
	}

	int incompletePublications() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class)
			.single();
	}

	static PlanInput header(long organisation, String number) {
		return header(organisation, number, YEAR);
	}

	static PlanInput header(long organisation, String number, int baselineYear) {
		return new PlanInput(organisation, number, "Lạng Sơn", LocalDate.of(baselineYear + 1, 2, 1),
				"UBND TỈNH LẠNG SƠN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
				"Kế hoạch nâng cao chỉ số DDCI năm " + (baselineYear + 1), baselineYear + 1, baselineYear,
				baselineYear + 1, List.of(), "", List.of(), List.of(), List.of(), List.of(), "", "GIÁM ĐỐC",
				"Nguyễn Văn A", 10, 70.0, 10);
	}

	static TargetInput c1(double baselineScore, int baselineRank) {
		return new TargetInput("C1", "Tính minh bạch và tiếp cận thông tin", 1, baselineScore, baselineRank, 7.8,
				"Đạt trên 7,80 điểm", "", "", List.of(), List.of(), "+", false);
	}

	static ScoreCorrection stnmtWithC1(double c1) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (int c = 1; c <= 8; c++) {
			scores.put("C" + c, c == 1 ? c1 : 6.0);
		}
		return new ScoreCorrection(scores, null, null);
	}

}
