package vn.ddcihub.operations.dossier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of a CSV (comma, semicolon or tab; UTF-8 with or without BOM) or of the first
 * sheet of an XLSX, handed on one by one as cell texts, so memory stays flat however long
 * the file is. An XLSX is streamed with POI's event reader from a temporary copy; its
 * shared strings stay in memory, hence its smaller limit ({@link #XLSX_MAX_BYTES}).
 */
public final class SheetRows {

	/** An XLSX larger than this is refused: export CSV for larger files. */
	public static final long XLSX_MAX_BYTES = 40L * 1024 * 1024;

	private static final int MAX_COLUMNS = 60;

	/** Receives each row; returns false to stop reading. */
	@FunctionalInterface
	public interface RowHandler {

		boolean row(long number, List<String> cells);

	}

	private SheetRows() {
	}

	public static boolean isXlsx(String fileName) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	public static void read(String fileName, InputStream in, RowHandler handler) throws IOException {
		if (isXlsx(fileName)) {
			xlsx(in, handler);
		}
		else {
			csv(in, handler);
		}
	}

	private static void csv(InputStream raw, RowHandler handler) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(4096);
		byte[] start = in.readNBytes(4096);
		in.reset();
		char delimiter = delimiter(new String(start, StandardCharsets.UTF_8));
		if (start.length >= 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF) {
			in.skipNBytes(3);
		}
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> cells = new ArrayList<>();
			for (CSVRecord record : parser) {
				cells.clear();
				int size = Math.min(record.size(), MAX_COLUMNS);
				for (int c = 0; c < size; c++) {
					cells.add(record.get(c));
				}
				if (!handler.row(parser.getCurrentLineNumber(), cells)) {
					return;
				}
			}
		}
	}

	/** The separator the first line uses most: comma, semicolon or tab. */
	private static char delimiter(String start) {
		int end = start.indexOf('\n');
		String line = end < 0 ? start : start.substring(0, end);
		char best = ',';
		long most = line.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = line.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	private static void xlsx(InputStream in, RowHandler handler) throws IOException {
		Path copy = Files.createTempFile("ddci-dossiers", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(copy)) {
				long copied = in.transferTo(out);
				if (copied > XLSX_MAX_BYTES) {
					throw new IOException("XLSX larger than " + XLSX_MAX_BYTES);
				}
			}
			try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
				XSSFReader xssf = new XSSFReader(pkg);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
				XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetsData();
				if (!sheets.hasNext()) {
					return;
				}
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(xssf.getStylesTable(), strings,
							new XlsxRows(handler), new IsoDates(), false));
					parser.parse(new InputSource(sheet));
				}
			}
		}
		catch (StopReading stop) {
			// the handler had enough
		}
		catch (IOException | RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IOException(e);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** Date cells as ISO text ("2020-03-15T08:30"), whatever their display format. */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime time = DateUtil.getLocalDateTime(value);
				return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
						: time.truncatedTo(ChronoUnit.MINUTES).toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	private static final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}

	}

	private static final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		XlsxRows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (!handler.row(rowNum + 1L, cells)) {
				throw new StopReading();
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			if (column >= MAX_COLUMNS) {
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

	}

}
