package vn.ddcihub.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At most {@code max} counted attempts from one client address within
 * {@code windowMinutes}, counted in a capability's own table ({@code remote_addr} and a
 * timestamp column) in PostgreSQL, so every application node enforces the same limit.
 * Used by the anonymous public forms: the web survey's code entry and the business
 * questions form.
 */
public final class AddressRateLimit {

	private final JdbcClient jdbc;

	private final String table;

	private final String timeColumn;

	private final int max;

	private final int windowMinutes;

	/**
	 * @param table and {@code timeColumn}: names fixed in code by the owning capability,
	 * never from input
	 */
	public AddressRateLimit(JdbcClient jdbc, String table, String timeColumn, int max, int windowMinutes) {
		this.jdbc = jdbc;
		this.table = table;
		this.timeColumn = timeColumn;
		this.max = max;
		this.windowMinutes = windowMinutes;
	}

	/** Seconds this address must wait; zero when it may go on now. */
	public long waitSeconds(String address) {
		return jdbc.sql("""
				select case when count(*) < :max then 0
				            else greatest(1, ceil(extract(epoch from min(%2$s)
				                 + make_interval(mins => :minutes) - now())))::bigint end
				from (select %2$s from %1$s
				      where remote_addr = :address and %2$s > now() - make_interval(mins => :minutes)
				      order by %2$s desc limit :max) recent""".formatted(table, timeColumn))
			.param("max", max)
			.param("minutes", windowMinutes)
			.param("address", address)
			.query(Long.class)
			.single();
	}

	/** Counts an attempt and forgets this address's attempts older than the window. */
	public void count(String address) {
		jdbc.sql("delete from %s where remote_addr = ? and %s <= now() - make_interval(mins => ?)".formatted(table,
				timeColumn))
			.params(address, windowMinutes)
			.update();
		jdbc.sql("insert into %s (remote_addr) values (?)".formatted(table)).param(address).update();
	}

}
