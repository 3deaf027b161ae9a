package vn.ddcihub.operations.inspection;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.inspection.Inspection.Duplicate;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;

/**
 * Imports a yearly inspection plan from CSV or XLSX, all or nothing: every row is checked
 * with the entry form's rules (problems by row and column, capped), and only a clean file
 * is saved, in one transaction. Businesses the file makes inspected more than once in the
 * year (within the file or with inspections already planned) are answered, to be shown.
 */
@Service
public class InspectionPlanImport {

	/** Column → accepted headers (compared by {@link PlanTable#key}). */
	private static final Map<String, List<String>> COLUMNS = columns();

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("businessName", List.of("Doanh nghiệp", "Tên doanh nghiệp", "business", "business_name"));
		columns.put("taxCode", List.of("Mã số thuế", "MST", "tax_code"));
		columns.put("topic", List.of("Nội dung", "Nội dung thanh tra", "topic"));
		columns.put("plannedMonth", List.of("Tháng", "Tháng dự kiến", "month", "planned_month"));
		columns.put("leadUnitId", List.of("Đơn vị chủ trì", "lead_unit"));
		columns.put("coordinatingUnitIds", List.of("Đơn vị phối hợp", "coordinating_units"));
		columns.put("kind", List.of("Hình thức", "kind"));
		columns.put("legalBasis", List.of("Căn cứ", "Căn cứ pháp lý", "legal_basis"));
		columns.put("violationSign", List.of("Dấu hiệu vi phạm", "violation_sign"));
		return columns;
	}

	private static final Set<String> REQUIRED = Set.of("businessName", "taxCode", "topic", "plannedMonth",
			"leadUnitId");

	private final Inspections inspections;

	private final OrganisationScope scope;

	private final Validator validator;

	private final AuditTrail audit;

	InspectionPlanImport(Inspections inspections, OrganisationScope scope, Validator validator, AuditTrail audit) {
		this.inspections = inspections;
		this.scope = scope;
		this.validator = validator;
		this.audit = audit;
	}

	/** What an import saved and the duplicates it leaves in the year. */
	public record Result(int imported, List<Duplicate> duplicates) {
	}

	@Transactional
	public Result run(long organisationId, int year, String fileName, long size, InputStream in) {
		PlanTable table = PlanTable.read(fileName, size, in);
		InputProblems problems = new InputProblems(fileName);
		Map<String, Integer> at = positions(table.header());
		for (String column : REQUIRED) {
			if (!at.containsKey(column)) {
				problems.add("cột thiếu", InputProblem.at(fileName, 1, COLUMNS.get(column).get(0),
						"Thiếu cột “" + COLUMNS.get(column).get(0) + "” ở dòng tiêu đề."));
			}
		}
		if (table.rows().isEmpty()) {
			problems.add("tệp rỗng", new InputProblem(fileName, null, null, "Tệp không có dòng kế hoạch nào."));
		}
		problems.refuseIfAny();
		List<Unit> units = scope.directory().units(organisationId);
		List<InspectionInput> entries = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> cells = table.rows().get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			int row = r + 2;
			Map<String, String> value = new LinkedHashMap<>();
			at.forEach((column, index) -> value.put(column, index < cells.size() ? cells.get(index) : ""));
			InspectionInput entry = entry(year, value, units, row, fileName, problems);
			if (entry == null) {
				continue;
			}
			for (ConstraintViolation<InspectionInput> violation : validator.validate(entry)) {
				String column = violation.getPropertyPath().toString();
				problems.add("ô sai",
						() -> InputProblem.at(fileName, row, header(column), message(violation, header(column))));
			}
			for (InputProblem problem : inspections.problems(organisationId, entry, row)) {
				problems.add("ô sai", InputProblem.at(fileName, row, header(problem.column()), problem.message()));
			}
			entries.add(entry);
		}
		problems.refuseIfAny();
		Set<String> taxCodes = new java.util.HashSet<>();
		for (InspectionInput entry : entries) {
			inspections.insert(organisationId, entry, false);
			taxCodes.add(entry.taxCode());
		}
		audit.record(InspectionAuditKind.INSPECTION_IMPORT, year, Action.IMPORT, null,
				Map.of("file", fileName, "year", year, "rows", entries.size()), organisationId);
		List<Duplicate> duplicates = inspections.duplicates(organisationId, year)
			.stream()
			.filter(d -> taxCodes.contains(d.taxCode()))
			.toList();
		return new Result(entries.size(), duplicates);
	}

	private InspectionInput entry(int year, Map<String, String> value, List<Unit> units, int row, String file,
			InputProblems problems) {
		Integer month = null;
		String monthText = value.getOrDefault("plannedMonth", "");
		if (!monthText.isBlank()) {
			try {
				month = Integer.valueOf(monthText.strip());
			}
			catch (NumberFormatException ex) {
				problems.add("ô sai", InputProblem.at(file, row, header("plannedMonth"),
						"“" + InputProblems.quote(monthText) + "” không phải số tháng (1–12)."));
				return null;
			}
		}
		Optional<Unit> lead = unit(units, value.getOrDefault("leadUnitId", ""));
		if (lead.isEmpty() && !value.getOrDefault("leadUnitId", "").isBlank()) {
			problems.add("ô sai", InputProblem.at(file, row, header("leadUnitId"), "Không có đơn vị “"
					+ InputProblems.quote(value.get("leadUnitId")) + "” (nhập mã hoặc tên đơn vị của cơ quan)."));
			return null;
		}
		List<Long> coordinating = new ArrayList<>();
		for (String name : value.getOrDefault("coordinatingUnitIds", "").split("[,;]")) {
			if (name.isBlank()) {
				continue;
			}
			Optional<Unit> unit = unit(units, name);
			if (unit.isEmpty()) {
				problems.add("ô sai", InputProblem.at(file, row, header("coordinatingUnitIds"),
						"Không có đơn vị “" + InputProblems.quote(name) + "”."));
				return null;
			}
			coordinating.add(unit.get().id());
		}
		InspectionKind kind = kind(value.getOrDefault("kind", ""));
		if (kind == null) {
			problems.add("ô sai",
					InputProblem.at(file, row, header("kind"), "“" + InputProblems.quote(value.get("kind"))
							+ "” không phải hình thức (theo kế hoạch hoặc đột xuất)."));
			return null;
		}
		return new InspectionInput(year, value.getOrDefault("businessName", ""), value.getOrDefault("taxCode", ""),
				value.getOrDefault("topic", ""), month, lead.map(Unit::id).orElse(null), coordinating, kind,
				value.getOrDefault("legalBasis", ""), value.getOrDefault("violationSign", ""), InspectionStatus.PLANNED,
				true);
	}

	private static Optional<Unit> unit(List<Unit> units, String text) {
		String key = PlanTable.key(text);
		return key.isEmpty() ? Optional.empty()
				: units.stream()
					.filter(u -> PlanTable.key(u.code()).equals(key) || PlanTable.key(u.name()).equals(key))
					.findFirst();
	}

	private static InspectionKind kind(String text) {
		String key = PlanTable.key(text);
		if (key.isEmpty() || key.equals("theokehoach") || key.equals("kehoach") || key.equals("planned")) {
			return InspectionKind.PLANNED;
		}
		return key.equals("dotxuat") || key.equals("unscheduled") ? InspectionKind.UNSCHEDULED : null;
	}

	private static Map<String, Integer> positions(List<String> header) {
		Map<String, Integer> at = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String key = PlanTable.key(header.get(i));
			for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
				if (column.getValue().stream().map(PlanTable::key).anyMatch(key::equals)) {
					at.putIfAbsent(column.getKey(), i);
				}
			}
		}
		return at;
	}

	private static String header(String column) {
		List<String> names = COLUMNS.get(column);
		return names == null ? column : names.get(0);
	}

	/** The violation's message with the column's header in place of the label. */
	private static String message(ConstraintViolation<InspectionInput> violation, String header) {
		Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
		return new java.text.MessageFormat(violation.getMessage().replace("'", "''"), Locale.forLanguageTag("vi"))
			.format(new Object[] { header, limits.get("max"), limits.get("min") });
	}

}
