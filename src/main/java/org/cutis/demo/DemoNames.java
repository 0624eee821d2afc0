package org.cutis.demo;

import java.util.Random;

/** Synthetic Korean names with their usual romanisation. Combinations, not real people. */
final class DemoNames {
	private static final String[][] SURNAMES = { { "김", "KIM" }, { "이", "LEE" }, { "박", "PARK" }, { "최", "CHOI" },
			{ "정", "JUNG" }, { "강", "KANG" }, { "조", "CHO" }, { "윤", "YOON" }, { "장", "JANG" }, { "임", "LIM" },
			{ "한", "HAN" }, { "오", "OH" }, { "서", "SEO" }, { "신", "SHIN" }, { "권", "KWON" } };
	private static final String[][] GIVEN_FIRST = { { "민", "Min" }, { "서", "Seo" }, { "지", "Ji" }, { "현", "Hyun" },
			{ "수", "Su" }, { "영", "Young" }, { "준", "Jun" }, { "은", "Eun" }, { "하", "Ha" }, { "도", "Do" },
			{ "예", "Ye" }, { "태", "Tae" } };
	private static final String[][] GIVEN_SECOND = { { "수", "su" }, { "준", "jun" }, { "연", "yeon" }, { "호", "ho" },
			{ "아", "a" }, { "우", "woo" }, { "희", "hee" }, { "진", "jin" }, { "윤", "yoon" }, { "철", "cheol" },
			{ "숙", "suk" }, { "빈", "bin" } };

	private DemoNames() {
	}

	static String[] next(Random random) {
		String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
		String[] first = GIVEN_FIRST[random.nextInt(GIVEN_FIRST.length)];
		String[] second = GIVEN_SECOND[random.nextInt(GIVEN_SECOND.length)];
		return new String[] { surname[0] + first[0] + second[0], surname[1] + " " + first[1] + second[1] };
	}
}
