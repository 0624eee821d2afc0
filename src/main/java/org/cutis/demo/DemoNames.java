package org.cutis.demo;

import java.util.Random;

import org.cutis.patient.Sex;

/**
 * Synthetic names with their usual romanisation, chosen for the patient's recorded sex (a 서연 or
 * 지현 is a woman, a 민호 or 태우 a man, as a Korean reader expects). Combinations, not real people.
 */
final class DemoNames {
	private static final String[][] SURNAMES = { { "김", "KIM" }, { "이", "LEE" }, { "박", "PARK" }, { "최", "CHOI" },
			{ "정", "JUNG" }, { "강", "KANG" }, { "조", "CHO" }, { "윤", "YOON" }, { "장", "JANG" }, { "임", "LIM" },
			{ "한", "HAN" }, { "오", "OH" }, { "서", "SEO" }, { "신", "SHIN" }, { "권", "KWON" } };
	private static final String[][] WOMEN = { { "서연", "Seoyeon" }, { "지현", "Jihyun" }, { "민지", "Minji" },
			{ "수진", "Sujin" }, { "은영", "Eunyoung" }, { "하은", "Haeun" }, { "예진", "Yejin" }, { "지우", "Jiwoo" },
			{ "수빈", "Subin" }, { "영희", "Younghee" }, { "미숙", "Misuk" }, { "정숙", "Jeongsuk" }, { "혜진", "Hyejin" },
			{ "윤희", "Yoonhee" }, { "소영", "Soyoung" }, { "경희", "Kyunghee" } };
	private static final String[][] MEN = { { "민수", "Minsu" }, { "준호", "Junho" }, { "도윤", "Doyoon" },
			{ "태우", "Taewoo" }, { "현우", "Hyunwoo" }, { "성민", "Sungmin" }, { "지훈", "Jihoon" }, { "영철", "Youngcheol" },
			{ "동현", "Donghyun" }, { "상호", "Sangho" }, { "재현", "Jaehyun" }, { "승우", "Seungwoo" }, { "민호", "Minho" },
			{ "종수", "Jongsu" }, { "병철", "Byungcheol" }, { "진우", "Jinwoo" } };
	/** Foreign residents (foreign registration number, English preferred): Latin names, surname first. */
	private static final String[] FOREIGN_WOMEN = { "SMITH Emily", "NGUYEN Thi Linh", "GARCIA Maria", "IVANOVA Olga",
			"TANAKA Yuki", "DUPONT Claire", "MUELLER Anna" };
	private static final String[] FOREIGN_MEN = { "WILSON John", "NGUYEN Van Minh", "GARCIA Carlos", "IVANOV Ivan",
			"TANAKA Kenji", "DUPONT Pierre", "MUELLER Thomas" };

	private DemoNames() {
	}

	/** Hangul and Latin name for a Korean patient of {@code sex}. */
	static String[] korean(Random random, Sex sex) {
		String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
		String[][] given = sex == Sex.FEMALE ? WOMEN : MEN;
		String[] name = given[random.nextInt(given.length)];
		return new String[] { surname[0] + name[0], surname[1] + " " + name[1] };
	}

	/** A Latin name (no Hangul name) for a foreign resident of {@code sex}. */
	static String foreign(Random random, Sex sex) {
		String[] names = sex == Sex.FEMALE ? FOREIGN_WOMEN : FOREIGN_MEN;
		return names[random.nextInt(names.length)];
	}
}
