package org.cutis.site.application;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

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

	public String html(String markdown) {
		return html.render(parse(markdown));
	}

	/**
	 * The words of the page without markup, for the search index and its snippets: what a reader
	 * reads, so a link's text but not its address, a table's cells but not its rules.
	 */
	public String text(String markdown) {
		StringBuilder words = new StringBuilder();
		parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				words.append(text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				words.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak softLineBreak) {
				words.append(' ');
			}

			@Override
			public void visit(HardLineBreak hardLineBreak) {
				words.append('\n');
			}

			@Override
			protected void visitChildren(Node parent) {
				super.visitChildren(parent);
				if (parent.getNext() != null && !(parent instanceof Text)) {
					// a block or an inline element ends: keep the words of neighbours apart
					words.append(parent instanceof org.commonmark.node.Block ? "\n"
							: parent instanceof org.commonmark.node.CustomNode ? " " : "");
				}
			}
		});
		return words.toString().replaceAll("[ \t]+", " ").replaceAll("\n{2,}", "\n").strip();
	}

	private Node parse(String markdown) {
		return parser.parse(markdown == null ? "" : markdown);
	}
}
