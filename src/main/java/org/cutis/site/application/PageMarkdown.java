package org.cutis.site.application;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import org.springframework.stereotype.Component;

/**
 * Markdown to the page's HTML with commonmark-java. The output is safe to put into a page as is:
 * HTML written into the Markdown is shown as text (escaped), never passed through, and a link to
 * anything but http(s), mailto, tel or a path of the site (a {@code javascript:} URL) loses its
 * target. The editor's preview and the public page render the same way.
 */
@Component
public class PageMarkdown {
	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
	private final HtmlRenderer html = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();
	private final TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	public String html(String markdown) {
		return html.render(parse(markdown));
	}

	/** The words of the page without markup, for the search index and its snippets. */
	public String text(String markdown) {
		return text.render(parse(markdown));
	}

	private Node parse(String markdown) {
		return parser.parse(markdown == null ? "" : markdown);
	}
}
