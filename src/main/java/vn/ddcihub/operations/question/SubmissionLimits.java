package vn.ddcihub.operations.question;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ddcihub.shared.AddressRateLimit;

/**
 * At most {@code maxPerWindow} submissions of the public form or API from one client
 * address within {@code windowMinutes}; counted in PostgreSQL, so every node enforces the
 * same limit. A business sending a few questions is not hindered.
 */
@Component
class SubmissionLimits {

	private final AddressRateLimit limit;

	SubmissionLimits(JdbcClient jdbc, @Value("${ddci.questions.max-submissions:8}") int maxPerWindow,
			@Value("${ddci.questions.submissions-window-minutes:60}") int windowMinutes) {
		this.limit = new AddressRateLimit(jdbc, "ops_question_submission", "submitted_at", maxPerWindow, windowMinutes);
	}

	/** Seconds this address must wait; zero when it may go on now. */
	long waitSeconds(String address) {
		return limit.waitSeconds(address);
	}

	/** Counts a submission. */
	void count(String address) {
		limit.count(address);
	}

}
