package vn.ddcihub.documents;

import java.util.List;

/**
 * A report that is not an administrative document, e.g. the index league table or a unit
 * profile: a title, an optional highlighted note, then tables, charts and page breaks on
 * landscape pages.
 *
 * @param note shown under the title in a warning colour (e.g. "illustrative data"); may
 * be blank
 */
public record Report(String title, String note, List<Block> blocks) {

	public Report {
		Signature.requireText(title, "title");
		note = note == null ? "" : note;
		blocks = List.copyOf(blocks);
	}
}
