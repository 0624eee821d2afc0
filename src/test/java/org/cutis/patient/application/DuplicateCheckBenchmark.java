package org.cutis.patient.application;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cutis.patient.PatientDetails;
import org.cutis.patient.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serves registration ({@code POST /patients}, 100 ms p95 at 100,000 patients against a 50 ms
 * target): before a new patient is saved, {@link DuplicateCheck#similar} compares the name in
 * Hangul and in Latin letters with every patient the database offers for the birth date. Since
 * V1871 those are only the near names (at most {@link DuplicateCheck#CANDIDATES}, 200); before, all
 * who shared the day (1,020 on the generator's crowded birth date at 100,000 patients, 10,020 at a
 * million). Measures one registration's comparisons against 200 near names and against the 1,020
 * of the whole day, Korean names made like the generator's (surname and two syllables).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DuplicateCheckBenchmark {
	private static final String[] SURNAMES = { "김", "이", "박", "최", "정", "강", "조", "윤" };
	private static final String[] LATIN_SURNAMES = { "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon" };
	private static final String[] SYLLABLES = { "민", "서", "지", "수", "현", "우", "준", "아", "하", "윤", "도", "연" };
	private static final String[] LATIN_SYLLABLES = { "min", "seo", "ji", "su", "hyeon", "woo", "jun", "a", "ha",
			"yun", "do", "yeon" };

	private PatientDetails registering;
	private String[] nearHangul;
	private String[] nearLatin;
	private String[] dayHangul;
	private String[] dayLatin;

	@Setup
	public void setUp() {
		registering = new PatientDetails("김민수", "Kim Minsu", Sex.MALE, LocalDate.of(1961, 4, 2), "010-1234-5678",
				"서울특별시 종로구", "ko", null, null, null, null);
		Random random = new Random(1020);
		dayHangul = new String[1020];
		dayLatin = new String[1020];
		for (int i = 0; i < dayHangul.length; i++) {
			int s = random.nextInt(SURNAMES.length);
			int a = random.nextInt(SYLLABLES.length);
			int b = random.nextInt(SYLLABLES.length);
			dayHangul[i] = SURNAMES[s] + SYLLABLES[a] + SYLLABLES[b];
			dayLatin[i] = LATIN_SURNAMES[s] + LATIN_SYLLABLES[a] + LATIN_SYLLABLES[b];
		}
		// the near names: those sharing a one-deletion key with 김민수 (the same surname and a syllable)
		nearHangul = new String[200];
		nearLatin = new String[200];
		for (int i = 0; i < nearHangul.length; i++) {
			int b = random.nextInt(SYLLABLES.length);
			nearHangul[i] = "김민" + SYLLABLES[b];
			nearLatin[i] = "kimmin" + LATIN_SYLLABLES[b];
		}
	}

	@Benchmark
	public int nearNames() {
		return similar(nearHangul, nearLatin);
	}

	@Benchmark
	public int wholeDay() {
		return similar(dayHangul, dayLatin);
	}

	private int similar(String[] hangul, String[] latin) {
		int found = 0;
		for (int i = 0; i < hangul.length; i++) {
			if (DuplicateCheck.similar(hangul[i], latin[i], registering)) {
				found++;
			}
		}
		return found;
	}
}
