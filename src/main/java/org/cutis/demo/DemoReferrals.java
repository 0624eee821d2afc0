package org.cutis.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cutis.clinical.Diagnosis;
import org.cutis.referral.DrugChoice;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.Urgency;

/**
 * Referrals that make clinical sense: the reason, the urgency, who sends the patient and the note
 * agree with each other and with the lesion the patient later has in the demo. The melanoma fast
 * track is for a suspected melanoma only, never for a rash under chemotherapy; a skin problem during
 * cancer treatment comes from the treating oncologist (demo-onc) with the drug that causes it (a
 * mucosal erosion with skin detachment under a checkpoint inhibitor is red-flagged); actinic
 * keratoses and follow-up after treatment elsewhere are routine.
 */
final class DemoReferrals {
	private static final String[] CLINICS = { "연세피부과의원", "서울밝은피부과의원", "종로가정의학과의원", "하늘내과의원" };

	/** The treating oncologist of the demonstration center (an account of DemoCenter). */
	static final String ONCOLOGIST = "demo-onc";

	/** A catalogue drug and the skin reaction it is known for, as the oncologist would write it. */
	private record Toxicity(String drug, String note, Urgency urgency, Set<RedFlag> redFlags) {
		Toxicity(String drug, String note, Urgency urgency) {
			this(drug, note, urgency, Set.of());
		}
	}

	private static final List<Toxicity> TOXICITIES = List.of(
			new Toxicity("cetuximab", "얼굴과 가슴의 여드름양 발진, 2주 / acneiform rash on face and chest, 2 weeks",
					Urgency.ROUTINE),
			new Toxicity("capecitabine", "손발바닥 홍반, 통증으로 보행 곤란 / hand-foot syndrome, painful walking",
					Urgency.URGENT),
			new Toxicity("pembrolizumab", "몸통의 가려운 반점구진 발진 / pruritic maculopapular rash on the trunk",
					Urgency.ROUTINE),
			new Toxicity("erlotinib", "손발톱 주위염 / paronychia of both great toes", Urgency.ROUTINE),
			new Toxicity("docetaxel", "손발톱 변색과 박리 / nail discoloration and onycholysis", Urgency.ROUTINE),
			new Toxicity("pembrolizumab", "입술과 구강 점막 미란, 몸통의 물집과 표피 박리 / oral erosions, blisters and skin "
					+ "detachment on the trunk", Urgency.URGENT,
					Set.of(RedFlag.MUCOSAL_INVOLVEMENT, RedFlag.SKIN_DETACHMENT)));

	private DemoReferrals() {
	}

	/**
	 * The referral of a patient whose lesion the demo will record with {@code impression}, or of a
	 * patient without a lesion in the demo ({@code impression} null): then a reason is drawn.
	 */
	static ReferralDetails of(Diagnosis impression, Random random) {
		if (impression != null) {
			return forLesion(impression, random);
		}
		int draw = random.nextInt(100);
		if (draw < 12) {
			return forLesion(Diagnosis.MELANOMA, random);
		}
		if (draw < 40) {
			return forLesion(random.nextBoolean() ? Diagnosis.BCC : Diagnosis.SEBORRHOEIC_KERATOSIS, random);
		}
		if (draw < 60) {
			return forLesion(Diagnosis.ACTINIC_KERATOSIS, random);
		}
		if (draw < 82) {
			Toxicity toxicity = TOXICITIES.get(random.nextInt(TOXICITIES.size()));
			return new ReferralDetails(SourceKind.INTERNAL, "hematology-oncology", null, "최민호",
					ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT, List.of(DrugChoice.catalogue(toxicity.drug())),
					ONCOLOGIST, null, toxicity.redFlags(), toxicity.urgency(), toxicity.note());
		}
		return followUpAfterTreatmentElsewhere(random);
	}

	static ReferralDetails followUpAfterTreatmentElsewhere(Random random) {
		int year = 2019 + random.nextInt(5);
		String note = random.nextBoolean()
				? "타 병원에서 " + year + "년 흑색종 광범위 절제, 정기 추적 / melanoma excised elsewhere in " + year
						+ ", surveillance"
				: "타 병원에서 " + year + "년 편평세포암 절제, 정기 추적 / cSCC excised elsewhere in " + year + ", surveillance";
		return ReferralDetails.of(SourceKind.EXTERNAL, null, CLINICS[random.nextInt(CLINICS.length)], "김의사",
				ReferralReason.FOLLOW_UP_AFTER_TREATMENT_ELSEWHERE, Urgency.ROUTINE, note);
	}

	private static ReferralDetails forLesion(Diagnosis impression, Random random) {
		ReferralReason reason;
		Urgency urgency;
		String note;
		switch (impression) {
			case MELANOMA, MELANOMA_IN_SITU -> {
				reason = ReferralReason.SUSPECTED_SKIN_CANCER;
				urgency = Urgency.SUSPECTED_MELANOMA_FAST_TRACK;
				note = "3개월 사이 커지고 색이 고르지 않은 점 / mole enlarging, irregular colour over 3 months";
			}
			case CSCC -> {
				reason = ReferralReason.SUSPECTED_SKIN_CANCER;
				urgency = Urgency.URGENT;
				note = "빠르게 자라는 각화성 결절 / rapidly growing keratotic nodule";
			}
			case BCC -> {
				reason = ReferralReason.SUSPECTED_SKIN_CANCER;
				urgency = random.nextInt(3) == 0 ? Urgency.URGENT : Urgency.ROUTINE;
				note = "진주빛 결절, 가운데 궤양 / pearly nodule with central ulceration";
			}
			case ACTINIC_KERATOSIS, BOWEN_DISEASE -> {
				reason = ReferralReason.PRECANCEROUS_LESION;
				urgency = Urgency.ROUTINE;
				note = impression == Diagnosis.BOWEN_DISEASE ? "경계가 뚜렷한 붉은 각질판 / well-defined scaly red plaque"
						: "두피와 얼굴의 거친 각화 반 / rough scaly patches on scalp and face";
			}
			default -> {
				reason = ReferralReason.SUSPECTED_SKIN_CANCER;
				urgency = Urgency.ROUTINE;
				note = "환자가 걱정하는 갈색 병변, 감별 요청 / brown lesion the patient worries about";
			}
		}
		boolean internal = random.nextInt(4) == 0;
		return ReferralDetails.of(internal ? SourceKind.INTERNAL : SourceKind.EXTERNAL,
				internal ? "family-medicine" : null, internal ? null : CLINICS[random.nextInt(CLINICS.length)],
				internal ? "이가정" : "김의사", reason, urgency, note);
	}
}
