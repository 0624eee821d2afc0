package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.patient.Sex;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.cutis.referral.TriagePriority;

/**
 * The referrals that brought the center's patients, as the referral module writes them: the row
 * with its priority rank ({@link TriagePriority}, the same number the entity keeps for the triage
 * worklist's index), the drugs of a skin reaction under cancer treatment with the catalogue's names
 * and class, and the red flags of a possible severe reaction (which raise a routine referral to
 * urgent, the referrer's choice kept as requested urgency). Almost all were decided long ago; a few
 * received in the last days are still open, so the triage worklist holds what a real one holds.
 */
final class GeneratedReferrals {
	static final String[] STATES = { "RECEIVED", "ACCEPTED", "DECLINED", "VOIDED" };
	/** Referrals per 10,000 in each state of {@link #STATES}: about one in a thousand waits for triage. */
	private static final int[] STATE_WEIGHTS = { 12, 9288, 550, 150 };
	/** Patients per hundred who came with a referral (the others walked in or were seen before the registry). */
	private static final int REFERRED = 60;
	private static final String[] CLINICS = { "밝은빛피부과의원", "새솔가정의학과의원", "푸른숲내과의원", "온누리피부과의원",
			"한결의원" };
	/** Catalogue drugs (V1300: code, Korean and English name, class) and the skin reaction each is known for. */
	private static final String[][] DRUGS = {
			{ "cetuximab", "세툭시맙", "Cetuximab", "egfr-inhibitor", "얼굴과 가슴의 여드름양 발진" },
			{ "erlotinib", "엘로티닙", "Erlotinib", "egfr-inhibitor", "양쪽 엄지발가락의 손발톱 주위염" },
			{ "pembrolizumab", "펨브롤리주맙", "Pembrolizumab", "immune-checkpoint-inhibitor", "몸통의 가려운 반점구진 발진" },
			{ "nivolumab", "니볼루맙", "Nivolumab", "immune-checkpoint-inhibitor", "팔다리의 가려운 습진양 발진" },
			{ "capecitabine", "카페시타빈", "Capecitabine", "fluoropyrimidine", "손발바닥 홍반, 통증으로 보행 곤란" },
			{ "docetaxel", "도세탁셀", "Docetaxel", "taxane", "손발톱 변색과 박리" } };
	private static final String[] DECLINE_REASONS = { "지역 피부과에서 치료 가능한 양성 병변으로 판단",
			"환자가 다른 병원 진료를 원함", "의뢰서의 사진상 지루각화증, 경과 관찰 권유" };

	private final GeneratedIds ids;
	private final Random random;
	private final Instant now;
	private final CopyRows referral = new CopyRows("referral", "id, patient_id, source_kind, source_department,"
			+ " source_clinic, referring_physician, reason, oncologist_username, outside_oncologist_name,"
			+ " outside_oncologist_hospital, urgency, requested_urgency, priority_rank, note, received_at, received_by,"
			+ " status, decided_at, decided_by, booked_dermatologist, appointment_date, decline_reason, escalated_at,"
			+ " voided_at, voided_by, void_reason, version");
	private final CopyRows drug = new CopyRows("referral_drug",
			"referral_id, position, code, name_ko, name_en, drug_class, free_entry");
	private final CopyRows redFlag = new CopyRows("referral_red_flag", "referral_id, flag");
	private final GeneratedAdverseEvents adverseEvents;
	private final GeneratedProphylaxis prophylaxis;
	private long written;

	GeneratedReferrals(Random random, Instant now, ZoneId zone, GeneratedIds ids) {
		this.ids = ids;
		this.random = random;
		this.now = now;
		this.adverseEvents = new GeneratedAdverseEvents(random, now, zone, ids);
		this.prophylaxis = new GeneratedProphylaxis(random, ids);
	}

