package vn.ddcihub.documents.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.geom.Path2D;
import java.util.List;

import vn.ddcihub.documents.BarChart;
import vn.ddcihub.documents.ChartSeries;
import vn.ddcihub.documents.RadarChart;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Server-side PNG charts drawn with Java2D (anti-aliased, bundled Liberation Serif font),
 * for Word and PDF exports. Works headless: {@code java.awt.headless} is set to true
 * unless the application chose otherwise. Numbers are shown the Vietnamese way ("7,80")
 * as in the browser.
 */
public final class ChartRenderer {

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	/** A radar chart as PNG of {@code width} × {@code height} pixels. */
	public byte[] radar(RadarChart chart, int width, int height) {
		ChartCanvas canvas = new ChartCanvas(width, height);
		int top = canvas.title(chart.title());
		int bottom = chart.series().isEmpty() ? height - 10 : canvas.legend(chart.series());
		canvas.font(false, 17);
		FontMetrics metrics = canvas.g.getFontMetrics();
		int labelWidth = Math.round(165 * canvas.unit);
		double cx = width / 2.0;
		double cy = (top + bottom) / 2.0;
		double radius = Math.max(20,
				Math.min(width / 2.0 - labelWidth - 8, (bottom - top) / 2.0 - 3.2 * metrics.getHeight()));
		int n = chart.axes().size();
		int rings = 5;

		canvas.stroke(1);
		for (int ring = 1; ring <= rings; ring++) {
			canvas.g.setColor(ChartCanvas.GRID);
			canvas.g.draw(polygon(cx, cy, radius * ring / rings, n, null, 0));
		}
		for (int i = 0; i < n; i++) {
			double angle = angle(i, n);
			canvas.g.setColor(ChartCanvas.GRID);
			canvas.g.drawLine((int) cx, (int) cy, (int) (cx + radius * Math.cos(angle)),
					(int) (cy + radius * Math.sin(angle)));
			axisLabel(canvas, chart.axes().get(i), cx, cy, radius, angle, labelWidth);
		}
		canvas.font(false, 16);
		canvas.g.setColor(Color.GRAY);
		for (int ring = 1; ring <= rings; ring++) {
			double value = chart.maximum() * ring / rings;
			canvas.g.drawString(ChartCanvas.tick(value), (float) cx + 3,
					(float) (cy - radius * ring / rings) + 12 * canvas.unit);
		}
		for (int s = 0; s < chart.series().size(); s++) {
			ChartSeries series = chart.series().get(s);
			Color colour = ChartCanvas.colour(series, s);
			Path2D shape = polygon(cx, cy, radius, n, series.values(), chart.maximum());
			canvas.g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 40));
			canvas.g.fill(shape);
			canvas.g.setColor(colour);
			canvas.stroke(2.5f);
			canvas.g.draw(shape);
			for (int i = 0; i < n; i++) {
				double r = radius * clamp(series.values().get(i), chart.maximum()) / chart.maximum();
				double x = cx + r * Math.cos(angle(i, n));
				double y = cy + r * Math.sin(angle(i, n));
				double dot = 4 * canvas.unit;
				canvas.g.fill(new java.awt.geom.Ellipse2D.Double(x - dot, y - dot, 2 * dot, 2 * dot));
			}
		}
		return canvas.png();
	}

	/**
	 * A horizontal bar chart as PNG of {@code width} × {@code height} pixels, values at
	 * bar ends.
	 */
	public byte[] bar(BarChart chart, int width, int height) {
		ChartCanvas canvas = new ChartCanvas(width, height);
		int top = canvas.title(chart.title()) + Math.round(8 * canvas.unit);
		int bottom = chart.series().size() > 1 ? canvas.legend(chart.series()) : height - Math.round(10 * canvas.unit);
		canvas.font(false, 16);
		FontMetrics metrics = canvas.g.getFontMetrics();
		int labelWidth = Math.round(width * 0.32f);
		int left = labelWidth + Math.round(12 * canvas.unit);
		int right = width - Math.round(60 * canvas.unit);
		int axisBottom = bottom - metrics.getHeight() - Math.round(4 * canvas.unit);
		int plotWidth = right - left;
		int ticks = 5;

		for (int t = 0; t <= ticks; t++) {
			double value = chart.maximum() * t / ticks;
			int x = left + (int) Math.round(plotWidth * (double) t / ticks);
			canvas.g.setColor(ChartCanvas.GRID);
			canvas.stroke(1);
			canvas.g.drawLine(x, top, x, axisBottom);
			canvas.g.setColor(Color.GRAY);
			String label = ChartCanvas.tick(value);
			canvas.g.drawString(label, x - metrics.stringWidth(label) / 2f, axisBottom + metrics.getAscent() + 2);
		}
		int categories = chart.categories().size();
		int seriesCount = chart.series().size();
		double band = (axisBottom - top) / (double) categories;
		double barHeight = Math.min(40 * canvas.unit, band * 0.7 / seriesCount);
		for (int c = 0; c < categories; c++) {
			double bandTop = top + band * c;
			canvas.g.setColor(ChartCanvas.TEXT);
			canvas.font(false, 16);
			List<String> lines = canvas.wrap(chart.categories().get(c), labelWidth - 10);
			double y = bandTop + band / 2 - (lines.size() * metrics.getHeight()) / 2.0 + metrics.getAscent();
			for (String line : lines) {
				canvas.g.drawString(line, labelWidth - metrics.stringWidth(line), (float) y);
				y += metrics.getHeight();
			}
			double barsTop = bandTop + (band - barHeight * seriesCount) / 2;
			for (int s = 0; s < seriesCount; s++) {
				double value = chart.series().get(s).values().get(c);
				double length = plotWidth * clamp(value, chart.maximum()) / chart.maximum();
				double barY = barsTop + s * barHeight;
				canvas.g.setColor(ChartCanvas.colour(chart.series().get(s), s));
				canvas.g.fill(new java.awt.geom.Rectangle2D.Double(left, barY, length, barHeight * 0.9));
				canvas.g.setColor(ChartCanvas.TEXT);
				canvas.font(false, 15);
				canvas.g.drawString(
						chart.counts() ? VietnameseFormat.integer(Math.round(value)) : ChartCanvas.number(value),
						(float) (left + length + 4 * canvas.unit),
						(float) (barY + barHeight * 0.45 + canvas.g.getFontMetrics().getAscent() / 2.5));
			}
		}
		canvas.g.setColor(ChartCanvas.TEXT);
		canvas.stroke(1.2f);
		canvas.g.drawLine(left, top, left, axisBottom);
		return canvas.png();
	}

	private static void axisLabel(ChartCanvas canvas, String text, double cx, double cy, double radius, double angle,
			int maxWidth) {
		canvas.font(false, 17);
		canvas.g.setColor(ChartCanvas.TEXT);
		FontMetrics metrics = canvas.g.getFontMetrics();
		List<String> lines = canvas.wrap(text, maxWidth);
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		double ax = cx + (radius + 10 * canvas.unit) * cos;
		double ay = cy + (radius + 10 * canvas.unit) * sin;
		double blockHeight = lines.size() * metrics.getHeight();
		double y;
		if (sin < -0.3) {
			y = ay - blockHeight;
		}
		else if (sin > 0.3) {
			y = ay;
		}
		else {
			y = ay - blockHeight / 2;
		}
		y += metrics.getAscent();
		for (String line : lines) {
			int w = metrics.stringWidth(line);
			double x;
			if (cos > 0.3) {
				x = ax;
			}
			else if (cos < -0.3) {
				x = ax - w;
			}
			else {
				x = ax - w / 2.0;
			}
			canvas.g.drawString(line, (float) x, (float) y);
			y += metrics.getHeight();
		}
	}

	private static Path2D polygon(double cx, double cy, double radius, int n, List<Double> values, double maximum) {
		Path2D path = new Path2D.Double();
		for (int i = 0; i < n; i++) {
			double r = values == null ? radius : radius * clamp(values.get(i), maximum) / maximum;
			double x = cx + r * Math.cos(angle(i, n));
			double y = cy + r * Math.sin(angle(i, n));
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
		return path;
	}

	private static double angle(int index, int count) {
		return -Math.PI / 2 + 2 * Math.PI * index / count;
	}

	private static double clamp(Double value, double maximum) {
		if (value == null || value.isNaN()) {
			return 0;
		}
		return Math.max(0, Math.min(maximum, value));
	}

}
