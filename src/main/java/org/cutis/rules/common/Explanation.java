package org.cutis.rules.common;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One sentence of a rule's explanation as a message code with arguments, so that each reader
 * sees it in their own language. The texts live in {@code messages/<prefix>_en|_ko.properties},
 * the prefix being the code's first segment ({@code rules.why.…} is in {@code rules_*}). They are
 * resolved here with a plain {@link ResourceBundle} (no Spring: the batch runs without it), by
 * the same rule as Spring's message source: {@link MessageFormat} only when there are arguments,
 * so a pattern with arguments doubles its apostrophes. Korean particles written as {@code 을(를)}
 * are then fitted to the word before them ({@link KoreanParticles}).
 *
 * @param code a message key
 * @param args Strings, nested explanations (rendered in the same language) or lists of either
 *             (joined with commas); numbers are kept as written ({@code 0.75}, never {@code 0,75})
 */
public record Explanation(String code, List<Object> args) {

	/** The language of the stored sentences and of the batch by default. */
	public static final Locale ENGLISH = Locale.ENGLISH;

	/** An old sentence recorded before explanations were codes: shown as it is, labelled. */
	public static final String RECORDED = "rules.why.recordedAsText";

	private static final ConcurrentHashMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
	private static final ConcurrentHashMap<String, String> ENGLISH_PATTERNS = new ConcurrentHashMap<>();
	private static final ConcurrentHashMap<String, String> KOREAN_PATTERNS = new ConcurrentHashMap<>();
	private static final int MAX_FORMATS_PER_THREAD = 4_096;
	private static final ThreadLocal<Map<String, SentencePattern>> FORMATS = ThreadLocal.withInitial(HashMap::new);
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public Explanation {
		Objects.requireNonNull(code, "code");
		// loops, not streams, here and in render: a registry batch makes and renders millions of these
		Object[] plain = new Object[args.size()];
		for (int i = 0; i < plain.length; i++) {
			plain[i] = plain(args.get(i));
		}
		args = List.of(plain);
	}

	/** Items joined with semicolons ("a; b"). */
	public static final String SEMICOLONS = "rules.list.semicolons";
	/** Items joined in words ("a, b and c" / "a, b 및 c"). */
	public static final String AND = "rules.list.and";
	/** Alternatives joined in words ("a, b or c" / "a, b 또는 c"): the codes an input allows. */
	public static final String OR = "rules.list.or";

	/** A list shown as one argument: each item rendered, joined by {@link #SEMICOLONS}, {@link #AND} or {@link #OR}. */
	public static Explanation list(String how, List<?> items) {
		return of(how, items);
	}

	/** Alternatives as one argument: "TX, T0 or T1a" / "TX, T0 또는 T1a". */
	public static Explanation anyOf(List<String> codes) {
		return list(OR, codes);
	}

	/** @param args may hold null (a value that was not sent): it reads "-" */
	public static Explanation of(String code, Object... args) {
		return new Explanation(code, Arrays.asList(args));
	}

	/** A sentence stored as text before explanations were codes. */
	public static Explanation recorded(String text) {
		return of(RECORDED, text);
	}

