package vn.ddcihub.shared;

import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the data of each kind stands (table {@code change_stamp}, migration V19): the
 * database adds one to a kind's counter in every transaction that writes its tables, so a
 * view cached under the counters it was built with is stale exactly when one moved — on
 * any application node, whoever wrote (pages, API, jobs, scripts).
 */
@Component
public class ChangeStamps {

	/** The kinds of data with a counter. */
	public enum Kind {

		ORG, INDEX, PLAN, EXECUTION

	}

	private final JdbcClient jdbc;

	ChangeStamps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counters of the given kinds as one value, read in one statement: read it before
	 * the data the view is built from, in the same transaction, so the view is never
	 * older than its stamp.
	 */
	public String of(Kind... kinds) {
		String[] names = Arrays.stream(kinds).map(kind -> kind.name().toLowerCase()).toArray(String[]::new);
		return jdbc
			.sql("select string_agg(name || ':' || counter, ',' order by name) from change_stamp where name = any(?)")
			.param(names)
			.query(String.class)
			.single();
	}

}
