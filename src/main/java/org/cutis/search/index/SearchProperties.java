package org.cutis.search.index;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index lives, how nodes share it, and whether a start rebuilds it.
 *
 * @param index {@code filesystem} (Lucene under {@code indexDir}), {@code heap} (Lucene in memory:
 * tests), or {@code elasticsearch} (an Elasticsearch or OpenSearch cluster at {@code hosts}, shared
 * by several Cutis nodes; always with the outbox)
 * @param indexDir the Lucene index directory; default {@code <data-dir>/search-index}
 * @param rebuildOnStart rebuild the documents from every module when their format changed (first
 * start after an upgrade) and mass-index when the index lost documents, in the background
 * @param coordination {@code none}: a change is indexed by the node that made it when its
 * transaction commits (one node); {@code outbox-polling}: the transaction writes an event into the
 * database outbox and a background agent indexes it, each event exactly once across all nodes
 * @param hosts the cluster's {@code host:port} list, comma-separated (elasticsearch only)
 * @param protocol {@code http} or {@code https} (elasticsearch only)
 * @param username the cluster user, if it asks for one (elasticsearch only)
 * @param password its password (elasticsearch only)
 */
@ConfigurationProperties("cutis.search")
public record SearchProperties(@DefaultValue("filesystem") String index, Path indexDir,
		@DefaultValue("true") boolean rebuildOnStart, @DefaultValue("none") String coordination,
		@DefaultValue("localhost:9200") String hosts, @DefaultValue("http") String protocol, String username,
		String password) {

	public boolean cluster() {
		return "elasticsearch".equals(index);
	}

	/** A cluster always goes through the outbox: every node indexes, and each change once. */
	public boolean outbox() {
		return cluster() || "outbox-polling".equals(coordination);
	}
}
