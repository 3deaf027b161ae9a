package vn.ddcihub.documents.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import vn.ddcihub.documents.ChartSeries;
import vn.ddcihub.documents.layout.BundledFonts;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Shared drawing helpers for the Java2D charts: canvas, text wrapping, title, legend,
 * palette.
 */
final class ChartCanvas {

	/**
	 * The ECharts 5 default palette, so server and browser charts use the same colours.
	 */
	private static final String[] PALETTE = { "#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272",
			"#fc8452", "#9a60b4", "#ea7ccc" };

	static final Color TEXT = new Color(0x33, 0x33, 0x33);
	static final Color GRID = new Color(0xCC, 0xCC, 0xCC);

	final BufferedImage image;

	final Graphics2D g;

	final int width;

	final int height;

	final float unit;

	ChartCanvas(int width, int height) {
		if (width < 200 || height < 150) {
			throw new IllegalArgumentException("chart must be at least 200 × 150 pixels");
		}
		this.width = width;
		this.height = height;
		this.unit = Math.min(width, height) / 600f;
		image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
	}

	static Color colour(ChartSeries series, int index) {
		String hex = series.colour() != null ? series.colour() : PALETTE[index % PALETTE.length];
		return Color.decode(hex);
	}

	void font(boolean bold, float size) {
		g.setFont(BundledFonts.awt(BundledFonts.Face.of(bold, false), size * unit));
	}

	void stroke(float width) {
		g.setStroke(new BasicStroke(width * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
	}

	/** Draws the title centred at the top; returns the y below it. */
	int title(String title) {
		int top = Math.round(12 * unit);
		if (title.isBlank()) {
			return top;
		}
		font(true, 24);
		g.setColor(TEXT);
		List<String> lines = wrap(title, width - 40);
		FontMetrics metrics = g.getFontMetrics();
		int y = top + metrics.getAscent();
		for (String line : lines) {
			g.drawString(line, (width - metrics.stringWidth(line)) / 2f, y);
			y += metrics.getHeight();
		}
		return y;
	}

	/** Draws the legend centred at the bottom; returns its top y. */
	int legend(List<ChartSeries> series) {
		font(false, 17);
		FontMetrics metrics = g.getFontMetrics();
		int box = Math.round(14 * unit);
		int gap = Math.round(22 * unit);
		int total = 0;
		for (ChartSeries s : series) {
			total += box + Math.round(6 * unit) + metrics.stringWidth(s.name()) + gap;
		}
		total -= gap;
		int x = Math.max(10, (width - total) / 2);
		int baseline = height - Math.round(14 * unit);
		for (int i = 0; i < series.size(); i++) {
			g.setColor(colour(series.get(i), i));
			g.fillRect(x, baseline - box + Math.round(2 * unit), box, box);
			x += box + Math.round(6 * unit);
			g.setColor(TEXT);
			g.drawString(series.get(i).name(), x, baseline);
			x += metrics.stringWidth(series.get(i).name()) + gap;
		}
		return baseline - metrics.getAscent() - Math.round(10 * unit);
	}

	/** Splits text into lines no wider than {@code maxWidth} with the current font. */
	List<String> wrap(String text, int maxWidth) {
		FontMetrics metrics = g.getFontMetrics();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > maxWidth && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	byte[] png() {
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String number(double value) {
		return VietnameseFormat.decimal(value);
	}

	static String tick(double value) {
		return value == Math.rint(value) ? VietnameseFormat.integer((long) value) : VietnameseFormat.decimal(value, 1);
	}

}
