package vn.ddcihub.system;

import static vn.ddcihub.system.EmbeddedDatabaseCredentials.APPLICATION;
import static vn.ddcihub.system.EmbeddedDatabaseCredentials.OWNER;
import static vn.ddcihub.system.EmbeddedDatabaseCredentials.SUPERUSER;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * Least privilege in the embedded PostgreSQL: the database and its schema belong to
 * {@value EmbeddedDatabaseCredentials#OWNER} (Flyway migrates as it), the application
 * works as {@value EmbeddedDatabaseCredentials#APPLICATION}, which may read and write
 * rows of every table — also of tables later migrations create, through default
 * privileges — but is no superuser: no {@code COPY … TO PROGRAM}, no {@code pg_authid},
 * no DDL. Applied at every start, so data folders of earlier versions (everything owned
 * by the superuser) are brought to the same state without losing anything.
 */
final class EmbeddedDatabaseRoles {

	private EmbeddedDatabaseRoles() {
	}

	/**
	 * @param url the JDBC URL of a database of the server
	 */
	static void ensure(Function<String, String> url, EmbeddedDatabaseCredentials credentials, String database)
			throws SQLException {
		String name = database.replace("\"", "");
		try (Connection connection = DriverManager.getConnection(url.apply("postgres"), SUPERUSER,
				credentials.password(SUPERUSER)); Statement sql = connection.createStatement()) {
			for (String role : new String[] { OWNER, APPLICATION }) {
				var exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?");
				exists.setString(1, role);
				if (!exists.executeQuery().next()) {
					sql.execute("create role " + role);
				}
				sql.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication"
						+ " nobypassrls password '" + credentials.password(role) + "'");
			}
			var check = connection.prepareStatement("select 1 from pg_database where datname = ?");
			check.setString(1, database);
			if (!check.executeQuery().next()) {
				sql.execute("create database \"" + name + "\" owner " + OWNER + " encoding 'UTF8'");
			}
			sql.execute("alter database \"" + name + "\" owner to " + OWNER);
			sql.execute("revoke all on database \"" + name + "\" from public");
			sql.execute("grant connect, temporary on database \"" + name + "\" to " + APPLICATION);
		}
		try (Connection connection = DriverManager.getConnection(url.apply(database), SUPERUSER,
				credentials.password(SUPERUSER)); Statement sql = connection.createStatement()) {
			sql.execute("alter schema public owner to " + OWNER);
			sql.execute("revoke create on schema public from public");
			sql.execute(HAND_OVER_TO_OWNER);
			sql.execute("grant usage on schema public to " + APPLICATION);
			sql.execute("grant select, insert, update, delete on all tables in schema public to " + APPLICATION);
			sql.execute("grant usage, select, update on all sequences in schema public to " + APPLICATION);
			sql.execute("alter default privileges for role " + OWNER
					+ " in schema public grant select, insert, update, delete on tables to " + APPLICATION);
			sql.execute("alter default privileges for role " + OWNER
					+ " in schema public grant usage, select, update on sequences to " + APPLICATION);
		}
	}

	/**
	 * Tables, views, sequences and functions created before the owner role existed (by
	 * the superuser) go to the owner, so later migrations may change them. A sequence
	 * belonging to a column follows its table.
	 */
	private static final String HAND_OVER_TO_OWNER = """
			do $$
			declare
			    item record;
			begin
			    for item in
			        select c.oid::regclass as name from pg_class c
			        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
			          and c.relowner <> '%1$s'::regrole
			    loop
			        execute format('alter table %%s owner to %1$s', item.name);
			    end loop;
			    for item in
			        select c.oid::regclass as name from pg_class c
			        where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
			          and c.relowner <> '%1$s'::regrole
			          and not exists (select 1 from pg_depend d where d.objid = c.oid
			                          and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
			    loop
			        execute format('alter sequence %%s owner to %1$s', item.name);
			    end loop;
			    for item in
			        select p.oid::regprocedure as name from pg_proc p
			        where p.pronamespace = 'public'::regnamespace and p.proowner <> '%1$s'::regrole
			    loop
			        execute format('alter routine %%s owner to %1$s', item.name);
			    end loop;
			end
			$$""".formatted(OWNER);

}
