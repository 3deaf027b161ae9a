package vn.ddcihub.org.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Unit;

/** Tables org_organisation and org_unit. */
@Repository
public class OrgRepository {

	private static final String ORGANISATION_COLUMNS = "id, code, name, short_name, kind, parent_name, active";

	private static final String UNIT_COLUMNS = "id, organisation_id, parent_id, code, name, email, phone, head_name, sort_order, active";

	private final JdbcClient jdbc;

	OrgRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Organisation> organisations() {
		return jdbc.sql("select " + ORGANISATION_COLUMNS + " from org_organisation order by kind, name")
			.query(OrgRepository::organisation)
			.list();
	}

	public Optional<Organisation> organisation(long id) {
		return jdbc.sql("select " + ORGANISATION_COLUMNS + " from org_organisation where id = ?")
			.param(id)
			.query(OrgRepository::organisation)
			.optional();
	}

	public Optional<Organisation> organisationByCode(String code) {
		return jdbc.sql("select " + ORGANISATION_COLUMNS + " from org_organisation where upper(code) = upper(?)")
			.param(code)
			.query(OrgRepository::organisation)
			.optional();
	}

	long insert(OrganisationForm form) {
		return jdbc.sql("""
				insert into org_organisation (code, name, short_name, kind, parent_name, active)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(form.code().trim(), form.name().trim(), form.shortName(), form.kind().name(), form.parentName(),
					form.isActive())
			.query(Long.class)
			.single();
	}

	void update(long id, OrganisationForm form) {
		jdbc.sql("""
				update org_organisation set code = ?, name = ?, short_name = ?, kind = ?, parent_name = ?, active = ?,
				       updated_at = now() where id = ?""")
			.params(form.code().trim(), form.name().trim(), form.shortName(), form.kind().name(), form.parentName(),
					form.isActive(), id)
			.update();
	}

	public List<Unit> units(Long organisationId) {
		return jdbc
			.sql("select " + UNIT_COLUMNS + " from org_unit where (?::bigint is null or organisation_id = ?) "
					+ "order by organisation_id, sort_order, name")
			.params(organisationId, organisationId)
			.query(OrgRepository::unit)
			.list();
	}

	public List<Unit> unitsWithIds(Collection<Long> ids) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(OrgRepository::unit)
			.list();
	}

	public Optional<Unit> unit(long id) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where id = ?")
			.param(id)
			.query(OrgRepository::unit)
			.optional();
	}

	public Optional<Unit> unitByCode(long organisationId, String code) {
		return jdbc
			.sql("select " + UNIT_COLUMNS + " from org_unit where organisation_id = ? and upper(code) = upper(?)")
			.params(organisationId, code)
			.query(OrgRepository::unit)
			.optional();
	}

	long insert(UnitForm form) {
		return jdbc
			.sql("""
					insert into org_unit (organisation_id, parent_id, code, name, email, phone, head_name, sort_order, active)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(form.organisationId(), form.parentId(), form.code().trim(), form.name().trim(), form.email(),
					form.phone(), form.headName(), form.sortOrder() == null ? 0 : form.sortOrder(), form.isActive())
			.query(Long.class)
			.single();
	}

	void update(long id, UnitForm form) {
		jdbc.sql(
				"""
						update org_unit set organisation_id = ?, parent_id = ?, code = ?, name = ?, email = ?, phone = ?, head_name = ?,
						       sort_order = ?, active = ?, updated_at = now() where id = ?""")
			.params(form.organisationId(), form.parentId(), form.code().trim(), form.name().trim(), form.email(),
					form.phone(), form.headName(), form.sortOrder() == null ? 0 : form.sortOrder(), form.isActive(), id)
			.update();
	}

	void updateContact(long id, UnitContactForm form) {
		jdbc.sql("update org_unit set email = ?, phone = ?, head_name = ?, updated_at = now() where id = ?")
			.params(form.email(), form.phone(), form.headName(), id)
			.update();
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("short_name"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("parent_name"),
				rs.getBoolean("active"));
	}

	private static Unit unit(ResultSet rs, int row) throws SQLException {
		return new Unit(rs.getLong("id"), rs.getLong("organisation_id"), (Long) rs.getObject("parent_id"),
				rs.getString("code"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("head_name"), rs.getInt("sort_order"), rs.getBoolean("active"));
	}

}
