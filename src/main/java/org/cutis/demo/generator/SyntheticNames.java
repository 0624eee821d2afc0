package org.cutis.demo.generator;

import java.util.Random;

import org.cutis.patient.Sex;

/**
 * Names of the synthetic center: a surname drawn by its share in Korea, and a given name of two
 * syllables drawn independently from short lists by sex, each syllable with its usual
 * romanisation ("KIM Minsu"). The combinations are made up; no list of real people is used, and
 * the test checks that every generated name is built from these lists only.
 */
public final class SyntheticNames {
	/** Surname, romanisation, share in thousandths (the 25 most common, roughly as the census counts them). */
	static final Object[][] SURNAMES = { { "김", "KIM", 215 }, { "이", "LEE", 147 }, { "박", "PARK", 84 },
			{ "최", "CHOI", 47 }, { "정", "JUNG", 43 }, { "강", "KANG", 23 }, { "조", "CHO", 21 }, { "윤", "YOON", 21 },
			{ "장", "JANG", 20 }, { "임", "LIM", 17 }, { "한", "HAN", 15 }, { "오", "OH", 15 }, { "서", "SEO", 14 },
			{ "신", "SHIN", 14 }, { "권", "KWON", 14 }, { "황", "HWANG", 14 }, { "안", "AHN", 14 }, { "송", "SONG", 12 },
			{ "류", "RYU", 12 }, { "전", "JEON", 11 }, { "홍", "HONG", 11 }, { "고", "KO", 9 }, { "문", "MOON", 9 },
			{ "양", "YANG", 9 }, { "손", "SON", 9 } };
	static final String[][] WOMEN_FIRST = { { "서", "Seo" }, { "지", "Ji" }, { "민", "Min" }, { "수", "Su" },
			{ "은", "Eun" }, { "하", "Ha" }, { "예", "Ye" }, { "영", "Young" }, { "미", "Mi" }, { "정", "Jeong" },
			{ "혜", "Hye" }, { "윤", "Yoon" }, { "소", "So" }, { "경", "Kyung" }, { "유", "Yu" }, { "채", "Chae" },
			{ "다", "Da" }, { "나", "Na" }, { "현", "Hyun" }, { "선", "Sun" } };
	static final String[][] WOMEN_SECOND = { { "연", "yeon" }, { "현", "hyun" }, { "지", "ji" }, { "진", "jin" },
			{ "영", "young" }, { "은", "eun" }, { "희", "hee" }, { "숙", "suk" }, { "빈", "bin" }, { "우", "woo" },
			{ "아", "a" }, { "린", "rin" }, { "원", "won" }, { "경", "kyung" }, { "정", "jeong" }, { "미", "mi" },
			{ "주", "ju" }, { "윤", "yoon" } };
	static final String[][] MEN_FIRST = { { "민", "Min" }, { "준", "Jun" }, { "도", "Do" }, { "태", "Tae" },
			{ "현", "Hyun" }, { "성", "Sung" }, { "지", "Ji" }, { "영", "Young" }, { "동", "Dong" }, { "상", "Sang" },
			{ "재", "Jae" }, { "승", "Seung" }, { "종", "Jong" }, { "병", "Byung" }, { "진", "Jin" }, { "건", "Geon" },
			{ "우", "Woo" }, { "석", "Seok" }, { "정", "Jeong" }, { "기", "Ki" } };
	static final String[][] MEN_SECOND = { { "수", "su" }, { "호", "ho" }, { "윤", "yoon" }, { "우", "woo" },
			{ "민", "min" }, { "훈", "hoon" }, { "철", "cheol" }, { "현", "hyun" }, { "석", "seok" }, { "준", "jun" },
			{ "진", "jin" }, { "혁", "hyuk" }, { "식", "sik" }, { "환", "hwan" }, { "기", "ki" }, { "규", "gyu" },
			{ "원", "won" }, { "영", "young" } };
	private static final int SURNAME_TOTAL;

	static {
		int total = 0;
		for (Object[] s : SURNAMES) {
			total += (Integer) s[2];
		}
		SURNAME_TOTAL = total;
	}

	private SyntheticNames() {
	}

	/** Hangul and Latin name ("김민수", "KIM Minsu") for a person of {@code sex}. */
	public static String[] draw(Random random, Sex sex) {
		int pick = random.nextInt(SURNAME_TOTAL);
		Object[] surname = SURNAMES[0];
		for (Object[] s : SURNAMES) {
			pick -= (Integer) s[2];
			if (pick < 0) {
				surname = s;
				break;
			}
		}
		boolean woman = sex == Sex.FEMALE;
		String[] first = pick(random, woman ? WOMEN_FIRST : MEN_FIRST);
		String[] second = pick(random, woman ? WOMEN_SECOND : MEN_SECOND);
		while (second[0].equals(first[0])) {
			// 은은, 석석: not a given name
			second = pick(random, woman ? WOMEN_SECOND : MEN_SECOND);
		}
		return new String[] { surname[0] + first[0] + second[0], surname[1] + " " + first[1] + second[1] };
	}

	/** Whether {@code hangul} is a surname and two given-name syllables from these lists. */
	public static boolean isGenerated(String hangul, String latin) {
		if (hangul == null || hangul.length() != 3 || latin == null) {
			return false;
		}
		for (Object[] s : SURNAMES) {
			if (hangul.startsWith((String) s[0]) && latin.startsWith(s[1] + " ")) {
				String given = latin.substring(((String) s[1]).length() + 1);
				return matches(hangul.substring(1), given, WOMEN_FIRST, WOMEN_SECOND)
						|| matches(hangul.substring(1), given, MEN_FIRST, MEN_SECOND);
			}
		}
		return false;
	}

	private static boolean matches(String syllables, String given, String[][] firsts, String[][] seconds) {
		for (String[] f : firsts) {
			for (String[] s : seconds) {
				if (syllables.equals(f[0] + s[0]) && given.equals(f[1] + s[1])) {
					return true;
				}
			}
		}
		return false;
	}

	private static String[] pick(Random random, String[][] list) {
		return list[random.nextInt(list.length)];
	}
}
