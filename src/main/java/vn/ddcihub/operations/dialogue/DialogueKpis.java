package vn.ddcihub.operations.dialogue;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiMeasure;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiSource;

/**
 * The dialogue KPIs: dialogues held, quarters with a dialogue (the "at least quarterly"
 * rule, 4 of 4 is met) and follow-up actions closed on time — by default moving business
 * support services (C5) and the role of the head (C7).
 */
@Component
class DialogueKpis implements KpiSource {

	static final String HELD = "dialogue.held";

	static final String QUARTERS = "dialogue.quarters-covered";

	static final String ON_TIME = "dialogue.actions-on-time";

	private static final List<String> COMPONENTS = List.of("C5", "C7");

	private final JdbcClient jdbc;

	DialogueKpis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KpiDefinition> definitions() {
		return List.of(
				new KpiDefinition(HELD, "operations.kpi.dialogue.held", KpiMeasure.COUNT, true, COMPONENTS,
						"/operations/dialogues"),
				new KpiDefinition(QUARTERS, "operations.kpi.dialogue.quarters", KpiMeasure.COUNT, true, COMPONENTS,
						"/operations/dialogues"),
				new KpiDefinition(ON_TIME, "operations.kpi.dialogue.onTime", KpiMeasure.PERCENT, true, COMPONENTS,
						"/operations/dialogues"));
	}

	@Override
	public List<KpiReading> readings(long organisationId, int fromYear, int toYear) {
		List<KpiReading> readings = new ArrayList<>();
		// dialogues per month and per year; quarters covered so far at each month's end
		jdbc.sql("""
				select extract(year from held_on)::int as y, extract(month from held_on)::int as m, count(*) as n,
				       count(distinct extract(quarter from held_on)) as q
				from ops_dialogue where organisation_id = :org and extract(year from held_on) between :from and :to
				group by grouping sets ((1, 2), (1)) order by 1, 2 nulls last""")
			.param("org", organisationId)
			.param("from", fromYear)
			.param("to", toYear)
			.query((rs, i) -> {
				int year = rs.getInt("y");
				int month = rs.getObject("m") == null ? 0 : rs.getInt("m");
				readings.add(new KpiReading(HELD, year, month, rs.getLong("n"), rs.getLong("n")));
				if (month == 0) {
					readings.add(new KpiReading(QUARTERS, year, 0, rs.getLong("q"), 4));
				}
				return null;
			})
			.list();
		readings.addAll(quartersByMonth(readings));
		// actions due in the month (or year): share closed as done on or before the
		// deadline
		jdbc.sql("""
				select extract(year from due_on)::int as y, extract(month from due_on)::int as m, count(*) as due,
				       count(*) filter (where status = 'DONE' and closed_on <= due_on) as on_time
				from ops_follow_up where organisation_id = :org and extract(year from due_on) between :from and :to
				  and due_on < current_date
				group by grouping sets ((1, 2), (1)) order by 1, 2 nulls last""")
			.param("org", organisationId)
			.param("from", fromYear)
			.param("to", toYear)
			.query((rs, i) -> readings
				.add(new KpiReading(ON_TIME, rs.getInt("y"), rs.getObject("m") == null ? 0 : rs.getInt("m"),
						100.0 * rs.getLong("on_time") / rs.getLong("due"), rs.getLong("due"))))
			.list();
		return readings;
	}

	/** Quarters covered by each month with a dialogue, counted from January. */
	private static List<KpiReading> quartersByMonth(List<KpiReading> readings) {
		List<KpiReading> months = new ArrayList<>();
		java.util.Map<Integer, java.util.Set<Integer>> covered = new java.util.HashMap<>();
		for (KpiReading held : readings) {
			if (held.code().equals(HELD) && !held.isYear()) {
				java.util.Set<Integer> quarters = covered.computeIfAbsent(held.year(), y -> new java.util.TreeSet<>());
				quarters.add((held.month() - 1) / 3 + 1);
				months.add(new KpiReading(QUARTERS, held.year(), held.month(), quarters.size(), 4));
			}
		}
		return months;
	}

}
