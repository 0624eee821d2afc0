package org.cutis.shared.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cutis.rules.common.KoreanParticles;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every module's bundle in one message source, a text found once per code and language.
 * <p>
 * A code is looked up in each module's bundle in turn (about thirty), and a page asks for a
 * hundred texts or more: under the benchmark the lookups were a tenth of a page's CPU (issue 15).
 * The bundles never change while Cutis runs (they are read once and cached forever by the
 * superclass), so what a code resolves to in a language (or that it resolves to nothing) is kept.
 * The memo is bounded: a code built from data it has not seen before is looked up, not kept.
 */
class ModuleMessages extends ResourceBundleMessageSource {
	static final int MEMO_MAX = 20_000;

	private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
	private final Map<String, Optional<MessageFormat>> formats = new ConcurrentHashMap<>();

	// Korean texts write a particle after an argument in both forms ({0}을(를)); fit it to the word
	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		return KoreanParticles.fit(super.getMessageInternal(code, args, locale));
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		return remembered(texts, code, locale, () -> super.resolveCodeWithoutArguments(code, locale));
	}

	/** The format is the superclass's own (one per bundle and language), which it uses under its lock. */
	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		return remembered(formats, code, locale, () -> super.resolveCode(code, locale));
	}

	private static <T> T remembered(Map<String, Optional<T>> memo, String code, Locale locale,
			java.util.function.Supplier<T> lookup) {
		String key = code + '\u0000' + locale;
		Optional<T> known = memo.get(key);
		if (known != null) {
			return known.orElse(null);
		}
		T found = lookup.get();
		if (memo.size() < MEMO_MAX) {
			memo.put(key, Optional.ofNullable(found));
		}
		return found;
	}
}
