package vn.ddcihub.index.domain;

import vn.ddcihub.shared.TableCopy;
import java.util.List;

import javax.sql.DataSource;

import vn.ddcihub.index.domain.ResultFileParser.ImportedRow;

/**
 * Streams result rows into {@code index_result} with {@link TableCopy}, one row per unit
 * with its scores as two aligned arrays.
 */
final class ResultCopy implements AutoCloseable {

	private static final String COPY = """
			copy index_result (edition_id, unit_code, published_total, published_rank, component_codes, scores)
			from stdin""";

	private final TableCopy copy;

	private final long editionId;

	private ResultCopy(TableCopy copy, long editionId) {
		this.copy = copy;
		this.editionId = editionId;
	}

	/** Starts a COPY of the edition's results on the current transaction's connection. */
	static ResultCopy open(DataSource dataSource, long editionId) {
		return new ResultCopy(TableCopy.open(dataSource, COPY), editionId);
	}

	/** Copies the rows at once. */
	static void copy(DataSource dataSource, long editionId, List<ImportedRow> rows) {
		try (ResultCopy copy = open(dataSource, editionId)) {
			rows.forEach(copy::add);
			copy.finish();
		}
	}

	void add(ImportedRow row) {
		line(copy.line(), editionId, row);
		copy.endLine();
	}

	/** Waits until PostgreSQL has stored every row. */
	void finish() {
		copy.finish();
	}

	@Override
	public void close() {
		copy.close();
	}

	/** One row in COPY's text format, without its newline. */
	static void line(StringBuilder out, long editionId, ImportedRow row) {
		out.append(editionId).append('\t');
		TableCopy.text(out, row.unitCode());
		out.append('\t');
		TableCopy.nullable(out, row.publishedTotal());
		out.append('\t');
		TableCopy.nullable(out, row.publishedRank());
		out.append('\t');
		TableCopy.text(out, ScoreArrays.codes(row.scores()));
		out.append('\t').append(ScoreArrays.scores(row.scores()));
	}

}
