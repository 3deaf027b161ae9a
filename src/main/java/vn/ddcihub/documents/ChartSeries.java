package vn.ddcihub.documents;

import java.util.List;

/**
 * One named series of a chart.
 *
 * @param name legend text, e.g. "Năm 2019"
 * @param values one value per axis or category
 * @param colour "#rrggbb", or null for the next colour of the ECharts default palette
 * (the browser charts use the same palette, so colours match)
 */
public record ChartSeries(String name, List<Double> values, String colour) {

	public ChartSeries {
		Signature.requireText(name, "name");
		values = List.copyOf(values);
		if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("colour must be #rrggbb: " + colour);
		}
	}
}
