package vn.ddcihub.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the index finds the operational KPIs that move each component (on-time dossiers,
 * questions answered on time, dialogues held …), to show them as tiles beside the
 * component on the unit profile and the dashboards. The operations capability implements
 * this port, so the index, plans and execution show its figures without depending on it;
 * when no lever has data there are no tiles.
 */
public interface ComponentKpis {

	/**
	 * Every KPI known, by code, with its name in the request's language (for pickers).
	 */
	List<KpiChoice> catalogue();

	/**
	 * The organisation's KPIs that have a value for {@code year}, each with the
	 * components it is mapped to; KPIs without data are left out.
	 */
	List<KpiTile> tiles(long organisationId, int year);

	/** The tiles by component code, in the order given; a tile may sit under several. */
	static Map<String, List<KpiTile>> byComponent(List<KpiTile> tiles) {
		Map<String, List<KpiTile>> byComponent = new LinkedHashMap<>();
		for (KpiTile tile : tiles) {
			for (String component : tile.components()) {
				byComponent.computeIfAbsent(component, c -> new ArrayList<>()).add(tile);
			}
		}
		return byComponent;
	}

	/** Decimals a value is shown with: whole counts without, rates and days with one. */
	static int decimals(String measure, double value) {
		if ("COUNT".equals(measure)) {
			return Math.abs(value - Math.rint(value)) < 1e-9 ? 0 : 2;
		}
		return 1;
	}

	record KpiChoice(String code, String name) {
	}

	/**
	 * A KPI tile: the year's value, last year's, the monthly trend of the year, the
	 * optional target and the page that explains it.
	 *
	 * @param measure PERCENT, COUNT or DAYS
	 * @param basis the count the value is computed from (dossiers, actions …)
	 */
	record KpiTile(String code, String name, String measure, boolean higherIsBetter, double value, long basis,
			Double previous, List<Double> trend, Double target, String href, List<String> components) {

		/**
		 * +1 when the change since last year is good, −1 when bad, 0 when none or
		 * unknown.
		 */
		public int judgement() {
			if (previous == null || Math.abs(value - previous) < 1e-9) {
				return 0;
			}
			return (value > previous) == higherIsBetter ? 1 : -1;
		}

		/** Decimals the value is shown with (see {@link ComponentKpis#decimals}). */
		public int decimals() {
			return ComponentKpis.decimals(measure, value);
		}

		/** Whether the target is met; null without one. */
		public Boolean meetsTarget() {
			return target == null ? null : higherIsBetter ? value >= target : value <= target;
		}

		/**
		 * The trend as SVG polyline points in a {@code width} × {@code height} box (empty
		 * with fewer than two points), drawn on the server so the tile needs no script.
		 */
		public String sparkline(int width, int height) {
			if (trend.size() < 2) {
				return "";
			}
			double min = trend.stream().mapToDouble(Double::doubleValue).min().orElse(0);
			double max = trend.stream().mapToDouble(Double::doubleValue).max().orElse(0);
			double span = max - min < 1e-9 ? 1 : max - min;
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < trend.size(); i++) {
				double x = 1 + (width - 2) * (double) i / (trend.size() - 1);
				double y = height - 1 - (height - 2) * (trend.get(i) - min) / span;
				points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
			}
			return points.toString();
		}

	}

}
