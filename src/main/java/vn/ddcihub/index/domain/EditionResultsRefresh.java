package vn.ddcihub.index.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ddcihub.index.EditionResultsChanged;

/**
 * Recomputes a changed edition, and the next year's edition that compares itself with it,
 * into this node's {@link EditionResultsCache} right after the change commits, so the
 * league table and profiles opened after an import or a correction are served from the
 * cache. Only a warm-up: the cache drops stale editions by itself (the change stamp), on
 * this node at commit and on the other nodes — which never see this event — within a
 * quarter second.
 */
@Component
class EditionResultsRefresh {

	private final EditionResultsCache cache;

	private final IndexRepository repository;

	EditionResultsRefresh(EditionResultsCache cache, IndexRepository repository) {
		this.cache = cache;
		this.repository = repository;
	}

	/**
	 * Publications are stored under this id: it stays when the class moves, so stored
	 * ones still find it.
	 */
	static final String LISTENER_ID = "index.results-cache-refresh";

	@ApplicationModuleListener(id = LISTENER_ID, readOnlyTransaction = true)
	void on(EditionResultsChanged changed) {
		cache.find(changed.year(), changed.block());
		repository.years(changed.block())
			.stream()
			.filter(year -> year > changed.year())
			.min(Integer::compare)
			.ifPresent(next -> cache.find(next, changed.block()));
	}

}
