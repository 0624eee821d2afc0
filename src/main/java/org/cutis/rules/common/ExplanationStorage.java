package org.cutis.rules.common;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Explanation} as one line of a database column, and back: {@code ["code","arg",
 * ["nested","arg"],{"list":[…]}]}, a tiny subset of JSON. A line that is not one of these (an
 * older English sentence, stored before explanations were codes) reads as null, for
 * {@link Explanation#decode(String)} to keep as recorded.
 */
final class ExplanationStorage {
	private ExplanationStorage() {
	}

	static String encode(Explanation explanation) {
		StringBuilder out = new StringBuilder();
		write(explanation, out);
		return out.toString();
	}

	/** The stored explanation, or null when the line is not an encoded one. */
	static Explanation decode(String line) {
		if (line != null && line.startsWith("[\"")) {
			try {
				Reader reader = new Reader(line);
				Object parsed = reader.value();
				if (reader.at == line.length() && parsed instanceof Explanation e) {
					return e;
				}
			}
			catch (RuntimeException e) {
				// not ours after all: shown as recorded
			}
		}
		return null;
	}

	private static void write(Object value, StringBuilder out) {
		if (value instanceof Explanation e) {
			out.append('[');
			string(e.code(), out);
			for (Object arg : e.args()) {
				out.append(',');
				write(arg, out);
			}
			out.append(']');
		}
		else if (value instanceof List<?> list) {
			out.append("{\"list\":[");
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append("]}");
		}
		else {
			string((String) value, out);
		}
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		out.append('"');
	}

	private static final class Reader {
		private final String text;
		private int at;

		Reader(String text) {
			this.text = text;
		}

		Object value() {
			char c = text.charAt(at);
			if (c == '"') {
				return string();
			}
			if (c == '[') {
				at++;
				String code = string();
				List<Object> args = new ArrayList<>();
				while (text.charAt(at) == ',') {
					at++;
					args.add(value());
				}
				expect(']');
				return new Explanation(code, args);
			}
			if (text.startsWith("{\"list\":[", at)) {
				at += "{\"list\":[".length();
				List<Object> items = new ArrayList<>();
				if (text.charAt(at) != ']') {
					items.add(value());
					while (text.charAt(at) == ',') {
						at++;
						items.add(value());
					}
				}
				expect(']');
				expect('}');
				return items;
			}
			throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
		}

		private String string() {
			expect('"');
			StringBuilder s = new StringBuilder();
			while (true) {
				char c = text.charAt(at++);
				if (c == '"') {
					return s.toString();
				}
				if (c == '\\') {
					char escaped = text.charAt(at++);
					s.append(switch (escaped) {
						case 'n' -> '\n';
						case 'r' -> '\r';
						default -> escaped;
					});
				}
				else {
					s.append(c);
				}
			}
		}

		private void expect(char c) {
			if (text.charAt(at) != c) {
				throw new IllegalArgumentException("expected '" + c + "' at " + at);
			}
			at++;
		}
	}
}
