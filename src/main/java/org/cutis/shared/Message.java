package org.cutis.shared;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message key with its arguments, translated where it is shown (a page in the reader's
 * language, the English packet). Arguments may be messages themselves, e.g. a department's name:
 * Spring's message source translates them too.
 */
public record Message(String key, Object... args) implements MessageSourceResolvable {
	static final String JOIN = "shared.list.join";

	/** Each part translated and joined in the reader's language ("a, b, c"); an empty list is "-". */
	public static Object list(List<?> parts) {
		if (parts.isEmpty()) {
			return "-";
		}
		Object joined = parts.get(parts.size() - 1);
		for (int i = parts.size() - 2; i >= 0; i--) {
			joined = new Message(JOIN, parts.get(i), joined);
		}
		return joined;
	}

	/** Message keys as one argument: each translated, joined in the reader's language. */
	public static Object keys(List<String> keys) {
		return list(keys.stream().map(k -> (Object) new Message(k)).toList());
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args;
	}

	/** The key itself, so a missing translation shows as its key instead of failing the page. */
	@Override
	public String getDefaultMessage() {
		return key;
	}

	@Override
	public String toString() {
		return key;
	}
}
