package vn.ddcihub.survey.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.scoring.Bootstrap;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.scoring.SurveyScorer;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.ScoreOptions.UsageException;

/**
 * {@code java -jar ddci-hub.jar score …}: scores an XLSForm questionnaire and a file of
 * responses into an XLSX of indicators, components, totals, ranks and 90 % intervals, in
 * plain Java — no Spring context, no database, no web server. The components are those
 * the form's {@code ddci_indicators} sheet names, in their order, equally weighted unless
 * {@code --weights} says otherwise; the units are those the responses name. Every problem
 * goes to standard error with its file, row and column; exit code 0 when written, 1 for a
 * file refused, 2 for a usage mistake.
 */
public final class CommandLineScoring {

	static final int OK = 0;

	static final int REFUSED = 1;

	static final int USAGE = 2;

	private CommandLineScoring() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		CliTexts texts = CliTexts.of(ScoreOptions.language(args));
		long started = System.nanoTime();
		try {
			ScoreOptions options = ScoreOptions.parse(args, texts);
			Questionnaire questionnaire = questionnaire(options, texts);
			List<ComponentRef> components = components(options, questionnaire, texts);
			ResponseFileReader.Result read = responses(options, questionnaire);
			read.warnings().forEach(w -> err.println(texts.get("cli.warning", w.describe())));
			if (!read.ok()) {
				throw read.rejection();
			}
			if (read.responses().isEmpty()) {
				throw new BadInputException(List.of(new InputProblem(options.responses().getFileName().toString(), null,
						null, texts.get("cli.noResponses", options.responses().getFileName()))));
			}
			List<String> units = new ArrayList<>(new LinkedHashSet<>(
					read.responses().stream().map(ResponseRepository.NewResponse::unitCode).toList()));
			ScoringInput input = new ScoringInput(questionnaire, components.stream().map(ComponentRef::code).toList(),
					components.stream().mapToDouble(ComponentRef::weight).toArray(), units);
			read.responses().forEach(r -> input.add(r.unitCode(), r.answers()));
			SurveyScorer scorer = new SurveyScorer(input.specs(), input.componentWeights(), options.parameters());
			SurveyScore score = scorer.score(input.responses());
			BootstrapResult intervals = options.bootstrap() > 0 ? new Bootstrap(scorer).run(input.responses()) : null;
			byte[] workbook = new DocumentRenderers(null)
				.xlsx(new ScoreWorkbook(texts, questionnaire, components, units, score, intervals, options).tables());
			write(options.out(), workbook, texts);
			out.println(texts.get("cli.done", texts.number(units.size()), texts.number(read.responses().size()),
					options.out(), texts.number((System.nanoTime() - started) / 1_000_000)));
			return OK;
		}
		catch (UsageException ex) {
			err.println(texts.get("cli.error", ex.getMessage()));
			err.println(texts.get("cli.usage"));
			return USAGE;
		}
		catch (BadInputException ex) {
			ex.problems().forEach(p -> err.println(texts.get("cli.error", p.describe())));
			if (ex.problemCount() > ex.problems().size()) {
				err.println(texts.get("cli.problemsMore", ex.problemCount() - ex.problems().size()));
			}
			return REFUSED;
		}
	}

	private static Questionnaire questionnaire(ScoreOptions options, CliTexts texts) {
		byte[] form = bytes(options.form(), texts);
		List<ComponentRef> named = componentsNamed(options.form(), form, texts);
		return XlsFormReader
			.read(options.form().getFileName().toString(), form.length, new ByteArrayInputStream(form), named)
			.unsaved(0, Block.DEPARTMENT);
	}

	/**
	 * The components the {@code ddci_indicators} sheet names, in order of first mention,
	 * so the form reader checks each indicator against them.
	 */
	private static List<ComponentRef> componentsNamed(Path file, byte[] form, CliTexts texts) {
		Set<String> codes = new LinkedHashSet<>();
		if (form.length <= XlsFormReader.MAX_BYTES) {
			try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(form))) {
				Sheet sheet = workbook.getSheet("ddci_indicators");
				Row header = sheet == null ? null : sheet.getRow(sheet.getFirstRowNum());
				DataFormatter cells = new DataFormatter();
				int column = -1;
				for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
					if ("component".equalsIgnoreCase(cells.formatCellValue(header.getCell(c)).strip())) {
						column = c;
					}
				}
				for (int r = sheet == null ? 0 : sheet.getFirstRowNum() + 1; column >= 0
						&& r <= Math.min(sheet.getLastRowNum(), XlsFormReader.MAX_ROWS); r++) {
					Row row = sheet.getRow(r);
					String code = row == null ? "" : cells.formatCellValue(row.getCell(column)).strip();
					if (!code.isEmpty()) {
						codes.add(code);
					}
				}
			}
			catch (IOException | RuntimeException unreadable) {
				// the form reader says what is wrong with the file
				return List.of(new ComponentRef("?", "?", "?", 1, 1));
			}
		}
		if (codes.isEmpty() && form.length <= XlsFormReader.MAX_BYTES) {
			throw new BadInputException(List.of(new InputProblem(file.getFileName().toString(), null, "ddci_indicators",
					texts.get("cli.noComponents", file.getFileName()))));
		}
		List<ComponentRef> components = new ArrayList<>();
		codes.forEach(code -> components.add(new ComponentRef(code, code, code, components.size() + 1, 1.0)));
		return components;
	}

	/** The form's components with the weights asked for (1 where none is given). */
	private static List<ComponentRef> components(ScoreOptions options, Questionnaire questionnaire, CliTexts texts) {
		Map<String, ComponentRef> byCode = new LinkedHashMap<>();
		questionnaire.indicators()
			.forEach(i -> byCode.putIfAbsent(i.componentCode(),
					new ComponentRef(i.componentCode(), i.componentCode(), i.componentCode(), byCode.size() + 1, 1.0)));
		for (Map.Entry<String, Double> weight : options.weights().entrySet()) {
			Optional<String> code = byCode.keySet()
				.stream()
				.filter(c -> c.equalsIgnoreCase(weight.getKey()))
				.findFirst();
			if (code.isEmpty()) {
				throw new UsageException(
						texts.get("cli.unknownComponent", weight.getKey(), String.join(", ", byCode.keySet())));
			}
			ComponentRef ref = byCode.get(code.get());
			byCode.put(ref.code(),
					new ComponentRef(ref.code(), ref.nameVi(), ref.nameEn(), ref.order(), weight.getValue()));
		}
		return List.copyOf(byCode.values());
	}

	/** Any unit the file names is one of the block: there is no database to ask. */
	private static ResponseFileReader.Result responses(ScoreOptions options, Questionnaire questionnaire) {
		Path file = options.responses();
		try (InputStream in = Files.newInputStream(file)) {
			return ResponseFileReader.read(file.getFileName().toString(), in, questionnaire,
					text -> text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip()), Set.of(),
					new ResponseFileReader.Options(null, options.separator(), options.unitColumn()));
		}
		catch (IOException ex) {
			throw missing(file, CliTexts.of(options.language()));
		}
	}

	private static byte[] bytes(Path file, CliTexts texts) {
		try {
			if (Files.size(file) > XlsFormReader.MAX_BYTES) {
				return new byte[(int) XlsFormReader.MAX_BYTES + 1];
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw missing(file, texts);
		}
	}

	private static BadInputException missing(Path file, CliTexts texts) {
		return new BadInputException(
				List.of(new InputProblem(file.toString(), null, null, texts.get("cli.fileMissing", file))));
	}

	private static void write(Path out, byte[] workbook, CliTexts texts) {
		try {
			Files.write(out, workbook);
		}
		catch (IOException ex) {
			throw new UsageException(texts.get("cli.writeFailed", out, ex.getMessage()));
		}
	}

}
