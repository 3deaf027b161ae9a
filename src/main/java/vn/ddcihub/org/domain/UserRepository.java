package vn.ddcihub.org.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.org.Contact;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;

/** Table org_user. */
@Repository
public class UserRepository {

	private static final String COLUMNS = "id, username, display_name, email, organisation_id, unit_id, roles, active, password_hash";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CurrentUser> principal(String username) {
		return jdbc.sql("select " + COLUMNS + " from org_user where username = ?")
			.param(username)
			.query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					(Long) rs.getObject("organisation_id"), (Long) rs.getObject("unit_id"), roles(rs.getArray("roles")),
					rs.getString("password_hash"), rs.getBoolean("active")))
			.optional();
	}

	/** Active users of an organisation, optionally of one unit and holding one role. */
	public List<Contact> contacts(long organisationId, Long unitId, Role role) {
		return jdbc.sql("""
				select id, username, display_name, email, organisation_id, unit_id from org_user
				where active and organisation_id = ? and (?::bigint is null or unit_id = ?)
				  and (?::text is null or ? = any(roles))
				order by username""")
			.params(organisationId, unitId, unitId, role == null ? null : role.name(),
					role == null ? null : role.name())
			.query(UserRepository::contact)
			.list();
	}

	public Optional<Contact> contact(long userId) {
		return jdbc.sql(
				"select id, username, display_name, email, organisation_id, unit_id from org_user where active and id = ?")
			.param(userId)
			.query(UserRepository::contact)
			.optional();
	}

	private static Contact contact(ResultSet rs, int row) throws SQLException {
		return new Contact(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email") == null ? "" : rs.getString("email"), (Long) rs.getObject("organisation_id"),
				(Long) rs.getObject("unit_id"));
	}

	List<UserAccount> accounts(Long organisationId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from org_user where (?::bigint is null or organisation_id = ?) order by username")
			.params(organisationId, organisationId)
			.query(UserRepository::account)
			.list();
	}

	Optional<UserAccount> account(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_user where id = ?")
			.param(id)
			.query(UserRepository::account)
			.optional();
	}

	boolean usernameTaken(String username, Long exceptId) {
		return jdbc.sql("select count(*) from org_user where username = ? and (?::bigint is null or id <> ?)")
			.params(username, exceptId, exceptId)
			.query(Integer.class)
			.single() > 0;
	}

	boolean anyAdmin() {
		return jdbc.sql("select count(*) from org_user where 'ADMIN' = any(roles)").query(Integer.class).single() > 0;
	}

	long insert(UserForm form, String passwordHash) {
		return jdbc
			.sql("""
					insert into org_user (username, display_name, email, password_hash, organisation_id, unit_id, roles, active)
					values (?, ?, ?, ?, ?, ?, ?::text[], ?) returning id""")
			.params(form.username(), form.displayName(), form.email(), passwordHash, form.organisationId(),
					form.unitId(), rolesLiteral(form.roles()), form.isActive())
			.query(Long.class)
			.single();
	}

	void update(long id, UserForm form) {
		jdbc.sql("""
				update org_user set username = ?, display_name = ?, email = ?, organisation_id = ?, unit_id = ?,
				       roles = ?::text[], active = ?, updated_at = now() where id = ?""")
			.params(form.username(), form.displayName(), form.email(), form.organisationId(), form.unitId(),
					rolesLiteral(form.roles()), form.isActive(), id)
			.update();
	}

	void updatePassword(long id, String passwordHash) {
		jdbc.sql("update org_user set password_hash = ?, password_changed_at = now(), updated_at = now() where id = ?")
			.params(passwordHash, id)
			.update();
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), (Long) rs.getObject("organisation_id"), (Long) rs.getObject("unit_id"),
				roles(rs.getArray("roles")), rs.getBoolean("active"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

	private static String rolesLiteral(Set<Role> roles) {
		return "{" + String.join(",", roles.stream().map(Enum::name).sorted().toList()) + "}";
	}

}
