package org.cutis.demo.generator;

import java.util.Random;

import org.cutis.clinical.Diagnosis;
import org.cutis.rules.common.AnatomicSite;

/**
 * The shares the synthetic center is drawn from: ages of the patients of a Korean skin cancer
 * center (most between 50 and 80), lesions per patient, the histology of biopsied lesions (basal
 * cell carcinoma the most common skin cancer, then squamous cell carcinoma, melanoma mostly acral
 * on the sole, palm and nail as in Korea), the sites each diagnosis favours, and where the
 * specimens are in the loop (most communicated long ago, a few in every other state).
 */
final class Population {
	static final String[] STATES = { "ORDERED", "COLLECTED", "SENT", "RECEIVED", "GROSSED", "REPORTED", "SIGNED",
			"REVIEWED", "COMMUNICATED", "REJECTED", "VOIDED" };
	static final int REPORTED_INDEX = 5;
	static final int SIGNED_INDEX = 6;
	static final int DONE = 8;
	static final int REJECTED_INDEX = 9;
	/**
	 * Specimens per 10,000 in each state, in the order of {@link #STATES}. A center with ten years of
	 * records has a few weeks of them in flight: about one in a hundred is still open (ordered to
	 * reviewed), so the worklists hold what a real one holds, not a fifth of the center's history.
	 */
	private static final int[] STATE_WEIGHTS = { 12, 8, 6, 16, 12, 10, 14, 14, 9708, 150, 50 };
	private static final int[][] AGE_BANDS = { { 20, 4 }, { 30, 6 }, { 40, 10 }, { 50, 17 }, { 60, 24 }, { 70, 24 },
			{ 80, 13 }, { 90, 2 } };
	/** Histology of the center's lesions, in tenths of a percent. */
	private static final Object[][] DIAGNOSES = { { Diagnosis.BCC, 270 }, { Diagnosis.CSCC, 120 },
			{ Diagnosis.MELANOMA, 70 }, { Diagnosis.MELANOMA_IN_SITU, 30 }, { Diagnosis.BOWEN_DISEASE, 50 },
			{ Diagnosis.ACTINIC_KERATOSIS, 90 }, { Diagnosis.BENIGN_NAEVUS, 190 },
			{ Diagnosis.SEBORRHOEIC_KERATOSIS, 160 }, { Diagnosis.EXTRAMAMMARY_PAGET, 10 },
			{ Diagnosis.MERKEL_CELL_CARCINOMA, 5 }, { Diagnosis.DFSP, 5 } };
	private static final AnatomicSite[] FACE = { AnatomicSite.NOSE, AnatomicSite.CHEEK, AnatomicSite.FOREHEAD,
			AnatomicSite.EYELID, AnatomicSite.LIP, AnatomicSite.TEMPLE, AnatomicSite.EAR, AnatomicSite.SCALP,
			AnatomicSite.CHIN, AnatomicSite.NECK };
	private static final AnatomicSite[] ACRAL = { AnatomicSite.FOOT, AnatomicSite.FOOT, AnatomicSite.TOE,
			AnatomicSite.NAIL_UNIT, AnatomicSite.HAND, AnatomicSite.FINGER };
	private static final AnatomicSite[] BODY = { AnatomicSite.BACK, AnatomicSite.CHEST, AnatomicSite.ABDOMEN,
			AnatomicSite.UPPER_ARM, AnatomicSite.FOREARM, AnatomicSite.THIGH, AnatomicSite.LEG, AnatomicSite.SHOULDER };
	private static final String[] DISTRICTS = { "종로구 대학로", "서대문구 연세로", "강남구 테헤란로", "송파구 올림픽로",
			"마포구 월드컵로", "성북구 안암로", "노원구 동일로", "관악구 관악로" };

	private Population() {
	}

	static int age(Random random) {
		int pick = random.nextInt(100);
		for (int[] band : AGE_BANDS) {
			pick -= band[1];
			if (pick < 0) {
				return band[0] + random.nextInt(10);
			}
		}
		return 70;
	}

	/** Lesions of one patient: a quarter have none recorded (referral or consultation only). */
	static int lesionCount(Random random) {
		int pick = random.nextInt(100);
		return pick < 25 ? 0 : pick < 70 ? 1 : pick < 90 ? 2 : 3;
	}

	static Diagnosis diagnosis(Random random) {
		int pick = random.nextInt(1000);
		for (Object[] d : DIAGNOSES) {
			pick -= (Integer) d[1];
			if (pick < 0) {
				return (Diagnosis) d[0];
			}
		}
		return Diagnosis.SEBORRHOEIC_KERATOSIS;
	}

