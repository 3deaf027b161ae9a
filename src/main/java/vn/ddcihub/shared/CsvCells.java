package vn.ddcihub.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the application writes (exports, import templates): UTF-8 with a byte order
 * mark, so Excel reads Vietnamese text, and cells neutralised against formula injection
 * as OWASP recommends — a text starting with =, +, -, @, tab or carriage return gets a
 * leading apostrophe, so a unit named {@code =HYPERLINK(…)} is shown, never run, by a
 * spreadsheet. Imports undo the apostrophe ({@link #unescape}), so a template
 * round-trips.
 */
public final class CsvCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/**
	 * The value as a spreadsheet should take it: texts that look like formulas are not.
	 */
	public static Object safe(Object value) {
		if (value instanceof CharSequence text && looksLikeFormula(text, 0)) {
			return "'" + text;
		}
		return value;
	}

	/**
	 * What {@link #safe} wrote, read back: the apostrophe before a formula character
	 * goes.
	 */
	public static String unescape(String cell) {
		return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && looksLikeFormula(cell, 1)
				? cell.substring(1) : cell;
	}

	/**
	 * A whole CSV file: the header, then the rows, each cell through {@link #safe}; UTF-8
	 * with a byte order mark.
	 */
	public static byte[] write(char delimiter, List<?> header, Iterable<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			csv.printRecord(header.stream().map(CsvCells::safe));
			for (List<?> row : rows) {
				csv.printRecord(row.stream().map(CsvCells::safe));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	private static boolean looksLikeFormula(CharSequence text, int at) {
		return text.length() > at && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
	}

}
