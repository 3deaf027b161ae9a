package vn.ddcihub.operations.dossier;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.TableCopy;

/**
 * Turns the cells of one export row into one line of the staging COPY (text format), or
 * into problems with their row and column. Handling units are matched to the
 * organisation's units by name or code (folded); names that match none are kept as
 * written and listed.
 */
final class DossierLineParser {

	/** Unknown unit names listed at most. */
	static final int UNKNOWN_LISTED = 50;

	private final String file;

	private final List<String> header;

	private final int[] at;

	private final Map<String, Unit> units = new HashMap<>();

	private final InputProblems problems;

	private final Set<String> unknownUnits = new TreeSet<>();

	/**
	 * Cells seen before, as they were read: an export repeats a few dozen units and three
	 * channels a million times, and folding diacritics costs more than the rest of a row.
	 */
	private final Map<String, Optional<Unit>> unitsByText = new HashMap<>();

	private final Map<String, Optional<Channel>> channelsByText = new HashMap<>();

	private final Map<String, Optional<Boolean>> apologiesByText = new HashMap<>();

	/** The organisation's procedures by code: their name and field fill empty cells. */
	private final Map<String, Procedure> procedures;

	private String code;

	private MonthlyCounts monthly;

	DossierLineParser(String file, List<String> header, ColumnMapping mapping, List<Unit> organisationUnits,
			InputProblems problems) {
		this(file, header, mapping, organisationUnits, Map.of(), problems);
	}

	DossierLineParser(String file, List<String> header, ColumnMapping mapping, List<Unit> organisationUnits,
			Map<String, Procedure> procedures, InputProblems problems) {
		this.file = file;
		this.procedures = procedures;
		this.header = List.copyOf(header);
		this.at = mapping.indexes(header);
		this.problems = problems;
		for (Unit unit : organisationUnits) {
			units.put(Folding.fold(unit.code()), unit);
		}
		for (Unit unit : organisationUnits) {
			units.put(Folding.fold(unit.name()), unit);
		}
	}

	/**
	 * Appends the row's COPY columns (code, procedure code and name, field, unit id and
	 * name, channel, received, due, returned, status, apology slip; no tab after the
	 * last) to {@code out} when the row is good; its code is then {@link #code()}.
	 * @return whether it was
	 */
	boolean parse(long row, List<String> cells, StringBuilder out) {
		long before = problems.count();
		String code = required(row, cells, DossierColumn.CODE, 64);
		String procedureCode = optional(row, cells, DossierColumn.PROCEDURE_CODE, 64);
		String procedureName = optional(row, cells, DossierColumn.PROCEDURE_NAME, 500);
		String field = optional(row, cells, DossierColumn.FIELD, 120);
		String unitText = required(row, cells, DossierColumn.UNIT, 255);
		String channelText = required(row, cells, DossierColumn.CHANNEL, 64);
		Channel channel = channelText == null ? null
				: channelsByText.computeIfAbsent(channelText, Channel::parse).orElse(null);
		if (channelText != null && channel == null) {
			problem(row, DossierColumn.CHANNEL, "kênh không rõ “" + InputProblems.quote(channelText)
					+ "”: hãy ghi trực tuyến, trực tiếp hoặc bưu chính");
		}
		LocalDateTime received = date(row, cells, DossierColumn.RECEIVED_AT, true);
		LocalDateTime due = date(row, cells, DossierColumn.DUE_AT, true);
		LocalDateTime returned = date(row, cells, DossierColumn.RETURNED_AT, false);
		if (received != null && due != null && due.toLocalDate().isBefore(received.toLocalDate())) {
			problem(row, DossierColumn.DUE_AT, "ngày hẹn trả trước ngày tiếp nhận");
		}
		if (received != null && returned != null && returned.toLocalDate().isBefore(received.toLocalDate())) {
			problem(row, DossierColumn.RETURNED_AT, "ngày trả kết quả trước ngày tiếp nhận");
		}
		String status = optional(row, cells, DossierColumn.STATUS, 120);
		Boolean apology = apology(row, cells);
		Unit unit = unitText == null ? null
				: unitsByText.computeIfAbsent(unitText, text -> Optional.ofNullable(units.get(Folding.fold(text))))
					.orElse(null);
		if (unit == null && unitText != null && unknownUnits.size() < UNKNOWN_LISTED) {
			unknownUnits.add(unitText);
		}
		if (problems.count() > before) {
			return false;
		}
		Procedure procedure = procedureCode == null ? null : procedures.get(procedureCode);
		if (procedure != null) {
			procedureName = procedureName != null ? procedureName : procedure.name();
			field = field != null ? field : procedure.field();
		}
		this.code = code;
		String unitName = unit == null ? unitText : unit.name();
		if (monthly != null) {
			monthly.add(unitName, procedureCode, field, channel, received, due, returned, apology);
		}
		text(out, code);
		text(out, procedureCode);
		text(out, procedureName);
		text(out, field);
		out.append(unit == null ? "\\N" : unit.id()).append('\t');
		text(out, unitName);
		out.append(channel.name()).append('\t');
		DossierDates.append(out, received);
		out.append('\t');
		DossierDates.append(out, due);
		out.append('\t');
		if (returned == null) {
			out.append("\\N");
		}
		else {
			DossierDates.append(out, returned);
		}
		out.append('\t');
		text(out, status);
		out.append(apology == null ? "\\N" : apology ? "t" : "f");
		return true;
	}

