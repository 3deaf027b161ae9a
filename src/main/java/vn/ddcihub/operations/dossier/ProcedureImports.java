package vn.ddcihub.operations.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;

/**
 * The procedure catalogue from a CSV or XLSX (one procedure a row: code, name, field,
 * statutory days, reduced days, online level, fees; headers in Vietnamese or English,
 * with or without diacritics), all or nothing: new codes are added, known ones changed
 * through {@link Procedures} (so each change is audited), unchanged ones left alone.
 */
@Service
public class ProcedureImports {

	/** A catalogue has hundreds of procedures, not more. */
	static final int MAX_ROWS = 2_000;

	static final long MAX_BYTES = 2L * 1024 * 1024;

	private static final Map<String, List<String>> HEADERS = Map
		.of("code", List.of("ma thu tuc", "ma tthc", "ma", "code", "procedure code"), "name",
				List.of("ten thu tuc", "thu tuc", "ten", "name", "procedure name"), "field",
				List.of("linh vuc", "field"), "statutoryDays",
				List.of("thoi han", "thoi han theo quy dinh", "thoi han giai quyet", "statutory days",
						"statutory limit"),
				"reducedDays", List.of("thoi han cat giam", "thoi han sau cat giam", "reduced days", "reduced limit"),
				"onlineLevel",
				List.of("muc do truc tuyen", "dich vu cong truc tuyen", "truc tuyen", "online level", "online"), "fees",
				List.of("phi", "phi le phi", "le phi", "fees"));

	private final Procedures procedures;

	ProcedureImports(Procedures procedures) {
		this.procedures = procedures;
	}

	/** What an import did. */
	public record Outcome(int added, int changed, int unchanged) {
	}

	@Transactional
	public Outcome importFile(long organisationId, String fileName, long size, InputStreamSource file) {
		String name = fileName == null || fileName.isBlank() ? "danh-muc.csv" : fileName.strip();
		InputProblems problems = new InputProblems(name);
		if (size > MAX_BYTES) {
			throw new BadInputException(List.of(InputProblem.at(name, 1, null, "Tệp lớn hơn 2 MB")));
		}
		List<Map.Entry<Integer, ProcedureInput>> rows = new ArrayList<>();
		Map<String, Integer> columns = new HashMap<>();
		Set<String> codes = new TreeSet<>();
		try (InputStream in = file.getInputStream()) {
			SheetRows.read(name, in, (number, cells) -> {
				if (columns.isEmpty()) {
					header(cells, columns);
					for (String needed : List.of("code", "name", "field", "statutoryDays")) {
						if (!columns.containsKey(needed)) {
							problems.add("cột thiếu", InputProblem.at(name, (int) number, null,
									"Thiếu cột " + HEADERS.get(needed).get(0) + " (" + needed + ")"));
						}
					}
					return problems.isEmpty();
				}
				if (rows.size() >= MAX_ROWS) {
					problems.add("quá nhiều dòng", InputProblem.at(name, (int) number, null,
							"Tệp có hơn " + MAX_ROWS + " thủ tục: hãy chia tệp"));
					return false;
				}
				ProcedureInput input = row(name, number, cells, columns, problems);
				if (input != null) {
					if (!codes.add(input.code())) {
						problems.add("mã lặp lại", InputProblem.at(name, (int) number, "code",
								"mã thủ tục “" + InputProblems.quote(input.code()) + "” đã có ở dòng trên"));
					}
					rows.add(Map.entry((int) number, input));
				}
				return true;
			});
		}
		catch (IOException ex) {
			problems.add("tệp hỏng",
					InputProblem.at(name, 1, null, "Không đọc được tệp: hãy lưu dạng CSV (UTF-8) hoặc XLSX"));
		}
		if (columns.isEmpty() && problems.isEmpty()) {
			problems.add("tệp trống", InputProblem.at(name, 1, null, "Tệp không có dòng tiêu đề"));
		}
		problems.refuseIfAny();
		int added = 0;
		int changed = 0;
		for (Map.Entry<Integer, ProcedureInput> row : rows) {
			ProcedureInput input = row.getValue();
			var known = procedures.byCode(organisationId, input.code());
			if (known.isEmpty()) {
				procedures.create(organisationId, input);
				added++;
			}
			else if (!ProcedureInput.of(known.get()).equals(normalised(input))) {
				procedures.update(organisationId, known.get().id(), input);
				changed++;
			}
		}
		return new Outcome(added, changed, rows.size() - added - changed);
	}

