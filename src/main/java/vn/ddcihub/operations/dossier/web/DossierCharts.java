package vn.ddcihub.operations.dossier.web;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.operations.dossier.AnalyticsRow;

/**
 * Geometry of the two server-rendered SVG charts of the analytics page (no script, the
 * same numbers as the tables): the monthly trend — stacked bars of early, on-time and
 * late dossiers with the on-time rate as a line — and the processing-time histogram
 * against the time allowed. The template draws what is computed here.
 */
public final class DossierCharts {

	static final int WIDTH = 720;

	static final int HEIGHT = 260;

	private static final int LEFT = 48;

	private static final int RIGHT = 40;

	private static final int TOP = 16;

	private static final int BOTTOM = 36;

	/** A rectangle with its class (colour) and its tooltip. */
	public record Bar(double x, double y, double width, double height, String css, String title) {
	}

	/** A text at a point. */
	public record Text(double x, double y, String text) {
	}

	/** What the template draws. */
	public record Chart(List<Bar> bars, List<Text> labels, List<Text> axis, String line, double limitX) {

		public boolean empty() {
			return bars.isEmpty();
		}

	}

	private DossierCharts() {
	}

	/**
	 * @param monthLabel the axis label of a month key (yyyy-MM)
	 */
	static Chart trend(List<AnalyticsRow> months, java.util.function.Function<String, String> monthLabel,
			java.util.function.Function<AnalyticsRow, String> title) {
		List<Bar> bars = new ArrayList<>();
		List<Text> labels = new ArrayList<>();
		List<Text> axis = new ArrayList<>();
		long max = Math.max(1, months.stream().mapToLong(AnalyticsRow::total).max().orElse(1));
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = months.isEmpty() ? plotWidth : plotWidth / months.size();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			AnalyticsRow month = months.get(i);
			double x = LEFT + i * slot + slot * 0.15;
			double width = slot * 0.7;
			double base = TOP + plotHeight;
			long[] parts = { month.early(), month.onTime(), month.late() + month.openOverdue(), month.openInTime() };
			String[] css = { "bar-early", "bar-on-time", "bar-late", "bar-open" };
			for (int p = 0; p < parts.length; p++) {
				double height = plotHeight * parts[p] / max;
				if (height > 0) {
					base -= height;
					bars.add(new Bar(x, base, width, height, css[p], title.apply(month)));
				}
			}
			labels.add(new Text(x + width / 2, HEIGHT - BOTTOM + 16, monthLabel.apply(month.key())));
			if (month.onTimeRate() != null) {
				double y = TOP + plotHeight * (1 - month.onTimeRate() / 100);
				line.append(line.isEmpty() ? "" : " ").append(round(x + width / 2)).append(',').append(round(y));
			}
		}
		axis.add(new Text(LEFT - 6, TOP + 4, Long.toString(max)));
		axis.add(new Text(LEFT - 6, TOP + plotHeight, "0"));
		axis.add(new Text(WIDTH - RIGHT + 4, TOP + 4, "100 %"));
		axis.add(new Text(WIDTH - RIGHT + 4, TOP + plotHeight, "0 %"));
		return new Chart(bars, labels, axis, line.toString(), -1);
	}

	/** Seven bins: ≤ 25 % … ≤ 150 % of the time allowed, more; over 100 % is late. */
	static Chart histogram(long[] bins, List<String> binLabels, java.util.function.IntFunction<String> title) {
		List<Bar> bars = new ArrayList<>();
		List<Text> labels = new ArrayList<>();
		List<Text> axis = new ArrayList<>();
		long max = 1;
		for (long bin : bins) {
			max = Math.max(max, bin);
		}
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = plotWidth / bins.length;
		long all = 0;
		for (long bin : bins) {
			all += bin;
		}
		for (int i = 0; i < bins.length; i++) {
			double height = plotHeight * bins[i] / max;
			double x = LEFT + i * slot + slot * 0.1;
			if (bins[i] > 0) {
				bars.add(new Bar(x, TOP + plotHeight - height, slot * 0.8, height, i < 4 ? "bar-on-time" : "bar-late",
						title.apply(i)));
			}
			labels.add(new Text(x + slot * 0.4, HEIGHT - BOTTOM + 16, binLabels.get(i)));
			if (all > 0) {
				labels.add(new Text(x + slot * 0.4, TOP + plotHeight - height - 4,
						Math.round(1000.0 * bins[i] / all) / 10.0 + " %"));
			}
		}
		axis.add(new Text(LEFT - 6, TOP + 4, Long.toString(max)));
		axis.add(new Text(LEFT - 6, TOP + plotHeight, "0"));
		return new Chart(bars, labels, axis, "", LEFT + 4 * slot);
	}

	private static String round(double value) {
		return Long.toString(Math.round(value));
	}

}
