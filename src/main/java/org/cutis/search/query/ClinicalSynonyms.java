package org.cutis.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The center's clinical synonyms ({@code search/clinical-synonyms.txt}), applied to the query: a
 * query that contains a word of a group is also searched with each other word of the group in its
 * place (흑색종이 → melanoma이 as well; the Korean analyser drops the particle). Applied at query
 * time so that a new line needs no reindex, and it works both ways because every word of a group
 * leads to every other.
 */
public final class ClinicalSynonyms {
	public static final String RESOURCE = "search/clinical-synonyms.txt";
	private final List<List<String>> groups;

	ClinicalSynonyms(List<List<String>> groups) {
		this.groups = groups;
	}

	public static ClinicalSynonyms load() {
		try (InputStream in = ClinicalSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ClinicalSynonyms parse(List<String> lines) {
		List<List<String>> groups = new ArrayList<>();
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			List<String> words = Arrays.stream(trimmed.split(","))
				.map(ClinicalSynonyms::normalise)
				.filter(w -> !w.isEmpty())
				.toList();
			if (words.size() > 1) {
				// longest first, so "malignant melanoma" is replaced whole before "melanoma"
				groups.add(words.stream().sorted((a, b) -> b.length() - a.length()).toList());
			}
		}
		return new ClinicalSynonyms(groups);
	}

	/** Every word of the line that holds {@code word} (itself included); just the word when no line does. */
	public List<String> group(String word) {
		String w = normalise(word);
		for (List<String> group : groups) {
			if (group.contains(w)) {
				return group;
			}
		}
		return List.of(w);
	}

	/** The query and its variants with synonyms in place of the words they contain (at most a few). */
	public List<String> expand(String query) {
		String q = normalise(query);
		Set<String> variants = new LinkedHashSet<>();
		variants.add(q);
		for (List<String> group : groups) {
			for (String word : group) {
				if (contains(q, word)) {
					for (String other : group) {
						if (!other.equals(word)) {
							variants.add(q.replace(word, other));
						}
					}
					break;
				}
			}
			if (variants.size() > 8) {
				break;
			}
		}
		return withoutWider(List.copyOf(variants));
	}

	/**
	 * The variants without those that hold all the words of another (악성 흑색종 beside 흑색종,
	 * malignant melanoma beside melanoma): every word must match, so they find nothing the shorter one
	 * does not, and each variant searched costs a pass over its matches (search-speed). The typed query
	 * always stays.
	 */
	static List<String> withoutWider(List<String> variants) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < variants.size(); i++) {
			Set<String> words = new HashSet<>(Arrays.asList(variants.get(i).split(" ")));
			boolean wider = false;
			for (int j = 0; j < variants.size() && i > 0 && !wider; j++) {
				Set<String> other = new HashSet<>(Arrays.asList(variants.get(j).split(" ")));
				wider = j != i && words.containsAll(other) && !other.equals(words);
			}
			if (!wider) {
				kept.add(variants.get(i));
			}
		}
		return List.copyOf(kept);
	}

	/**
	 * Latin words must be whole words ("scc" is not found in "sccs" — stemming does that; nor
	 * "mole" in "molecular"); Hangul words are found inside a word, which carries its particles.
	 */
	private static boolean contains(String q, String word) {
		int at = q.indexOf(word);
		while (at >= 0) {
			boolean latin = Script.latin(word);
			if (!latin || (boundary(q, at - 1) && boundary(q, at + word.length()))) {
				return true;
			}
			at = q.indexOf(word, at + 1);
		}
		return false;
	}

	private static boolean boundary(String q, int i) {
		return i < 0 || i >= q.length() || !Character.isLetterOrDigit(q.charAt(i));
	}

	static String normalise(String s) {
		return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}
}
