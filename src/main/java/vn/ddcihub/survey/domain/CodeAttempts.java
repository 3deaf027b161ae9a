package vn.ddcihub.survey.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits code guessing on the public web survey: after {@code maxWrong} wrong codes from
 * one client address within {@code windowMinutes}, that address may not enter any code (a
 * right one included) until the oldest counted attempt leaves the window. Counted in
 * PostgreSQL, so every application node enforces the same limit. With 60-bit codes, ten
 * guesses a quarter of an hour leave a guesser no chance; a business that mistypes its
 * code a few times is not hindered.
 */
@Component
class CodeAttempts {

	private final JdbcClient jdbc;

	private final int maxWrong;

	private final int windowMinutes;

	CodeAttempts(JdbcClient jdbc, @Value("${ddci.survey.max-wrong-codes:10}") int maxWrong,
			@Value("${ddci.survey.wrong-codes-window-minutes:15}") int windowMinutes) {
		this.jdbc = jdbc;
		this.maxWrong = maxWrong;
		this.windowMinutes = windowMinutes;
	}

	/** Seconds this address must wait before entering a code; zero when it may now. */
	long waitSeconds(String address) {
		return jdbc.sql("""
				select case when count(*) < :max then 0
				            else greatest(1, ceil(extract(epoch from min(attempted_at)
				                 + make_interval(mins => :minutes) - now())))::bigint end
				from (select attempted_at from survey_code_attempt
				      where remote_addr = :address and attempted_at > now() - make_interval(mins => :minutes)
				      order by attempted_at desc limit :max) recent""")
			.param("max", maxWrong)
			.param("minutes", windowMinutes)
			.param("address", address)
			.query(Long.class)
			.single();
	}

	/** Counts a wrong code and forgets this address's attempts older than the window. */
	void wrong(String address) {
		jdbc.sql(
				"delete from survey_code_attempt where remote_addr = ? and attempted_at <= now() - make_interval(mins => ?)")
			.params(address, windowMinutes)
			.update();
		jdbc.sql("insert into survey_code_attempt (remote_addr) values (?)").param(address).update();
	}

}
