package org.cutis.site.application;

/**
 * A page found by the site search. {@code snippet} is HTML: the page's words escaped, the words
 * that matched inside {@code <mark>}; nothing of the query is echoed into it.
 */
public record SiteHit(String title, String url, String snippet) {
}
