package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	void add(UnitScores unit) {
		Object[] row = new Object[componentCodes.size() + 3];
		row[0] = unit.code();
		for (int c = 0; c < componentCodes.size(); c++) {
			double score = c < unit.scores().length ? unit.scores()[c] : Double.NaN;
			row[c + 1] = Double.isNaN(score) ? null : score;
		}
		row[row.length - 2] = unit.publishedTotal();
		row[row.length - 1] = unit.publishedRank();
		rows.add(row);
	}

	void add(ImportedRow imported) {
		Object[] row = new Object[componentCodes.size() + 3];
		row[0] = imported.unitCode();
		for (int c = 0; c < componentCodes.size(); c++) {
			row[c + 1] = imported.scores().get(componentCodes.get(c));
		}
		row[row.length - 2] = imported.publishedTotal();
		row[row.length - 1] = imported.publishedRank();
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
