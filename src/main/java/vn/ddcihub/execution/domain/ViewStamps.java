package vn.ddcihub.execution.domain;

import java.time.Duration;

import org.springframework.stereotype.Component;

import vn.ddcihub.shared.ChangeStamps;
import vn.ddcihub.shared.ChangeStamps.Kind;

/**
 * The change stamp of everything the dashboards and the province view show: the
 * organisations' names, the index results, the plans and the reports.
 */
@Component
class ViewStamps {

	/**
	 * The standings come through the index's own cache, which follows other nodes'
	 * imports a quarter of a second late; a view is rebuilt at least this often so such a
	 * change shows within seconds.
	 */
	static final Duration MAX_AGE = Duration.ofSeconds(2);

	private final ChangeStamps stamps;

	ViewStamps(ChangeStamps stamps) {
		this.stamps = stamps;
	}

	String current() {
		return stamps.of(Kind.ORG, Kind.INDEX, Kind.PLAN, Kind.EXECUTION);
	}

}
