package vn.ddcihub.operations.question;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiMeasure;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiSource;
import vn.ddcihub.operations.question.QuestionFigures.Figures;

/**
 * The KPIs of questions and petitions: answered on time (→ support services C5, legal
 * institutions C6), satisfaction (→ C5, C6) and the share published (→ transparency C1),
 * per month of receipt and year from {@link QuestionFigures}.
 */
@Component
class QuestionKpis implements KpiSource {

	static final String ON_TIME = "question.on-time-rate";

	static final String SATISFACTION = "question.satisfaction";

	static final String PUBLISHED_SHARE = "question.published-share";

	private final QuestionFigures figures;

	QuestionKpis(QuestionFigures figures) {
		this.figures = figures;
	}

	@Override
	public List<KpiDefinition> definitions() {
		String href = "/operations/questions/figures";
		return List.of(
				new KpiDefinition(ON_TIME, "operations.question.kpi.on-time-rate", KpiMeasure.PERCENT, true,
						List.of("C5", "C6"), href),
				new KpiDefinition(SATISFACTION, "operations.question.kpi.satisfaction", KpiMeasure.PERCENT, true,
						List.of("C5", "C6"), href),
				new KpiDefinition(PUBLISHED_SHARE, "operations.question.kpi.published-share", KpiMeasure.PERCENT, true,
						List.of("C1"), href));
	}

	@Override
	public List<KpiReading> readings(long organisationId, int fromYear, int toYear) {
		List<KpiReading> readings = new ArrayList<>();
		for (int year = fromYear; year <= toYear; year++) {
			for (Figures f : figures.year(organisationId, year)) {
				add(readings, ON_TIME, f, f.onTimeRate(), f.decided());
				add(readings, SATISFACTION, f, f.satisfaction(), f.received());
				add(readings, PUBLISHED_SHARE, f, f.publishedShare(), f.answered());
			}
		}
		return readings;
	}

	private static void add(List<KpiReading> readings, String code, Figures f, Double value, long basis) {
		if (value != null) {
			readings.add(new KpiReading(code, f.year(), f.month(), value, basis));
		}
	}

}
