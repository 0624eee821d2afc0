package org.cutis.rules.ctcae;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds CTCAE v5.0 terms the way a clinician types them: the CTCAE's English name, the Korean
 * name, a prefix or part of either, or a clinical synonym that CTCAE files under another term
 * ("hand-foot skin reaction" and 수족증후군 are Palmar-plantar erythrodysesthesia syndrome, SJS is
 * Stevens-Johnson syndrome). Spaces, hyphens and case are ignored. Stateless and thread-safe.
 */
public final class CtcaeTermSearch {

	/** Clinical names in English and Korean that lead to each term besides its own names. */
	private static final Map<CtcaeTerm, List<String>> SYNONYMS = synonyms();

	/** Queries this short match only whole names or the start of a name, not the inside of a word. */
	private static final int SHORTEST_INSIDE_MATCH = 3;

	/** The terms matching {@code query}, best match first; every term for a blank query. */
	public List<CtcaeTerm> search(String query) {
		String wanted = normalize(query);
		if (wanted.isEmpty()) {
			return List.of(CtcaeTerm.values());
		}
		List<Ranked> found = new ArrayList<>();
		for (CtcaeTerm term : CtcaeTerm.values()) {
			int rank = rank(term, wanted);
			if (rank < Integer.MAX_VALUE) {
				found.add(new Ranked(term, rank));
			}
		}
		found.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.term().ordinal()));
		return found.stream().map(Ranked::term).toList();
	}

	/** The clinical synonyms Cutis knows for a term (not its English or Korean name). */
	public static List<String> synonyms(CtcaeTerm term) {
		return SYNONYMS.getOrDefault(term, List.of());
	}

	private record Ranked(CtcaeTerm term, int rank) {
	}

	/** 0 whole name, 1 whole synonym, 2 start of a name, 3 start of a synonym, 4 inside a name, 5 inside a synonym. */
	private static int rank(CtcaeTerm term, String wanted) {
		List<String> names = List.of(normalize(term.termName()), normalize(term.nameKo()));
		List<String> others = synonyms(term).stream().map(CtcaeTermSearch::normalize).toList();
		if (names.contains(wanted)) {
			return 0;
		}
		if (others.contains(wanted)) {
			return 1;
		}
		if (names.stream().anyMatch(n -> n.startsWith(wanted))) {
			return 2;
		}
		if (others.stream().anyMatch(n -> n.startsWith(wanted))) {
			return 3;
		}
		if (wanted.length() >= SHORTEST_INSIDE_MATCH) {
			if (names.stream().anyMatch(n -> n.contains(wanted))) {
				return 4;
			}
			if (others.stream().anyMatch(n -> n.contains(wanted))) {
				return 5;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** Lower case, Unicode-composed, without spaces, hyphens, apostrophes, dots or brackets. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return composed.replaceAll("[\\s\\-‐–'’.,/()\\[\\]·]+", "");
	}

	private static Map<CtcaeTerm, List<String>> synonyms() {
		Map<CtcaeTerm, List<String>> map = new EnumMap<>(CtcaeTerm.class);
		map.put(CtcaeTerm.RASH_ACNEIFORM, List.of("acneiform rash", "acneiform eruption", "papulopustular rash",
				"papulopustular eruption", "EGFR inhibitor rash", "여드름 모양 발진", "구진농포성 발진", "구진 농포 발진"));
		map.put(CtcaeTerm.RASH_MACULO_PAPULAR, List.of("maculopapular rash", "maculopapular eruption", "morbilliform rash",
				"morbilliform eruption", "exanthematous drug eruption", "반구진 발진", "홍역양 발진", "발진"));
		map.put(CtcaeTerm.PALMAR_PLANTAR_ERYTHRODYSESTHESIA, List.of("hand-foot skin reaction", "hand-foot syndrome",
				"hand and foot syndrome", "HFSR", "HFS", "PPE", "palmar-plantar erythrodysaesthesia", "acral erythema",
				"수족증후군", "수족 피부 반응", "손발 증후군", "손발 피부 반응", "손발바닥 홍반"));
		map.put(CtcaeTerm.PRURITUS, List.of("itch", "itching", "가려움", "소양증"));
		map.put(CtcaeTerm.DRY_SKIN, List.of("xerosis", "xerosis cutis", "건피증", "피부 건조증", "건조증"));
		map.put(CtcaeTerm.PARONYCHIA, List.of("nail fold inflammation", "periungual inflammation", "손발톱주위염",
				"조갑주위염", "손톱 주위염", "발톱 주위염"));
		map.put(CtcaeTerm.ALOPECIA, List.of("hair loss", "hair thinning", "탈모증", "모발 손실", "머리카락 빠짐"));
		map.put(CtcaeTerm.SKIN_HYPERPIGMENTATION, List.of("hyperpigmentation", "skin darkening", "과색소침착", "색소침착"));
		map.put(CtcaeTerm.PHOTOSENSITIVITY, List.of("photosensitivity reaction", "phototoxicity", "sun sensitivity",
				"광독성", "광과민 반응", "햇빛 과민"));
		map.put(CtcaeTerm.ERYTHEMA_MULTIFORME, List.of("EM", "target lesions", "다형 홍반", "표적 병변"));
		map.put(CtcaeTerm.STEVENS_JOHNSON_SYNDROME, List.of("SJS", "Stevens Johnson", "스티븐스존슨 증후군", "스티븐스 존슨"));
		map.put(CtcaeTerm.TOXIC_EPIDERMAL_NECROLYSIS, List.of("TEN", "Lyell syndrome", "SJS/TEN overlap",
				"독성 표피 괴사", "독성표피괴사융해증", "라이엘 증후군"));
		map.put(CtcaeTerm.DERMATITIS_RADIATION, List.of("radiation dermatitis", "radiodermatitis", "radiation skin reaction",
				"radiation burn", "방사선 피부 반응", "방사선 화상"));
		map.put(CtcaeTerm.NAIL_CHANGES, List.of("nail toxicity", "nail dystrophy", "조갑 변화", "손톱 변화"));
		map.put(CtcaeTerm.NAIL_DISCOLORATION, List.of("nail pigmentation", "조갑 변색", "손톱 변색"));
		map.put(CtcaeTerm.NAIL_RIDGING, List.of("Beau's lines", "Beau lines", "조갑 융기", "손톱 융기"));
		map.put(CtcaeTerm.NAIL_LOSS, List.of("onycholysis", "nail separation", "onychomadesis", "조갑박리증", "손발톱 박리",
				"손톱 빠짐"));
		map.put(CtcaeTerm.BULLOUS_DERMATITIS, List.of("bullous pemphigoid", "blistering rash", "blisters", "수포성 유사천포창",
				"유사천포창", "물집"));
		return map;
	}
}
