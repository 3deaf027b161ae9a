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
 * @param label line above the title, e.g. "Phụ lục" (blank for none)
 * @param note italic line under the title, e.g. "(Kèm theo Kế hoạch số … ngày …)"
 * @param mark a mark at the top right of every page, e.g. "DỰ THẢO" on drafts (blank for
 * none)
 * @param groups headings spanning the whole table before the rows they group
 * @param sheetName the name of its Excel sheet (blank: from the title)
 */
public record TableContent(String title, List<String> headers, List<List<Object>> rows, List<Double> widthRatios,
		boolean landscape, String label, String note, String mark, List<Group> groups, String sheetName) {

	/**
	 * A heading row across all columns placed before row {@code firstRow} (0-based), e.g.
	 * "1. Chỉ số “Tính minh bạch…” — chỉ tiêu: trên 7,80 điểm".
	 */
	public record Group(int firstRow, String heading) {
	}

	public TableContent(String title, List<String> headers, List<List<Object>> rows, List<Double> widthRatios,
			boolean landscape) {
		this(title, headers, rows, widthRatios, landscape, "", "", "", List.of(), "");
	}

	public TableContent {
		label = label == null ? "" : label;
		note = note == null ? "" : note;
		mark = mark == null ? "" : mark;
		groups = groups == null ? List.of() : List.copyOf(groups);
		sheetName = sheetName == null ? "" : sheetName;
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
		return new TableContent(newTitle, headers, rows, widthRatios, landscape, label, note, mark, groups, sheetName);
	}

	/** The same table captioned as an annex: a label above the title, a note under it. */
	public TableContent captioned(String newLabel, String newNote) {
		return new TableContent(title, headers, rows, widthRatios, landscape, newLabel, newNote, mark, groups,
				sheetName);
	}

	/** The same table with a mark on every page (blank for none). */
	public TableContent marked(String newMark) {
		return new TableContent(title, headers, rows, widthRatios, landscape, label, note, newMark, groups, sheetName);
	}

	/** The same table with group headings. */
	public TableContent grouped(List<Group> newGroups) {
		return new TableContent(title, headers, rows, widthRatios, landscape, label, note, mark, newGroups, sheetName);
	}

	/** The same table on an Excel sheet of this name. */
	public TableContent onSheet(String newSheetName) {
		return new TableContent(title, headers, rows, widthRatios, landscape, label, note, mark, groups, newSheetName);
	}

	/** The group heading placed before the given row, or null. */
	public String groupBefore(int row) {
		return groups.stream().filter(g -> g.firstRow() == row).map(Group::heading).findFirst().orElse(null);
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
