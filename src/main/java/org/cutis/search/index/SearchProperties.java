package org.cutis.search.index;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Lucene index lives and whether a start rebuilds it.
 *
 * @param index {@code filesystem} (under {@code indexDir}), {@code heap} (in memory: tests), or
 * {@code elasticsearch} (a cluster; see the README: the backend's own settings then apply)
 * @param indexDir the index directory; default {@code <data-dir>/search-index}
 * @param rebuildOnStart rebuild the documents from every module when their format changed (first
 * start after an upgrade) and mass-index when the index lost documents, in the background
 */
@ConfigurationProperties("cutis.search")
public record SearchProperties(@DefaultValue("filesystem") String index, Path indexDir,
		@DefaultValue("true") boolean rebuildOnStart) {
}