	/**
	 * The referral of a newly registered patient, if one brought them; {@code firstLesion} is the
	 * clinician's impression of the patient's first lesion (null for none), which the referrer
	 * suspected too.
	 */
	void patient(UUID patientId, Instant registered, Diagnosis firstLesion, long index) {
		// the first referrals take every state in turn, so that even a small center has each
		boolean everyState = index < STATES.length;
		if (!everyState && random.nextInt(100) >= REFERRED) {
			return;
		}
		String status = everyState ? STATES[(int) index] : STATES[pick(STATE_WEIGHTS)];
		UUID id = ids.next();
		// a drug reaction: a third of the patients without a lesion, and every fourth open one, so the worklist has red
		// flags; the first two are, so that even a small center has a red flag on the worklist, and an active reaction
		// to an EGFR inhibitor (with the skin-care module's prophylaxis)
		boolean drugReaction = index <= 1 || (firstLesion == null ? random.nextInt(3) == 0
				: status.equals("RECEIVED") && random.nextInt(4) == 0);
		ReferralReason reason;
		Urgency requested;
		String note;
		String[] drugRow = null;
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		if (drugReaction) {
			reason = ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT;
			drugRow = index == 1 ? DRUGS[0] : DRUGS[random.nextInt(DRUGS.length)];
			requested = random.nextInt(4) == 0 ? Urgency.URGENT : Urgency.ROUTINE;
			note = drugRow[1] + " 투여 중 " + drugRow[4];
			// one drug reaction in eight shows the signs of SJS/TEN or DRESS
			if (index == 0 || random.nextInt(8) == 0) {
				boolean detachment = random.nextBoolean();
				flags.add(RedFlag.MUCOSAL_INVOLVEMENT);
				flags.add(detachment ? RedFlag.SKIN_DETACHMENT : RedFlag.FEVER);
				note += detachment ? ", 구강 점막 미란과 몸통의 물집, 표피 박리" : ", 구강 점막 미란과 38도 이상의 발열";
			}
		}
		else if (firstLesion == null) {
			reason = ReferralReason.FOLLOW_UP_AFTER_TREATMENT_ELSEWHERE;
			requested = Urgency.ROUTINE;
			note = "타 병원에서 " + (2015 + random.nextInt(10)) + "년 피부암 절제, 정기 추적 의뢰";
		}
		else {
			boolean melanoma = firstLesion == Diagnosis.MELANOMA || firstLesion == Diagnosis.MELANOMA_IN_SITU;
			reason = firstLesion == Diagnosis.ACTINIC_KERATOSIS || firstLesion == Diagnosis.BOWEN_DISEASE
					? ReferralReason.PRECANCEROUS_LESION : ReferralReason.SUSPECTED_SKIN_CANCER;
			// the fast track is for a suspected melanoma only
			requested = melanoma ? Urgency.SUSPECTED_MELANOMA_FAST_TRACK
					: firstLesion == Diagnosis.CSCC || random.nextInt(5) == 0 ? Urgency.URGENT : Urgency.ROUTINE;
			note = Population.history(random, firstLesion);
		}
		// as ReferralDetails.effectiveUrgency: a red flag makes a routine referral urgent
		Urgency urgency = !flags.isEmpty() && requested == Urgency.ROUTINE ? Urgency.URGENT : requested;
		boolean internal = drugReaction || random.nextInt(4) == 0;
		String physician = SyntheticNames.draw(random, random.nextBoolean() ? Sex.FEMALE : Sex.MALE)[0];
		// open ones arrived in the last three days; the clerk records the others just after registering the patient
		boolean open = status.equals("RECEIVED");
		Instant received = open ? now.minus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)))
				: index == 1 ? now.minus(Duration.ofDays(10)) : registered.plus(Duration.ofMinutes(5 + random.nextInt(25)));
		// the nightly escalation marks an open referral past its red target (2 days fast track and urgent, 7 routine)
		Instant red = received.plus(Duration.ofDays(urgency == Urgency.ROUTINE ? 7 : 2));
		Instant escalated = open && red.isBefore(now) ? red : null;
		Instant decided = status.equals("RECEIVED") || status.equals("VOIDED") ? null
				: received.plus(Duration.ofMinutes(20 + random.nextInt(urgency == Urgency.ROUTINE ? 3 * 24 * 60 : 8 * 60)));
		String triager = SyntheticCenter.DOCTORS[random.nextInt(SyntheticCenter.DOCTORS.length)];
		boolean accepted = status.equals("ACCEPTED");
		// accepted to a dermatologist without a day: a day given at acceptance books an appointment in the clinic
		// module (its sessions and slots), which the generator does not write
		LocalDate appointment = null;
		boolean voided = status.equals("VOIDED");
		referral.add(id).add(patientId).add(internal ? "INTERNAL" : "EXTERNAL")
			.add(internal ? (drugReaction ? "hematology-oncology" : "family-medicine") : null)
			.add(internal ? null : CLINICS[random.nextInt(CLINICS.length)]).add(physician).add(reason.name())
			.add(drugReaction ? "demo-onc" : null).add(null).add(null).add(urgency.name())
			.add(urgency == requested ? null : requested.name()).add(TriagePriority.of(!flags.isEmpty(), urgency))
			.add(note).add(received).add(SyntheticCenter.CLERK).add(status).add(decided)
			.add(decided == null ? null : triager).add(accepted ? triager : null).add(appointment)
			.add(status.equals("DECLINED") ? DECLINE_REASONS[random.nextInt(DECLINE_REASONS.length)] : null).add(escalated)
			.add(voided ? received.plus(Duration.ofMinutes(15)) : null).add(voided ? SyntheticCenter.CLERK : null)
			.add(voided ? "같은 의뢰서가 두 번 접수됨" : null).add(decided != null || voided || escalated != null ? 1 : 0);
		referral.end();
		written++;
		if (drugRow != null) {
			drug.add(id).add(0).add(drugRow[0]).add(drugRow[1]).add(drugRow[2]).add(drugRow[3]).add(false);
			drug.end();
		}
		for (RedFlag flag : flags) {
			redFlag.add(id).add(flag.name());
			redFlag.end();
		}
		if (drugRow != null && accepted) {
			// the skin-care clinic sees an accepted drug reaction within the week
			Instant seen = decided.plus(Duration.ofHours(2 + random.nextInt(7 * 24)));
			seen = seen.isAfter(now) ? now.minus(Duration.ofMinutes(10)) : seen;
			adverseEvents.seen(patientId, id, drugRow, flags, received, seen);
			if (drugRow[3].equals(GeneratedProphylaxis.EGFR_INHIBITOR)) {
				prophylaxis.accepted(patientId, id, drugRow[0], decided, seen, now);
			}
		}
	}

	long written() {
		return written;
	}

	long adverseEvents() {
		return adverseEvents.written();
	}

	void copy(Connection connection) throws SQLException {
		referral.copy(connection);
		drug.copy(connection);
		redFlag.copy(connection);
		adverseEvents.copy(connection);
		prophylaxis.copy(connection);
	}

	private int pick(int[] weights) {
		int draw = random.nextInt(10_000);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return 1;
	}
}
