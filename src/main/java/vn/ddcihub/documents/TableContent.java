package vn.ddcihub.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table handed to the renderers: a title, column headers, rows and relative column
 * widths.
 *
 * <p>
 * A cell is a {@link String}, a {@link Number} or a {@link LocalDate} (or null for
 * empty). Word, PDF and Excel show a number alike
 * ({@link vn.ddcihub.shared.VietnameseFormat}: whole-number types as "12", other numbers
 * rounded half-up to two decimals, "7,80"); Excel keeps it numeric.
 *
 * @param title caption above the table (or the sheet title in Excel); may be blank
 * @param headers column headers
 * @param rows data rows, each as long as {@code headers}
 * @param widthRatios relative column widths (e.g. 1, 4, 2); empty for equal widths
 * @param landscape true to place the table on landscape pages (annex tables, phụ lục)
 */
public record TableContent(String title, List<String> headers, List<List<Object>> rows, List<Double> widthRatios,
		boolean landscape) {

	public TableContent {
		title = title == null ? "" : title;
		headers = List.copyOf(headers);
		if (headers.isEmpty()) {
			throw new IllegalArgumentException("a table needs at least one column");
		}
		List<List<Object>> copied = new ArrayList<>();
		for (List<Object> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException(
						"row " + (copied.size() + 1) + " has " + row.size() + " cells, expected " + headers.size());
			}
			for (Object cell : row) {
				if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof LocalDate)) {
					throw new IllegalArgumentException("unsupported cell type " + cell.getClass().getName());
				}
			}
			copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = List.copyOf(copied);
		widthRatios = widthRatios == null ? List.of() : List.copyOf(widthRatios);
		if (!widthRatios.isEmpty() && widthRatios.size() != headers.size()) {
			throw new IllegalArgumentException("widthRatios must have one entry per column");
		}
	}

	/** The same table under another title (blank for none). */
	public TableContent titled(String newTitle) {
		return new TableContent(newTitle, headers, rows, widthRatios, landscape);
	}

	/** A table whose cells are all text. */
	public static TableContent ofStrings(String title, List<String> headers, List<List<String>> rows,
			List<Double> widthRatios, boolean landscape) {
		List<List<Object>> cells = new ArrayList<>();
		rows.forEach(row -> cells.add(new ArrayList<>(row)));
		return new TableContent(title, headers, cells, widthRatios, landscape);
	}

	/** Column widths as fractions summing to 1. */
	public double[] columnFractions() {
		int columns = headers.size();
		double[] fractions = new double[columns];
		double total = widthRatios.isEmpty() ? columns : widthRatios.stream().mapToDouble(Double::doubleValue).sum();
		for (int i = 0; i < columns; i++) {
			fractions[i] = (widthRatios.isEmpty() ? 1 : widthRatios.get(i)) / total;
		}
		return fractions;
	}
}
