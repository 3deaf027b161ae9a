package vn.ddcihub.survey.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ddcihub.shared.AddressRateLimit;

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

	private final AddressRateLimit limit;

	CodeAttempts(JdbcClient jdbc, @Value("${ddci.survey.max-wrong-codes:10}") int maxWrong,
			@Value("${ddci.survey.wrong-codes-window-minutes:15}") int windowMinutes) {
		this.limit = new AddressRateLimit(jdbc, "survey_code_attempt", "attempted_at", maxWrong, windowMinutes);
	}

	/** Seconds this address must wait; zero when it may go on now. */
	long waitSeconds(String address) {
		return limit.waitSeconds(address);
	}

	/** Counts a wrong code. */
	void wrong(String address) {
		limit.count(address);
	}

}
