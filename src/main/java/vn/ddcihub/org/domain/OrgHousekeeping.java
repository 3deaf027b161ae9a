package vn.ddcihub.org.domain;

import java.time.Duration;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ddcihub.org.ApiTokens;
import vn.ddcihub.shared.VietnamTime;

/**
 * The nightly clean-up of sign-in data (dọn dẹp hằng đêm), a db-scheduler job run by one
 * node at 02:30 Vietnamese time: failed login attempts the throttle no longer counts, and
 * API tokens revoked more than {@link #KEEP_REVOKED_TOKENS} ago. Tokens have no expiry
 * date, so revoked ones are all there is to clean.
 */
@Component
class OrgHousekeeping extends RecurringTask<Void> {

	static final String TASK = "org-housekeeping";
	static final LocalTime AT = LocalTime.of(2, 30);
	static final Duration KEEP_REVOKED_TOKENS = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(OrgHousekeeping.class);

	private final LoginThrottle throttle;

	private final ApiTokens tokens;

	OrgHousekeeping(LoginThrottle throttle, ApiTokens tokens) {
		super(TASK, Schedules.daily(VietnamTime.ZONE, AT), Void.class);
		this.throttle = throttle;
		this.tokens = tokens;
	}

	@Override
	public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
		run();
	}

	/** What one night removes. */
	record Cleaned(int loginAttempts, int revokedTokens) {
	}

	Cleaned run() {
		Cleaned cleaned = new Cleaned(throttle.forgetExpiredAttempts(),
				tokens.deleteRevokedBefore(KEEP_REVOKED_TOKENS));
		log.info("Nightly clean-up: {} expired login attempts, {} revoked API tokens deleted", cleaned.loginAttempts(),
				cleaned.revokedTokens());
		return cleaned;
	}

}
