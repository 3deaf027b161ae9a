package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

	@Test
	void textsThatSpreadsheetsWouldRunAsFormulasGetALeadingApostrophe() {
		assertThat(CsvCells.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		for (String start : List.of("+", "-", "@", "\t", "\r")) {
			assertThat(CsvCells.safe(start + "1+1")).isEqualTo("'" + start + "1+1");
		}
		assertThat(CsvCells.safe("Sở Tài chính")).isEqualTo("Sở Tài chính");
		assertThat(CsvCells.safe(-4)).isEqualTo(-4);
		assertThat(CsvCells.safe(null)).isNull();
		assertThat(CsvCells.safe("")).isEqualTo("");
	}

	@Test
	void importsReadANeutralisedCellAsItWasWritten() {
		assertThat(CsvCells.unescape("'=SUM(A1)")).isEqualTo("=SUM(A1)");
		assertThat(CsvCells.unescape("'quoted")).isEqualTo("'quoted");
		assertThat(CsvCells.unescape("'")).isEqualTo("'");
	}

	@Test
	void aWholeFileIsUtf8WithAByteOrderMarkAndNoFormulaCells() {
		String csv = new String(
				CsvCells.write(';', List.of("unit_code", "unit_name"),
						List.of(Arrays.asList("X1", "=HYPERLINK(\"http://x\",\"y\")"), Arrays.asList("X2", null))),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFunit_code;unit_name")
			.contains("X1;\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
			.doesNotContain(";=");
	}

}
