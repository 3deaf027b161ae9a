package vn.ddcihub.operations.dossier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which header of the file each {@link DossierColumn} reads, by the header's text (so a
 * mapping remembered from last month's export fits this month's even when a column
 * moved).
 */
public record ColumnMapping(Map<DossierColumn, String> headers) {

	public ColumnMapping {
		headers = headers.isEmpty() ? new EnumMap<>(DossierColumn.class) : new EnumMap<>(headers);
	}

	/**
	 * The best guess for a header row: a column a remembered mapping names (when the file
	 * has it), else the first header that equals, then starts with, then contains one of
	 * the column's known names (folded).
	 */
	public static ColumnMapping guess(List<String> header, ColumnMapping remembered) {
		Map<DossierColumn, String> found = new EnumMap<>(DossierColumn.class);
		List<String> taken = new ArrayList<>();
		for (DossierColumn column : DossierColumn.values()) {
			String kept = remembered == null ? null : remembered.headers().get(column);
			if (kept != null && header.contains(kept)) {
				found.put(column, kept);
				taken.add(kept);
			}
		}
		for (int pass = 0; pass < 3; pass++) {
			for (DossierColumn column : DossierColumn.values()) {
				if (found.containsKey(column)) {
					continue;
				}
				for (String name : column.headers()) {
					String match = match(header, taken, name, pass);
					if (match != null) {
						found.put(column, match);
						taken.add(match);
						break;
					}
				}
			}
		}
		return new ColumnMapping(found);
	}

	private static String match(List<String> header, List<String> taken, String name, int pass) {
		for (String text : header) {
			String folded = Folding.fold(text);
			boolean fits = switch (pass) {
				case 0 -> folded.equals(name);
				case 1 -> folded.startsWith(name + " ");
				default -> name.length() > 4 && folded.contains(name);
			};
			if (fits && !taken.contains(text)) {
				return text;
			}
		}
		return null;
	}

	/** The column index of each mapped field in this header (-1 when absent). */
	public int[] indexes(List<String> header) {
		int[] indexes = new int[DossierColumn.values().length];
		for (DossierColumn column : DossierColumn.values()) {
			String name = headers.get(column);
			indexes[column.ordinal()] = name == null ? -1 : header.indexOf(name);
		}
		return indexes;
	}

	/** The required columns not mapped to a header of the file. */
	public List<DossierColumn> missing(List<String> header) {
		List<DossierColumn> missing = new ArrayList<>();
		for (DossierColumn column : DossierColumn.values()) {
			String name = headers.get(column);
			if (column.required() && (name == null || !header.contains(name))) {
				missing.add(column);
			}
		}
		return missing;
	}

	/** As stored (field name → header). */
	public Map<String, String> toMap() {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		headers.forEach((column, header) -> map.put(column.name(), header));
		return map;
	}

	public static ColumnMapping fromMap(Map<String, String> map) {
		Map<DossierColumn, String> headers = new EnumMap<>(DossierColumn.class);
		if (map != null) {
			map.forEach((name, header) -> {
				for (DossierColumn column : DossierColumn.values()) {
					if (column.name().equals(name) && header != null && !header.isBlank()) {
						headers.put(column, header);
					}
				}
			});
		}
		return new ColumnMapping(headers);
	}

}