	static int specimenState(Random random) {
		int pick = random.nextInt(10_000);
		for (int i = 0; i < STATE_WEIGHTS.length; i++) {
			pick -= STATE_WEIGHTS[i];
			if (pick < 0) {
				return i;
			}
		}
		return DONE;
	}

	static AnatomicSite site(Random random, Diagnosis diagnosis) {
		return switch (diagnosis) {
			case BCC, ACTINIC_KERATOSIS, MERKEL_CELL_CARCINOMA -> random.nextInt(10) < 8 ? pick(random, FACE) : pick(random, BODY);
			case CSCC, BOWEN_DISEASE -> random.nextInt(10) < 5 ? pick(random, FACE)
					: random.nextBoolean() ? AnatomicSite.HAND : pick(random, BODY);
			case MELANOMA, MELANOMA_IN_SITU -> random.nextInt(10) < 6 ? pick(random, ACRAL) : pick(random, BODY);
			case EXTRAMAMMARY_PAGET -> AnatomicSite.GENITALIA;
			default -> random.nextInt(10) < 3 ? pick(random, FACE) : pick(random, BODY);
		};
	}

	static String view(AnatomicSite site) {
		return switch (site) {
			case NOSE, CHEEK, FOREHEAD, EYELID, LIP, TEMPLE, EAR, SCALP, CHIN -> "HEAD";
			case HAND, FINGER, NAIL_UNIT -> "HANDS";
			case FOOT, TOE -> "FEET";
			case BACK, SHOULDER -> "BACK";
			default -> "FRONT";
		};
	}

	static String technique(Random random, Diagnosis impression) {
		int pick = random.nextInt(10);
		if (impression == Diagnosis.MELANOMA || impression == Diagnosis.MELANOMA_IN_SITU) {
			return pick < 6 ? "EXCISIONAL" : "PUNCH";
		}
		return pick < 6 ? "PUNCH" : pick < 8 ? "SHAVE" : "EXCISIONAL";
	}

	static String colour(Random random, Diagnosis impression) {
		return switch (impression) {
			case MELANOMA, MELANOMA_IN_SITU -> random.nextBoolean() ? "흑갈색, 색조 불균일" : "흑색과 갈색이 섞임";
			case BCC -> random.nextBoolean() ? "진주빛 광택, 흑색 색소" : "분홍색, 표면 혈관 확장";
			case CSCC, BOWEN_DISEASE, ACTINIC_KERATOSIS -> "홍반성, 각화성 인설";
			case SEBORRHOEIC_KERATOSIS -> "갈색, 밀랍 같은 표면";
			default -> "갈색, 균일";
		};
	}

	static String dermoscopy(Random random, Diagnosis impression) {
		return switch (impression) {
			case MELANOMA, MELANOMA_IN_SITU -> random.nextBoolean() ? "평행 능선 패턴 (parallel ridge pattern)"
					: "비정형 색소 네트워크, 청백색 베일";
			case BCC -> "수목형 혈관, 청회색 난형 둥지";
			case CSCC, BOWEN_DISEASE -> "사구체 혈관, 표면 각질";
			case SEBORRHOEIC_KERATOSIS -> "면포 유사 개구부, 밀리아 유사 낭종";
			case BENIGN_NAEVUS -> "규칙적인 색소 네트워크";
			default -> null;
		};
	}

	static String differential(Diagnosis impression) {
		return switch (impression) {
			case MELANOMA, MELANOMA_IN_SITU -> "말단 흑자형 흑색종 감별, 말단 모반";
			case BCC -> "기저세포암, 지루각화증 감별";
			case CSCC -> "편평세포암, 각화극세포종 감별";
			default -> null;
		};
	}

	static String history(Random random, Diagnosis impression) {
		String months = (2 + random.nextInt(22)) + "개월 전부터";
		return switch (impression) {
			case MELANOMA, MELANOMA_IN_SITU -> months + " 커지는 색소 병변, 경계 불규칙";
			case BCC -> months + " 잘 낫지 않는 구진, 가끔 출혈";
			case CSCC, BOWEN_DISEASE -> months + " 자라는 각화성 결절";
			default -> months + " 관찰된 병변, 감별 진단 목적";
		};
	}

	static String address(Random random) {
		return "서울특별시 " + DISTRICTS[random.nextInt(DISTRICTS.length)] + " " + (1 + random.nextInt(300));
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}
}
