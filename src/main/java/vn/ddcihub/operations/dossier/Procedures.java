package vn.ddcihub.operations.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * The procedure catalogue (danh mục TTHC) of an organisation: listed, added and changed,
 * each change audited with the record before and after. A reduced limit above the
 * statutory one is refused.
 */
@Service
public class Procedures {

	private static final String COLUMNS = """
			id, organisation_id, code, name, field, statutory_days, reduced_days, online_level, fees, illustrative""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Procedures(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<Procedure> list(long organisationId) {
		return jdbc.sql("select " + COLUMNS + " from ops_procedure where organisation_id = ? order by field, code")
			.param(organisationId)
			.query(Procedures::row)
			.list();
	}

	public Procedure get(long organisationId, long id) {
		return jdbc.sql("select " + COLUMNS + " from ops_procedure where id = ? and organisation_id = ?")
			.params(id, organisationId)
			.query(Procedures::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("dossiers.procedure.notFound", id));
	}

	public Optional<Procedure> byCode(long organisationId, String code) {
		return jdbc.sql("select " + COLUMNS + " from ops_procedure where organisation_id = ? and code = ?")
			.params(organisationId, code)
			.query(Procedures::row)
			.optional();
	}

	@Transactional
	public Procedure create(long organisationId, ProcedureInput input) {
		check(input);
		long id;
		try {
			id = jdbc.sql("""
					insert into ops_procedure (organisation_id, code, name, field, statutory_days, reduced_days,
					    online_level, fees) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(organisationId, input.code().strip(), input.name().strip(), input.field().strip(),
						input.statutoryDays(), input.reducedOrDefault(), input.onlineLevel().name(), fees(input))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(input);
		}
		Procedure created = get(organisationId, id);
		audit.record(DossierAuditKind.PROCEDURE, id, Action.CREATE, null, created, organisationId);
		return created;
	}

	@Transactional
	public Procedure update(long organisationId, long id, ProcedureInput input) {
		Procedure before = get(organisationId, id);
		check(input);
		try {
			jdbc.sql("""
					update ops_procedure set code = ?, name = ?, field = ?, statutory_days = ?, reduced_days = ?,
					    online_level = ?, fees = ? where id = ?""")
				.params(input.code().strip(), input.name().strip(), input.field().strip(), input.statutoryDays(),
						input.reducedOrDefault(), input.onlineLevel().name(), fees(input), id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(input);
		}
		Procedure after = get(organisationId, id);
		if (!after.equals(before)) {
			audit.record(DossierAuditKind.PROCEDURE, id, Action.UPDATE, before, after, organisationId);
		}
		return after;
	}

	private static void check(ProcedureInput input) {
		if (input.reducedDays() != null && input.statutoryDays() != null
				&& input.reducedDays() > input.statutoryDays()) {
			throw new BadInputException(List
				.of(InputProblem.field("reducedDays", "Thời hạn cắt giảm không được dài hơn thời hạn theo quy định ("
						+ input.statutoryDays() + " ngày)")));
		}
	}

	private static BadInputException duplicate(ProcedureInput input) {
		return new BadInputException(List.of(InputProblem.field("code",
				"Mã thủ tục “" + input.code().strip() + "” đã có trong danh mục: hãy dùng mã khác")));
	}

	private static String fees(ProcedureInput input) {
		return input.fees() == null || input.fees().isBlank() ? null : input.fees().strip();
	}

	private static Procedure row(ResultSet rs, int n) throws SQLException {
		return new Procedure(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("code"),
				rs.getString("name"), rs.getString("field"), rs.getInt("statutory_days"),
				rs.getObject("reduced_days", Integer.class), OnlineLevel.valueOf(rs.getString("online_level")),
				rs.getString("fees"), rs.getBoolean("illustrative"));
	}

}
