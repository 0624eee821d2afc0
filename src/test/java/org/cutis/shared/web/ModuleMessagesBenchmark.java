package org.cutis.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.cutis.rules.common.KoreanParticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.springframework.context.MessageSource;

/**
 * Serves every page: the layout, the menus and each page's labels ask the message source for a
 * hundred texts or more per request, and under {@code ./cutis bench} the lookups were a tenth of a
 * page's CPU (each code was looked for in some thirty module bundles in turn) until
 * {@link ModuleMessages} remembered them per code and language. Measures one lookup of the
 * layout's and the patient pages' codes, remembered and not (Spring's own source over the same
 * bundles), one Korean text with an argument whose particle is fitted ({@code 병변 {0}을(를)
 * 기록했습니다.}), and {@link KoreanParticles#fit} alone on filled Korean sentences, which every
 * Korean text with an argument passes through.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ModuleMessagesBenchmark {
	private static final String[] NAMES = { "김민수", "이서연", "박지호", "최유나", "정하늘", "강도윤", "윤서아", "장민재" };
	private static final String[] SITES = { "왼쪽 팔", "오른쪽 다리", "등", "코", "왼쪽 뺨", "두피", "발바닥", "L1" };

	private MessageSource memoised;
	private MessageSource unmemoised;
	private String[] codes;
	private String[] filled;
	private int next;

	@Setup
	public void setUp() {
		memoised = BenchMessages.application();
		unmemoised = BenchMessages.unmemoised();
		List<String> all = new ArrayList<>(BenchMessages.codesWithoutArguments("shared"));
		all.addAll(BenchMessages.codesWithoutArguments("patient"));
		all.addAll(BenchMessages.codesWithoutArguments("lesion"));
		codes = all.stream().limit(256).toArray(String[]::new);
		// what the bundles' Korean texts become once their arguments are in, particles still paired
		filled = new String[NAMES.length * 2];
		for (int i = 0; i < NAMES.length; i++) {
			filled[2 * i] = "환자 " + NAMES[i] + "을(를) 등록했습니다. 병변 " + SITES[i] + "은(는) 생검 대상입니다.";
			filled[2 * i + 1] = SITES[i] + "(으)로 의뢰했습니다; " + NAMES[i] + "이(가) 확인했습니다.";
		}
	}

	private int nextIndex(int length) {
		int i = next++ & 0x7fffffff;
		return i % length;
	}

	@Benchmark
	public String lookupRemembered() {
		return memoised.getMessage(codes[nextIndex(codes.length)], null, Locale.KOREAN);
	}

	@Benchmark
	public String lookupBundleByBundle() {
		return unmemoised.getMessage(codes[nextIndex(codes.length)], null, Locale.KOREAN);
	}

	@Benchmark
	public String lookupWithParticle() {
		return memoised.getMessage("lesion.recorded", new Object[] { SITES[nextIndex(SITES.length)] }, Locale.KOREAN);
	}

	@Benchmark
	public String fitParticles() {
		return KoreanParticles.fit(filled[nextIndex(filled.length)]);
	}
}
