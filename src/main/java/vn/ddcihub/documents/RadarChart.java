package vn.ddcihub.documents;

import java.util.List;

/**
 * A radar (spider) chart: one axis per component index, one polygon per series.
 *
 * @param title title above the chart; may be blank
 * @param axes axis labels, e.g. the 8 component names
 * @param series series, each with one value per axis
 * @param maximum the value at the outer ring (10 for component scores); the centre is 0
 */
public record RadarChart(String title, List<String> axes, List<ChartSeries> series, double maximum) {

	public RadarChart {
		title = title == null ? "" : title;
		axes = List.copyOf(axes);
		series = List.copyOf(series);
		if (axes.size() < 3) {
			throw new IllegalArgumentException("a radar chart needs at least 3 axes");
		}
		for (ChartSeries s : series) {
			if (s.values().size() != axes.size()) {
				throw new IllegalArgumentException("series " + s.name() + " needs one value per axis");
			}
		}
		if (maximum <= 0) {
			throw new IllegalArgumentException("maximum must be positive");
		}
	}

	/** Component scores on the usual 0–10 scale. */
	public static RadarChart scores(String title, List<String> axes, List<ChartSeries> series) {
		return new RadarChart(title, axes, series, 10);
	}
}
