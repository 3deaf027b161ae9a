package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.ResultFileParser.ImportedRow;

/**
 * Results as the audit trail keeps them for an import: the column names once and one
 * array per unit ({@code ["B01", 6.77, …, 55.01, 20]}), a third of the size of one object
 * per unit — the record of a 100,000-unit file stays a few megabytes.
 */
final class ResultTable {

	private final List<String> componentCodes;

	private final List<Object[]> rows = new ArrayList<>();

	ResultTable(EditionDefinition definition) {
		this.componentCodes = definition.components().stream().map(ComponentDef::code).toList();
	}

	/** The component codes of the columns, in order. */
	List<String> componentCodes() {
		return componentCodes;
	}

	/**
	 * A stored unit's row.
	 * @param scores one per component column, null where the unit has none
	 */
	void add(String unit, Double[] scores, Double publishedTotal, Integer publishedRank) {
		add(unit, c -> scores[c], publishedTotal, publishedRank);
	}

	void add(ImportedRow imported) {
		add(imported.unitCode(), c -> imported.scores().get(componentCodes.get(c)), imported.publishedTotal(),
				imported.publishedRank());
	}

	/** One unit's row: its code, its score per component column, total and rank. */
	private void add(String unit, IntFunction<Double> score, Double publishedTotal, Integer publishedRank) {
		Object[] row = new Object[componentCodes.size() + 3];
		row[0] = unit;
		for (int c = 0; c < componentCodes.size(); c++) {
			row[c + 1] = score.apply(c);
		}
		row[row.length - 2] = publishedTotal;
		row[row.length - 1] = publishedRank;
		rows.add(row);
	}

	Map<String, Object> asMap() {
		List<String> columns = new ArrayList<>();
		columns.add("unit");
		columns.addAll(componentCodes);
		columns.addAll(Arrays.asList("publishedTotal", "publishedRank"));
		Map<String, Object> table = new LinkedHashMap<>();
		table.put("columns", columns);
		table.put("rows", rows);
		return table;
	}

}
