package org.cutis.search.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, in the background (searches meanwhile use the database lookup): rebuilds the
 * documents when their format is older than this Cutis (the first start after an upgrade) and
 * mass-indexes when the index holds fewer documents than the table (a lost index directory).
 */
@Component
class SearchStartup {
	private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);
	private final SearchRebuild rebuild;
	private final SearchProperties properties;

	SearchStartup(SearchRebuild rebuild, SearchProperties properties) {
		this.rebuild = rebuild;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		if (!properties.rebuildOnStart()) {
			return;
		}
		Thread worker = new Thread(() -> {
			try {
				if (!rebuild.formatIsCurrent()) {
					log.info("Search: building the documents of every module (first start of this version)");
					long n = rebuild.rebuild((phase, done, total) -> {
					});
					log.info("Search: {} documents indexed", n);
					return;
				}
				long[] counts = rebuild.counts();
				if (counts[0] != counts[1]) {
					log.info("Search: the index holds {} of {} documents; indexing them again", counts[0], counts[1]);
					rebuild.massIndex((phase, done, total) -> {
					});
				}
			}
			catch (RuntimeException e) {
				log.error("Search: the index could not be built; lookups use the database", e);
			}
		}, "search-startup");
		worker.setDaemon(true);
		worker.start();
	}
}
