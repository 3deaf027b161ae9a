package vn.ddcihub.operations.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dossiers' KPI source: its definitions and the readings of the illustrative year.
 */
class OpsDossierKpiTest extends IntegrationTest {

	@Autowired
	private List<KpiSource> sources;

	@Autowired
	private DossierAnalytics analytics;

	@Test
	void theOnTimeRateMovesTimeCostsAndReadsAsTheAnalyticsDo() {
		KpiSource dossiers = sources.stream().filter(DossierKpis.class::isInstance).findFirst().orElseThrow();
		assertThat(dossiers.definitions()).extracting(KpiDefinition::code)
			.containsExactly("dossier.on-time-rate", "dossier.online-share", "dossier.late-count");
		assertThat(dossiers.definitions().get(0).defaultComponents()).containsExactly("C2");

		long org = DossierFixtures.organisation(jdbc, "STNMT");
		List<KpiReading> readings = dossiers.readings(org, 2020, 2020);
		List<KpiReading> onTime = readings.stream().filter(r -> r.code().equals("dossier.on-time-rate")).toList();
		assertThat(onTime).filteredOn(r -> !r.isYear()).hasSize(12);
		KpiReading year = onTime.stream().filter(KpiReading::isYear).findFirst().orElseThrow();
		AnalyticsRow total = analytics.report(org, AnalyticsFilter.year(2020), Dimension.UNIT).total();
		assertThat(year.value()).isCloseTo(total.onTimeRate(), within(1e-9));
		assertThat(year.basis()).isEqualTo(total.handled() + total.openOverdue());
		// the plan at work: December better than January
		double january = onTime.stream().filter(r -> r.month() == 1).findFirst().orElseThrow().value();
		double december = onTime.stream().filter(r -> r.month() == 12).findFirst().orElseThrow().value();
		assertThat(december).isGreaterThan(january);
	}

}
