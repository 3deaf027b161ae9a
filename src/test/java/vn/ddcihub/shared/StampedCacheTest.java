package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StampedCacheTest {

	private final AtomicInteger builds = new AtomicInteger();

	private String build(String value) {
		builds.incrementAndGet();
		return value;
	}

	@Test
	void keepsAViewUntilTheStampMoves() {
		StampedCache<String, String> cache = new StampedCache<>(10, Duration.ofHours(1));
		assertThat(cache.get("s1", "a", () -> build("a1"))).isEqualTo("a1");
		assertThat(cache.get("s1", "a", () -> build("a2"))).isEqualTo("a1");
		assertThat(builds).hasValue(1);

		assertThat(cache.get("s2", "a", () -> build("a3"))).isEqualTo("a3");
		assertThat(builds).hasValue(2);
	}

	@Test
	void keepsTheMostRecentlyReadViews() {
		StampedCache<Integer, String> cache = new StampedCache<>(2, Duration.ofHours(1));
		cache.get("s", 1, () -> build("1"));
		cache.get("s", 2, () -> build("2"));
		cache.get("s", 1, () -> build("1 again"));
		cache.get("s", 3, () -> build("3"));

		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.get("s", 1, () -> build("1 rebuilt"))).isEqualTo("1");
		assertThat(cache.get("s", 2, () -> build("2 rebuilt"))).isEqualTo("2 rebuilt");
	}

	@Test
	void aFailedBuildIsNotKept() {
		StampedCache<String, String> cache = new StampedCache<>(10, Duration.ofHours(1));
		assertThatThrownBy(() -> cache.get("s", "a", () -> {
			throw new NotFoundException("plan.notFound", 1);
		})).isInstanceOf(NotFoundException.class);

		assertThat(cache.get("s", "a", () -> build("a"))).isEqualTo("a");
	}

	@Test
	void readersOfAViewBeingBuiltWaitForThatOneBuild() throws Exception {
		StampedCache<String, String> cache = new StampedCache<>(10, Duration.ofHours(1));
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(4);
		try {
			Future<String> first = readers.submit(() -> cache.get("s", "a", () -> {
				building.countDown();
				await(release);
				return build("built once");
			}));
			assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
			Future<String> second = readers.submit(() -> cache.get("s", "a", () -> build("built twice")));
			Future<String> third = readers.submit(() -> cache.get("s", "a", () -> build("built twice")));
			release.countDown();

			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("built once");
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("built once");
			assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo("built once");
			assertThat(builds).hasValue(1);
		}
		finally {
			readers.shutdownNow();
		}
	}

	@Test
	void anOldViewIsBuiltAgainByOneReaderWhileTheOthersStillReadIt() throws Exception {
		StampedCache<String, String> cache = new StampedCache<>(10, Duration.ZERO);
		cache.get("s", "a", () -> build("old"));
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(2);
		try {
			Future<String> refreshing = readers.submit(() -> cache.get("s", "a", () -> {
				building.countDown();
				await(release);
				return build("new");
			}));
			assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(cache.get("s", "a", () -> build("not built"))).isEqualTo("old");
			release.countDown();
			assertThat(refreshing.get(5, TimeUnit.SECONDS)).isEqualTo("new");
			assertThat(builds).hasValue(2);
		}
		finally {
			readers.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
