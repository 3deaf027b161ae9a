package vn.ddcihub.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Views of this node kept under the change stamp they were built with (see
 * {@link ChangeStamps}): a new stamp drops them all, and at most {@code maxEntries} are
 * kept, the least recently read going first. One reader builds a missing view while the
 * others reading it wait for that one, so a busy page is not built sixteen times at once.
 * <p>
 * A view is also built again once it is {@code maxAge} old, by one reader while the
 * others still get the old one: the age bounds what a stamp cannot see, data read through
 * another node-local cache that follows other nodes' changes a little later (the index's
 * results, a quarter of a second). Values must be immutable, since every reader shares
 * them.
 */
public final class StampedCache<K, V> {

	private static final class Entry<V> {

		final CompletableFuture<V> value = new CompletableFuture<>();

		final long builtAt;

		boolean refreshing;

		Entry(long builtAt) {
			this.builtAt = builtAt;
		}

	}

	private final int maxEntries;

	private final long maxAgeNanos;

	private final Map<K, Entry<V>> entries;

	private String stamp = "";

	public StampedCache(int maxEntries, Duration maxAge) {
		this.maxEntries = maxEntries;
		this.maxAgeNanos = maxAge.toNanos();
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
				return size() > StampedCache.this.maxEntries;
			}
		};
	}

	/**
	 * The view kept for the key under this stamp; else built now by this reader, or by
	 * the reader already building it.
	 * @throws RuntimeException what building threw: a missing view is then not kept, an
	 * old one is kept until the next attempt
	 */
	public V get(String currentStamp, K key, Supplier<V> build) {
		long now = System.nanoTime();
		Entry<V> kept;
		Entry<V> mine = null;
		synchronized (this) {
			if (!stamp.equals(currentStamp)) {
				entries.clear();
				stamp = currentStamp;
			}
			kept = entries.get(key);
			if (kept == null) {
				mine = new Entry<>(now);
				entries.put(key, mine);
			}
			else if (kept.value.isDone() && !kept.refreshing && now - kept.builtAt >= maxAgeNanos) {
				kept.refreshing = true;
				mine = new Entry<>(now);
			}
		}
		if (mine == null) {
			return join(kept.value);
		}
		try {
			V built = build.get();
			mine.value.complete(built);
			synchronized (this) {
				if (stamp.equals(currentStamp) && (kept == null || entries.get(key) == kept)) {
					entries.put(key, mine);
				}
			}
			return built;
		}
		catch (RuntimeException | Error failure) {
			mine.value.completeExceptionally(failure);
			synchronized (this) {
				if (kept == null) {
					entries.remove(key, mine);
				}
				else {
					kept.refreshing = false;
				}
			}
			throw failure;
		}
	}

	private static <V> V join(CompletableFuture<V> value) {
		try {
			return value.join();
		}
		catch (CompletionException failure) {
			if (failure.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw failure;
		}
	}

	synchronized int size() {
		return entries.size();
	}

}
