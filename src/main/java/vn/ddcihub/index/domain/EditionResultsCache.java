package vn.ddcihub.index.domain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.EditionResultsChanged;
import vn.ddcihub.shared.ChangeStamps;
import vn.ddcihub.shared.ChangeStamps.Kind;

/**
 * The computed editions (bảng xếp hạng đã tính) of this node, checked against the
 * editions' change stamp so several application nodes stay consistent. Not transactional
 * itself: it runs in the caller's transaction, so {@link #touch} commits or rolls back
 * with the change it marks.
 */
@Component
public class EditionResultsCache {

	private final IndexRepository repository;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Map<String, EditionResults> cache = new ConcurrentHashMap<>();

	private volatile String cacheStamp = "";

	private volatile long stampCheckedAt;

	private static final long STAMP_CHECK_NANOS = 250_000_000L;

	/**
	 * Most units the cached editions may hold together (about a kilobyte and a half
	 * each): a province's editions have tens of units, but an edition imported with
	 * 100,000 must not let a few of them fill the heap.
	 */
	static final int MAX_CACHED_UNITS = 100_000;

	private final AtomicInteger cachedUnits = new AtomicInteger();

	private final int maxCachedUnits;

	private final ChangeStamps stamps;

	@Autowired
	EditionResultsCache(IndexRepository repository, JdbcClient jdbc, ChangeStamps stamps,
			ApplicationEventPublisher events) {
		this(repository, jdbc, stamps, events, MAX_CACHED_UNITS);
	}

	EditionResultsCache(IndexRepository repository, JdbcClient jdbc, ChangeStamps stamps,
			ApplicationEventPublisher events, int maxCachedUnits) {
		this.stamps = stamps;
		this.repository = repository;
		this.jdbc = jdbc;
		this.events = events;
		this.maxCachedUnits = maxCachedUnits;
	}

	Optional<EditionResults> find(int year, Block block) {
		return cached(year, block, validateCache());
	}

	/**
	 * Drops the cached editions when any edition changed since they were computed.
	 * Changes made on this node invalidate at once (after commit); changes of other nodes
	 * are seen within {@link #STAMP_CHECK_NANOS}.
	 */
	String validateCache() {
		long now = System.nanoTime();
		String current = cacheStamp;
		if (now - stampCheckedAt < STAMP_CHECK_NANOS && !current.isEmpty()) {
			return current;
		}
		stampCheckedAt = now;
		String stamp = stamps.of(Kind.INDEX);
		if (!stamp.equals(current)) {
			clear();
			cacheStamp = stamp;
		}
		return stamp;
	}

	/**
	 * Cached entries are keyed by the change stamp they were computed under, so a late
	 * stale entry is never read.
	 */
	Optional<EditionResults> cached(int year, Block block, String stamp) {
		String key = stamp + "/" + year + "-" + block;
		EditionResults cached = cache.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<EditionResults> computed = compute(year, block, true);
		computed.ifPresent(results -> keep(key, results));
		return computed;
	}

	/**
	 * Keeps an edition unless it alone is over the most units; the others are dropped
	 * when together they would be.
	 */
	private void keep(String key, EditionResults results) {
		int units = results.units().size();
		if (units > maxCachedUnits) {
			return;
		}
		if (cachedUnits.addAndGet(units) > maxCachedUnits || cache.size() >= 500) {
			clear();
			cachedUnits.addAndGet(units);
		}
		if (cache.put(key, results) != null) {
			cachedUnits.addAndGet(-units);
		}
	}

	private void clear() {
		cache.clear();
		cachedUnits.set(0);
	}

	/** How many units the cached editions hold. */
	int cachedUnits() {
		return cachedUnits.get();
	}

	/** Computes an edition from the database, bypassing the cache. */
	Optional<EditionResults> compute(int year, Block block, boolean withPrevious) {
		Optional<EditionDefinition> definition = repository.definition(year, block);
		if (definition.isEmpty() || definition.get().components().isEmpty()) {
			return Optional.empty();
		}
		long id = repository.editionId(year, block).orElseThrow();
		EditionResults previous = withPrevious
				? repository.previousYear(year, block).flatMap(y -> compute(y, block, false)).orElse(null) : null;
		return Optional
			.of(EditionCalculator.compute(definition.get(), repository.scores(id, definition.get()), previous));
	}

	/**
	 * Marks an edition's results changed (for this node and, through the stamp, the
	 * others) and publishes {@link EditionResultsChanged}; call it in the transaction of
	 * the change.
	 */
	void resultsChanged(int year, Block block) {
		touch(block);
		events.publishEvent(new EditionResultsChanged(year, block));
	}

	/** Marks the block's editions changed; call it in the transaction of the change. */
	void touch(Block block) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cacheStamp = "";
				}

				/**
				 * Before the event listeners are handed the change, so that they read the
				 * new results.
				 */
				@Override
				public int getOrder() {
					return Ordered.HIGHEST_PRECEDENCE;
				}
			});
		}
		jdbc.sql("update index_edition set updated_at = clock_timestamp() where block = :block")
			.param("block", block.name())
			.update();
	}

}
