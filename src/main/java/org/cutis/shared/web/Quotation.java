package org.cutis.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Words a person typed, set inside a sentence of the page: escaped, and marked {@code translate="no"}
 * so that the page's language (and a translation tool) treats them as a quotation. Templates call it
 * as {@code th:with="quoted=${@quote.typed(reason)}" th:utext="#{key(${quoted})}"} (Thymeleaf refuses a
 * bean reference inside th:utext itself); the message itself is ours, so it is safe
 * to render unescaped once the typed part is escaped.
 */
@Component("quote")
public class Quotation {

	public String typed(String text) {
		return "<span translate=\"no\">" + HtmlUtils.htmlEscape(text == null ? "" : text) + "</span>";
	}
}
