package vn.ddcihub.documents;

import java.util.List;

/**
 * A horizontal bar chart: one row per category, one bar per series in each row.
 *
 * @param title title above the chart; may be blank
 * @param categories row labels, e.g. unit or component names
 * @param series series, each with one value per category
 * @param maximum value at the right end of the axis (10 for scores, 100 for totals)
 * @param counts the values are counts (tasks, reports), written without decimals at the
 * bar ends
 */
public record BarChart(String title, List<String> categories, List<ChartSeries> series, double maximum,
		boolean counts) {

	/** Scores: values written with two decimals. */
	public BarChart(String title, List<String> categories, List<ChartSeries> series, double maximum) {
		this(title, categories, series, maximum, false);
	}

	public BarChart {
		title = title == null ? "" : title;
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		if (categories.isEmpty() || series.isEmpty()) {
			throw new IllegalArgumentException("a bar chart needs categories and at least one series");
		}
		for (ChartSeries s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("series " + s.name() + " needs one value per category");
			}
		}
		if (maximum <= 0) {
			throw new IllegalArgumentException("maximum must be positive");
		}
	}
}