	private static Object plain(Object arg) {
		if (arg == null) {
			return "-";
		}
		if (arg instanceof Explanation) {
			return arg;
		}
		if (arg instanceof List<?> list) {
			return list.stream().map(Explanation::plain).toList();
		}
		if (arg instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return String.valueOf(arg);
	}

	/** The sentence in English, the language of the contract's examples and of the batch. */
	public String english() {
		return render(ENGLISH);
	}

	/** The sentence in {@code locale}'s language; a language without texts reads English. */
	public String render(Locale locale) {
		if ((code.equals(SEMICOLONS) || code.equals(AND) || code.equals(OR)) && args.size() == 1
				&& args.get(0) instanceof List<?> items) {
			List<String> parts = items.stream().map(a -> renderArg(a, locale)).toList();
			if (code.equals(SEMICOLONS) || parts.size() < 2) {
				return String.join("; ", parts);
			}
			String head = String.join(", ", parts.subList(0, parts.size() - 1));
			return format(code, locale).format(new Object[] { head, parts.get(parts.size() - 1) });
		}
		String pattern = pattern(code, locale);
		if (args.isEmpty()) {
			return KoreanParticles.fit(pattern);
		}
		Object[] values = new Object[args.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = renderArg(args.get(i), locale);
		}
		return KoreanParticles.fit(format(code, locale).format(values));
	}

	private static String renderArg(Object arg, Locale locale) {
		if (arg instanceof Explanation e) {
			return e.render(locale);
		}
		if (arg instanceof List<?> list) {
			return list.stream().map(a -> renderArg(a, locale)).collect(Collectors.joining(", "));
		}
		return (String) arg;
	}

	public static List<String> render(List<Explanation> lines, Locale locale) {
		String[] rendered = new String[lines.size()];
		for (int i = 0; i < rendered.length; i++) {
			rendered[i] = lines.get(i).render(locale);
		}
		return Collections.unmodifiableList(Arrays.asList(rendered));
	}

	public static List<String> english(List<Explanation> lines) {
		return render(lines, ENGLISH);
	}

	private static String pattern(String code, Locale locale) {
		boolean korean = "ko".equals(locale.getLanguage());
		String known = (korean ? KOREAN_PATTERNS : ENGLISH_PATTERNS).get(code);
		return known != null ? known : lookUp(code, korean ? "ko" : "en");
	}

	/** The code's pattern from its bundle, kept by code once found (the texts do not change while running). */
	private static String lookUp(String code, String language) {
		int dot = code.indexOf('.');
		String base = "messages/" + (dot < 0 ? code : code.substring(0, dot));
		ResourceBundle bundle = BUNDLES.computeIfAbsent(base + "_" + language, k -> load(base, language));
		if (bundle != null && bundle.containsKey(code)) {
			String pattern = bundle.getString(code);
			(language.equals("ko") ? KOREAN_PATTERNS : ENGLISH_PATTERNS).put(code, pattern);
			return pattern;
		}
		// an unknown code is not kept: codes decoded from storage must not grow the map without bound
		return code;
	}

	/**
	 * The code's pattern parsed once per thread: parsing a MessageFormat cost more than the rule
	 * itself in a registry batch, and a parsed one must not be shared (it is not thread-safe).
	 */
	private static SentencePattern format(String code, Locale locale) {
		String pattern = pattern(code, locale);
		Map<String, SentencePattern> formats = FORMATS.get();
		SentencePattern format = formats.get(pattern);
		if (format == null) {
			format = new SentencePattern(pattern);
			if (formats.size() < MAX_FORMATS_PER_THREAD) {
				formats.put(pattern, format);
			}
		}
		return format;
	}

	private static ResourceBundle load(String base, String language) {
		try {
			return ResourceBundle.getBundle(base, Locale.forLanguageTag(language), Explanation.class.getClassLoader(),
					NO_FALLBACK);
		}
		catch (MissingResourceException e) {
			return null;
		}
	}

	// --- storage: one line per sentence ({@link ExplanationStorage})

	/** The sentence as one line of text for a database column, read back by {@link #decode}. */
	public String encode() {
		return ExplanationStorage.encode(this);
	}

	/**
	 * A stored line: an encoded explanation, or an older English sentence kept as it is
	 * ({@link #RECORDED}).
	 */
	public static Explanation decode(String line) {
		Explanation stored = ExplanationStorage.decode(line);
		return stored != null ? stored : recorded(line == null ? "" : line);
	}

	public static String encode(List<Explanation> lines) {
		return lines.stream().map(Explanation::encode).collect(Collectors.joining("\n"));
	}

	public static List<Explanation> decode(List<String> lines) {
		return lines.stream().map(Explanation::decode).toList();
	}
}
