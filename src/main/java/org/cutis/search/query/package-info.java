/** Searching: the query built from what was typed (never parsed as Lucene syntax), filters, highlights, fallback. */
package org.cutis.search.query;