	/** Counts every good row into {@code counts} from now on. */
	void countInto(MonthlyCounts counts) {
		this.monthly = counts;
	}

	/** The code of the last good row. */
	String code() {
		return code;
	}

	/** Handling units of the file that match none of the organisation's units. */
	Set<String> unknownUnits() {
		return unknownUnits;
	}

	private String cell(List<String> cells, DossierColumn column) {
		int index = at[column.ordinal()];
		if (index < 0 || index >= cells.size()) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	private String required(long row, List<String> cells, DossierColumn column, int max) {
		String value = cell(cells, column);
		if (value == null) {
			problem(row, column, "ô trống: " + what(column) + " là bắt buộc");
			return null;
		}
		return clip(row, column, value, max);
	}

	private String optional(long row, List<String> cells, DossierColumn column, int max) {
		String value = cell(cells, column);
		return value == null ? null : clip(row, column, value, max);
	}

	private String clip(long row, DossierColumn column, String value, int max) {
		if (value.length() > max) {
			problem(row, column, what(column) + " dài hơn " + max + " ký tự");
			return null;
		}
		return value;
	}

	private LocalDateTime date(long row, List<String> cells, DossierColumn column, boolean required) {
		String value = cell(cells, column);
		if (value == null) {
			if (required) {
				problem(row, column, "ô trống: " + what(column) + " là bắt buộc");
			}
			return null;
		}
		LocalDateTime time = DossierDates.parse(value);
		if (time == null) {
			problem(row, column, "“" + InputProblems.quote(value)
					+ "” không phải ngày: hãy ghi dd/MM/yyyy, dd/MM/yyyy HH:mm hoặc yyyy-MM-dd");
		}
		return time;
	}

	private Boolean apology(long row, List<String> cells) {
		String value = cell(cells, DossierColumn.APOLOGY_SLIP);
		if (value == null) {
			return null;
		}
		Optional<Boolean> known = apologiesByText.get(value);
		if (known != null) {
			return known.get();
		}
		Boolean read = apologyValue(value);
		if (read != null && apologiesByText.size() < 100) {
			apologiesByText.put(value, Optional.of(read));
		}
		if (read == null) {
			problem(row, DossierColumn.APOLOGY_SLIP,
					"“" + InputProblems.quote(value) + "” không rõ: hãy ghi có hoặc không (hoặc ngày của phiếu)");
		}
		return read;
	}

	private static Boolean apologyValue(String value) {
		String folded = Folding.fold(value);
		if (folded.equals("co") || folded.equals("x") || folded.equals("yes") || folded.equals("true")
				|| folded.equals("1") || folded.startsWith("da ") || folded.equals("da") || folded.equals("y")
				|| DossierDates.parse(value) != null) {
			return true;
		}
		if (folded.equals("khong") || folded.equals("no") || folded.equals("false") || folded.equals("0")
				|| folded.startsWith("chua") || folded.equals("n")) {
			return false;
		}
		return null;
	}

	private String what(DossierColumn column) {
		return "cột “" + header.get(at[column.ordinal()] < 0 ? 0 : at[column.ordinal()]) + "”";
	}

	private void problem(long row, DossierColumn column, String message) {
		int index = at[column.ordinal()];
		String name = index < 0 ? column.name() : header.get(index);
		problems.add(column.name(), () -> InputProblem.at(file, (int) row, name, message));
	}

	private static void text(StringBuilder out, String value) {
		if (value == null) {
			out.append("\\N");
		}
		else {
			TableCopy.text(out, value);
		}
		out.append('\t');
	}

}
