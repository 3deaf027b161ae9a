package vn.ddcihub.operations.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.inspection.Inspection.Counts;
import vn.ddcihub.operations.inspection.Inspection.Duplicate;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * The yearly inspection plan of an organisation: entries checked against Directive
 * 20/CT-TTg (one inspection of a business a year, found by tax code across every unit of
 * the organisation), counts per year, every change audited.
 */
@Service
public class Inspections {

	private static final String SELECT = """
			select i.*, u.name as lead_unit_name,
			       coalesce((select array_agg(c.unit_id order by c.unit_id) from ops_inspection_unit c
			                 where c.inspection_id = i.id), '{}') as coordinating_ids,
			       coalesce((select array_agg(cu.name order by c.unit_id) from ops_inspection_unit c
			                 join org_unit cu on cu.id = c.unit_id where c.inspection_id = i.id), '{}') as coordinating_names
			from ops_inspection i join org_unit u on u.id = i.lead_unit_id
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final OrganisationScope scope;

	Inspections(JdbcClient jdbc, AuditTrail audit, OrganisationScope scope) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	public List<Inspection> list(long organisationId, int year) {
		return jdbc.sql(SELECT + " where i.organisation_id = ? and i.year = ? order by i.planned_month, i.id")
			.params(organisationId, year)
			.query(Inspections::inspection)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Inspection> find(long id) {
		return jdbc.sql(SELECT + " where i.id = ?").param(id).query(Inspections::inspection).optional();
	}

	public Inspection get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("operations.inspection.notFound", id));
	}

	/**
	 * The latest year of the organisation's plan up to this year (a later one when it has
	 * only plans ahead), if it has one.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> latestYear(long organisationId) {
		return jdbc.sql("""
				select coalesce(max(year) filter (where year <= extract(year from current_date)), max(year))
				from ops_inspection where organisation_id = ?""").param(organisationId).query(Integer.class).optional();
	}

	/**
	 * The other inspections of the business (same tax code) in the year, by any unit of
	 * the organisation; cancelled ones do not count.
	 */
	@Transactional(readOnly = true)
	public List<Inspection> others(long organisationId, int year, String taxCode, Long exceptId) {
		return jdbc.sql(SELECT + """
				where i.organisation_id = ? and i.year = ? and i.tax_code = ? and i.status <> 'CANCELLED'
				order by i.planned_month, i.id""")
			.params(organisationId, year, taxCode.strip())
			.query(Inspections::inspection)
			.list()
			.stream()
			.filter(i -> exceptId == null || i.id() != exceptId)
			.toList();
	}

	/**
	 * A second inspection of a business in a year is saved only when confirmed, by
	 * whoever has seen the other one (the form and the API answer show it).
	 */
	public static void requireConfirmation(InspectionInput in, List<Inspection> others) {
		if (!others.isEmpty() && !in.duplicateConfirmed()) {
			Inspection other = others.get(0);
			throw new BadInputException(List.of(InputProblem.field("confirmDuplicate", "Doanh nghiệp mã số thuế "
					+ in.taxCode() + " đã có trong kế hoạch năm " + in.year() + " (" + other.topic() + ", tháng "
					+ other.plannedMonth() + ", " + other.leadUnitName()
					+ " chủ trì): Chỉ thị 20/CT-TTg yêu cầu không thanh tra, kiểm tra một doanh nghiệp quá một lần"
					+ " trong năm. Đánh dấu “Vẫn lưu” (API: confirmDuplicate = true) nếu thật cần thiết.")));
		}
	}

	/** Businesses planned for more than one inspection in the year. */
	@Transactional(readOnly = true)
	public List<Duplicate> duplicates(long organisationId, int year) {
		Map<String, List<Inspection>> byTaxCode = new LinkedHashMap<>();
		list(organisationId, year).stream()
			.filter(i -> i.status() != InspectionStatus.CANCELLED)
			.forEach(i -> byTaxCode.computeIfAbsent(i.taxCode(), t -> new ArrayList<>()).add(i));
		return byTaxCode.values()
			.stream()
			.filter(list -> list.size() > 1)
			.map(list -> new Duplicate(list.get(0).taxCode(), list.get(0).businessName(), List.copyOf(list)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Counts counts(long organisationId, int year) {
		return jdbc
			.sql("""
					select count(*) as total,
					       count(*) filter (where kind = 'PLANNED') as planned,
					       count(*) filter (where status = 'DONE') as done,
					       count(*) filter (where kind = 'UNSCHEDULED') as unscheduled,
					       count(*) filter (where status = 'CANCELLED') as cancelled,
					       count(distinct tax_code) filter (where status <> 'CANCELLED') as businesses,
					       (select count(*) from (select tax_code from ops_inspection where organisation_id = :org
					          and year = :year and status <> 'CANCELLED' group by tax_code having count(*) > 1) d) as duplicates
					from ops_inspection where organisation_id = :org and year = :year""")
			.param("org", organisationId)
			.param("year", year)
			.query((rs, i) -> new Counts(year, rs.getInt("total"), rs.getInt("planned"), rs.getInt("done"),
					rs.getInt("unscheduled"), rs.getInt("cancelled"), rs.getInt("businesses"), rs.getInt("duplicates")))
			.single();
	}

	/** Adds an inspection after the checks of {@link #check}; answers its id. */
	@Transactional
	public long create(long organisationId, InspectionInput in, boolean illustrative) {
		check(organisationId, in);
		long id = insert(organisationId, in, illustrative);
		audit.record(InspectionAuditKind.INSPECTION, id, Action.CREATE, null, state(in), organisationId);
		return id;
	}

	@Transactional
	public void update(long id, InspectionInput in) {
		Inspection before = get(id);
		check(before.organisationId(), in);
		jdbc.sql("""
				update ops_inspection set year = ?, business_name = ?, tax_code = ?, topic = ?, planned_month = ?,
				    lead_unit_id = ?, kind = ?, legal_basis = ?, violation_sign = ?, status = ?, updated_at = now()
				where id = ?""")
			.params(in.year(), in.businessName().strip(), in.taxCode(), in.topic().strip(), in.plannedMonth(),
					in.leadUnitId(), in.kind().name(), in.legalBasis(), in.violationSign(), in.status().name(), id)
			.update();
		jdbc.sql("delete from ops_inspection_unit where inspection_id = ?").param(id).update();
		saveCoordinating(id, in);
		audit.record(InspectionAuditKind.INSPECTION, id, Action.UPDATE, state(before.toInput()), state(in),
				before.organisationId());
	}

	/**
	 * The rules beyond the fields: an unscheduled inspection names its legal basis and
	 * the sign of violation; the units are the organisation's.
	 */
	void check(long organisationId, InspectionInput in) {
		List<InputProblem> problems = new ArrayList<>(problems(organisationId, in, null));
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	/**
	 * The problems of one entry; {@code file} and {@code row} place them in an import.
	 */
	List<InputProblem> problems(long organisationId, InspectionInput in, Integer row) {
		List<InputProblem> problems = new ArrayList<>();
		if (in.kind() == InspectionKind.UNSCHEDULED && in.legalBasis().isEmpty()) {
			problems.add(problem(row, "legalBasis", "Căn cứ pháp lý: bắt buộc với cuộc thanh tra, kiểm tra đột xuất."));
		}
		if (in.kind() == InspectionKind.UNSCHEDULED && in.violationSign().isEmpty()) {
			problems.add(problem(row, "violationSign",
					"Dấu hiệu vi phạm: bắt buộc với cuộc thanh tra, kiểm tra đột xuất (chỉ kiểm tra đột xuất khi có dấu hiệu vi phạm)."));
		}
		if (!scope.isUnitOf(organisationId, in.leadUnitId())) {
			problems.add(
					problem(row, "leadUnitId", "Đơn vị chủ trì không thuộc cơ quan: chọn một đơn vị trong danh sách."));
		}
		for (Long unit : in.coordinatingUnitIds()) {
			if (!scope.isUnitOf(organisationId, unit)) {
				problems.add(problem(row, "coordinatingUnitIds",
						"Đơn vị phối hợp không thuộc cơ quan: chọn các đơn vị trong danh sách."));
				break;
			}
		}
		return problems;
	}

	private static InputProblem problem(Integer row, String field, String message) {
		return row == null ? InputProblem.field(field, message) : new InputProblem(null, row, field, message);
	}

	long insert(long organisationId, InspectionInput in, boolean illustrative) {
		long id = jdbc.sql("""
				insert into ops_inspection (organisation_id, year, business_name, tax_code, topic, planned_month,
				    lead_unit_id, kind, legal_basis, violation_sign, status, illustrative)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organisationId, in.year(), in.businessName().strip(), in.taxCode(), in.topic().strip(),
					in.plannedMonth(), in.leadUnitId(), in.kind().name(), in.legalBasis(), in.violationSign(),
					in.status().name(), illustrative)
			.query(Long.class)
			.single();
		saveCoordinating(id, in);
		return id;
	}

	private void saveCoordinating(long id, InspectionInput in) {
		in.coordinatingUnitIds()
			.stream()
			.distinct()
			.filter(unit -> !unit.equals(in.leadUnitId()))
			.forEach(unit -> jdbc.sql("insert into ops_inspection_unit (inspection_id, unit_id) values (?, ?)")
				.params(id, unit)
				.update());
	}

	static Map<String, Object> state(InspectionInput in) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("year", in.year());
		state.put("businessName", in.businessName());
		state.put("taxCode", in.taxCode());
		state.put("topic", in.topic());
		state.put("plannedMonth", in.plannedMonth());
		state.put("leadUnitId", in.leadUnitId());
		state.put("coordinatingUnitIds", in.coordinatingUnitIds());
		state.put("kind", in.kind().name());
		state.put("legalBasis", in.legalBasis());
		state.put("violationSign", in.violationSign());
		state.put("status", in.status().name());
		return state;
	}

	private static Inspection inspection(ResultSet rs, int row) throws SQLException {
		Long[] ids = (Long[]) rs.getArray("coordinating_ids").getArray();
		String[] names = (String[]) rs.getArray("coordinating_names").getArray();
		return new Inspection(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
				rs.getString("business_name"), rs.getString("tax_code"), rs.getString("topic"),
				rs.getInt("planned_month"), rs.getLong("lead_unit_id"), rs.getString("lead_unit_name"),
				Arrays.asList(ids), Arrays.asList(names), InspectionKind.valueOf(rs.getString("kind")),
				rs.getString("legal_basis"), rs.getString("violation_sign"),
				InspectionStatus.valueOf(rs.getString("status")), rs.getBoolean("illustrative"));
	}

}
