package vn.ddcihub.operations.question;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@code maxPerWindow} submissions of the public form or API from one client
 * address within {@code windowMinutes}; counted in PostgreSQL, so every node enforces the
 * same limit. A business sending a few questions is not hindered.
 */
@Component
class SubmissionLimits {

	private final JdbcClient jdbc;

	private final int maxPerWindow;

	private final int windowMinutes;

	SubmissionLimits(JdbcClient jdbc, @Value("${ddci.questions.max-submissions:8}") int maxPerWindow,
			@Value("${ddci.questions.submissions-window-minutes:60}") int windowMinutes) {
		this.jdbc = jdbc;
		this.maxPerWindow = maxPerWindow;
		this.windowMinutes = windowMinutes;
	}

	/** Seconds this address must wait before sending; zero when it may send now. */
	long waitSeconds(String address) {
		return jdbc.sql("""
				select case when count(*) < :max then 0
				            else greatest(1, ceil(extract(epoch from min(submitted_at)
				                 + make_interval(mins => :minutes) - now())))::bigint end
				from (select submitted_at from ops_question_submission
				      where remote_addr = :address and submitted_at > now() - make_interval(mins => :minutes)
				      order by submitted_at desc limit :max) recent""")
			.param("max", maxPerWindow)
			.param("minutes", windowMinutes)
			.param("address", address)
			.query(Long.class)
			.single();
	}

	/** Counts an attempt and forgets this address's attempts older than the window. */
	void count(String address) {
		jdbc.sql(
				"delete from ops_question_submission where remote_addr = ? and submitted_at <= now() - make_interval(mins => ?)")
			.params(address, windowMinutes)
			.update();
		jdbc.sql("insert into ops_question_submission (remote_addr) values (?)").param(address).update();
	}

}
