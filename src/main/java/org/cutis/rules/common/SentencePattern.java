package org.cutis.rules.common;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message pattern ready to fill with String arguments. What the pattern means is still
 * {@link MessageFormat}'s: the pattern is formatted once with marker arguments and the result is
 * cut at the markers, so quoting and escaping are read exactly as MessageFormat reads them. Filling
 * the pieces then costs a StringBuilder, where MessageFormat walked its parsed pattern through a
 * synchronized StringBuffer for every sentence of every line of a registry batch. A pattern that
 * formats its arguments itself ({@code {0,number}}) is left to MessageFormat.
 *
 * <p>Not thread-safe (it keeps its MessageFormat): one per thread, as {@link Explanation} keeps them.
 */
final class SentencePattern {

	private static final char MARK_START = '\uE000';
	private static final char MARK_END = '\uE001';

	private final MessageFormat format;
	// null when the pattern is left to MessageFormat
	private final String[] texts;
	private final int[] arguments;
	private final int argumentsNeeded;

	SentencePattern(String pattern) {
		this.format = new MessageFormat(pattern, Locale.ROOT);
		List<String> texts = new ArrayList<>();
		List<Integer> arguments = new ArrayList<>();
		int needed = format.getFormatsByArgumentIndex().length;
		boolean plain = pattern.indexOf(MARK_START) < 0 && pattern.indexOf(MARK_END) < 0;
		for (Format own : format.getFormats()) {
			plain &= own == null;
		}
		if (plain) {
			Object[] marks = new Object[needed];
			for (int i = 0; i < needed; i++) {
				marks[i] = MARK_START + Integer.toString(i) + MARK_END;
			}
			String marked = format.format(marks);
			int from = 0;
			for (int start = marked.indexOf(MARK_START); start >= 0; start = marked.indexOf(MARK_START, from)) {
				int end = marked.indexOf(MARK_END, start);
				texts.add(marked.substring(from, start));
				arguments.add(Integer.parseInt(marked.substring(start + 1, end)));
				from = end + 1;
			}
			texts.add(marked.substring(from));
		}
		this.texts = plain ? texts.toArray(String[]::new) : null;
		this.arguments = arguments.stream().mapToInt(Integer::intValue).toArray();
		this.argumentsNeeded = needed;
	}

	/** The pattern filled with {@code values}, exactly as {@link MessageFormat#format(Object)} fills it. */
	String format(Object[] values) {
		if (texts == null || values.length < argumentsNeeded) {
			// too few values: MessageFormat writes the missing ones as {n}
			return format.format(values);
		}
		StringBuilder out = new StringBuilder(texts[0].length() + 16 * arguments.length);
		out.append(texts[0]);
		for (int i = 0; i < arguments.length; i++) {
			Object value = values[arguments[i]];
			if (!(value instanceof String text)) {
				return format.format(values);
			}
			out.append(text).append(texts[i + 1]);
		}
		return out.toString();
	}
}