	/** The input as the catalogue would store it, to tell an unchanged row. */
	private static ProcedureInput normalised(ProcedureInput input) {
		return new ProcedureInput(input.code(), input.name(), input.field(), input.statutoryDays(),
				input.reducedOrDefault(), input.onlineLevel(), input.fees() == null ? "" : input.fees());
	}

	private static void header(List<String> cells, Map<String, Integer> columns) {
		for (int pass = 0; pass < 2; pass++) {
			for (var entry : HEADERS.entrySet()) {
				if (columns.containsKey(entry.getKey())) {
					continue;
				}
				for (int c = 0; c < cells.size(); c++) {
					String folded = Folding.fold(cells.get(c));
					boolean taken = columns.containsValue(c);
					if (!taken && (pass == 0 ? entry.getValue().contains(folded)
							: entry.getValue().stream().anyMatch(h -> h.length() > 4 && folded.startsWith(h)))) {
						columns.put(entry.getKey(), c);
						break;
					}
				}
			}
		}
	}

	private static ProcedureInput row(String file, long number, List<String> cells, Map<String, Integer> columns,
			InputProblems problems) {
		long before = problems.count();
		String code = text(cells, columns, "code");
		String name = text(cells, columns, "name");
		String field = text(cells, columns, "field");
		for (var required : Map.of("code", code, "name", name, "field", field).entrySet()) {
			if (required.getValue().isEmpty()) {
				problems.add("ô trống", InputProblem.at(file, (int) number, required.getKey(), "ô trống: bắt buộc"));
			}
		}
		if (code.length() > 64 || name.length() > 500 || field.length() > 120) {
			problems.add("quá dài", InputProblem.at(file, (int) number, null, "mã, tên hoặc lĩnh vực quá dài"));
		}
		Integer statutory = days(file, number, cells, columns, "statutoryDays", true, problems);
		Integer reduced = days(file, number, cells, columns, "reducedDays", false, problems);
		if (statutory != null && reduced != null && reduced > statutory) {
			problems.add("cắt giảm dài hơn", InputProblem.at(file, (int) number, "reducedDays",
					"thời hạn cắt giảm dài hơn thời hạn theo quy định"));
		}
		String online = Folding.fold(text(cells, columns, "onlineLevel"));
		OnlineLevel level = online.contains("toan trinh") || online.contains("fully") || online.equals("4")
				? OnlineLevel.FULLY : online.contains("mot phan") || online.contains("partly") || online.equals("3")
						? OnlineLevel.PARTLY : OnlineLevel.NONE;
		String fees = text(cells, columns, "fees");
		if (fees.length() > 1000) {
			problems.add("quá dài", InputProblem.at(file, (int) number, "fees", "phí, lệ phí dài hơn 1000 ký tự"));
		}
		return problems.count() > before ? null
				: new ProcedureInput(code, name, field, statutory, reduced, level, fees.isEmpty() ? null : fees);
	}

	private static Integer days(String file, long number, List<String> cells, Map<String, Integer> columns,
			String column, boolean required, InputProblems problems) {
		String value = text(cells, columns, column);
		if (value.isEmpty()) {
			if (required) {
				problems.add("ô trống", InputProblem.at(file, (int) number, column, "ô trống: bắt buộc"));
			}
			return null;
		}
		try {
			int days = Integer.parseInt(value.replaceAll("(?i)\\s*(ngày|ngay|days?)\\s*$", "").strip());
			if (days < 0 || days > 365) {
				throw new NumberFormatException();
			}
			return days;
		}
		catch (NumberFormatException ex) {
			problems.add("không phải số ngày", InputProblem.at(file, (int) number, column,
					"“" + InputProblems.quote(value) + "” không phải số ngày từ 0 đến 365"));
			return null;
		}
	}

	private static String text(List<String> cells, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null || index >= cells.size() ? "" : cells.get(index).strip();
	}

}
