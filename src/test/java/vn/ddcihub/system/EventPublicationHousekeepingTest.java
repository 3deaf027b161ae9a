package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;

/**
 * The hourly db-scheduler job over the event publication registry: failed deliveries
 * retried, old completed ones gone.
 */
class EventPublicationHousekeepingTest extends IntegrationTest {

	/** The index's cache warm-up: a real listener that any edition may be handed to. */
	static final String LISTENER = "index.results-cache-refresh";
	static final String EVENT = "vn.ddcihub.index.EditionResultsChanged";

	/**
	 * Edition years no test imports, so the listener finds nothing to compute; one per
	 * publication, because the registry completes every incomplete publication of a
	 * listener with the same serialised event at once.
	 */
	static final AtomicInteger UNUSED_YEAR = new AtomicInteger(2090);

	@Autowired
	EventPublicationHousekeeping housekeeping;

	@Test
	void deletesCompletedPublicationsAfterAWeekAndKeepsNewerOnes() {
		UUID lastWeek = publication("now() - interval '9 days'", "now() - interval '8 days'", "COMPLETED");
		UUID yesterday = publication("now() - interval '1 day'", "now() - interval '1 day'", "COMPLETED");

		housekeeping.run();

		assertThat(ids(lastWeek, yesterday)).containsExactly(yesterday);
	}

	@Test
	void handsAPublicationThatFailedAnHourAgoToItsListenerAgain() {
		UUID failed = publication("now() - interval '1 hour'", "null", "FAILED");

		housekeeping.run();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select status from event_publication where id = :id and completion_date is not null")
						.param("id", failed)
						.query(String.class)
						.list())
				.containsExactly("COMPLETED"));
	}

	@Test
	void leavesARecentlyFailedPublicationToItsFirstDelivery() {
		UUID justFailed = publication("now() - interval '1 minute'", "null", "FAILED");

		housekeeping.run();

		assertThat(jdbc.sql("select status from event_publication where id = :id")
			.param("id", justFailed)
			.query(String.class)
			.single()).isEqualTo("FAILED");
		jdbc.sql("delete from event_publication where id = :id").param("id", justFailed).update();
	}

	private UUID publication(String publishedAt, String completedAt, String status) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
				+ "completion_date, status) values (:id, :listener, :type, :event, " + publishedAt + ", " + completedAt
				+ ", :status)")
			.param("id", id)
			.param("listener", LISTENER)
			.param("type", EVENT)
			.param("event", "{\"year\":" + UNUSED_YEAR.getAndIncrement() + ",\"block\":\"DISTRICT\"}")
			.param("status", status)
			.update();
		return id;
	}

	private List<UUID> ids(UUID... ids) {
		return jdbc.sql("select id from event_publication where id in (:ids) order by publication_date")
			.param("ids", List.of(ids))
			.query(UUID.class)
			.list();
	}

}
