package org.cutis.rules.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits a Korean particle to the word before it. Messages write the particle in both forms, e.g.
 * {@code {0}을(를)}, because the word is an argument; this picks the one its final sound takes:
 * 을/이/은/과/으로 after a final consonant (받침), 를/가/는/와/로 after a vowel, and 로 after ㄹ.
 * Latin letters and digits are read as a Korean reader says them (L 엘, M 엠, N 엔, R 알;
 * 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔; a Roman numeral as its number, III 삼), so L1을 and
 * T1a를. Quotes and closing brackets after the word are skipped.
 */
public final class KoreanParticles {

	private static final Pattern PAIRED = Pattern
		.compile("(을\\(를\\)|를\\(을\\)|이\\(가\\)|가\\(이\\)|은\\(는\\)|는\\(은\\)|과\\(와\\)|와\\(과\\)|\\(으\\)로|으로\\(로\\)|\\(이\\)|\\(이\\)라|이\\(라\\))");

	private KoreanParticles() {
	}

	/** Final sound of the text's last word: none (vowel), RIEUL (ㄹ) or OTHER consonant. */
	enum Final {
		VOWEL, RIEUL, CONSONANT
	}

	public static String fit(String text) {
		if (text == null || !hasHangulInBrackets(text)) {
			// every paired particle has a Hangul syllable right after its "(": English text (the batch's
			// default) has none to fit, and the regular expression was a third of a registry batch's time
			return text;
		}
		Matcher m = PAIRED.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Final sound = finalSound(text, m.start());
			m.appendReplacement(out, Matcher.quoteReplacement(choose(m.group(1), sound)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String choose(String paired, Final sound) {
		boolean consonant = sound != Final.VOWEL;
		return switch (paired) {
			case "을(를)", "를(을)" -> consonant ? "을" : "를";
			case "이(가)", "가(이)" -> consonant ? "이" : "가";
			case "은(는)", "는(은)" -> consonant ? "은" : "는";
			case "과(와)", "와(과)" -> consonant ? "과" : "와";
			case "(으)로", "으로(로)" -> sound == Final.CONSONANT ? "으로" : "로";
			case "(이)" -> consonant ? "이" : "";
			default -> paired;
		};
	}

	static Final finalSound(String text, int end) {
		int i = end - 1;
		while (i >= 0 && "'\"’”)]}」』".indexOf(text.charAt(i)) >= 0) {
			i--;
		}
		if (i < 0) {
			return Final.CONSONANT;
		}
		char c = text.charAt(i);
		if (c >= 0xAC00 && c <= 0xD7A3) {
			int jong = (c - 0xAC00) % 28;
			return jong == 0 ? Final.VOWEL : jong == 8 ? Final.RIEUL : Final.CONSONANT;
		}
		if (Character.isDigit(c)) {
			return switch (c) {
				case '2', '4', '5', '9' -> Final.VOWEL;
				case '1', '7', '8' -> Final.RIEUL;
				default -> Final.CONSONANT; // 영 삼 육
			};
		}
		if (c == '%') {
			return Final.VOWEL; // 퍼센트
		}
		int start = i;
		while (start > 0 && isLatin(text.charAt(start - 1))) {
			start--;
		}
		if (isLatin(c)) {
			String word = text.substring(start, i + 1);
			if (word.matches("(?i)mm|cm|km|ml")) {
				return Final.VOWEL; // read as the unit: 밀리미터, 센티미터
			}
			if (word.matches("I{1,3}|IV|V|VI{1,3}|IX|X")) {
				return roman(word);
			}
			return switch (Character.toUpperCase(c)) {
				case 'L', 'R' -> Final.RIEUL;
				case 'M', 'N' -> Final.CONSONANT;
				default -> Final.VOWEL;
			};
		}
		return Final.CONSONANT;
	}

	private static Final roman(String numeral) {
		return switch (numeral) {
			case "I", "VII", "VIII" -> Final.RIEUL; // 일 칠 팔
			case "III", "VI", "X" -> Final.CONSONANT; // 삼 육 십
			default -> Final.VOWEL; // 이 사 오 구
		};
	}

	private static boolean hasHangulInBrackets(String text) {
		for (int open = text.indexOf('('); open >= 0 && open + 1 < text.length(); open = text.indexOf('(', open + 1)) {
			char c = text.charAt(open + 1);
			if (c >= 0xAC00 && c <= 0xD7A3) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLatin(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}
}
