package org.cutis.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffEnrolment;
import org.cutis.patient.Insurance;
import org.cutis.patient.InsuranceType;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.RegistrationEssentials;
import org.cutis.patient.Rrn;
import org.cutis.patient.Sex;
import org.cutis.patient.SpecialCopay;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralIntake;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads the demonstration center once, on the first start with --demo. */
@Component
@Order(10)
@ConditionalOnProperty(name = "cutis.demo", havingValue = "true")
class DemoCenter implements ApplicationRunner {
	static final String PASSWORD = "demo-cutis";
	static final int PATIENTS = 200;
	/** How many days back the clinic sessions go (DemoFollowUp places past visits in them). */
	static final int PAST_CLINIC_DAYS = 14;
	private static final Logger log = LoggerFactory.getLogger(DemoCenter.class);

	record DemoAccount(String username, String name, Role role, Set<Department> departments) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("demo-admin", "관리자 Admin", Role.ADMIN, EnumSet.of(Department.ADMINISTRATION)),
			new DemoAccount("demo-derm", "피부과 김지현 KIM Jihyun", Role.DERMATOLOGIST, EnumSet.of(Department.DERMATOLOGY)),
			new DemoAccount("demo-derm2", "피부과 박서준 PARK Seojun", Role.DERMATOLOGIST, EnumSet.of(Department.DERMATOLOGY)),
			new DemoAccount("demo-path", "병리과 이수민 LEE Sumin", Role.PATHOLOGIST, EnumSet.of(Department.PATHOLOGY)),
			new DemoAccount("demo-onc", "종양내과 최민호 CHOI Minho", Role.ONCOLOGIST,
					EnumSet.of(Department.HEMATOLOGY_ONCOLOGY)),
			new DemoAccount("demo-surg", "성형외과 정하은 JUNG Haeun", Role.SURGEON,
					EnumSet.of(Department.PLASTIC_SURGERY, Department.DERMATOLOGY)),
			new DemoAccount("demo-rad", "방사선종양학과 강도윤 KANG Doyoon", Role.RADIATION_ONCOLOGIST,
					EnumSet.of(Department.RADIATION_ONCOLOGY)),
			new DemoAccount("demo-nurse", "간호사 윤예진 YOON Yejin", Role.NURSE, EnumSet.of(Department.NURSING)),
			new DemoAccount("demo-clerk", "원무 한태우 HAN Taewoo", Role.CLERK, EnumSet.of(Department.ADMINISTRATION)),
			// issue 14: the public site's editor
			new DemoAccount("demo-editor", "홍보 서지우 SEO Jiwoo", Role.EDITOR, EnumSet.of(Department.ADMINISTRATION)));

	private final StaffEnrolment accounts;
	private final StaffDirectory staff;
	private final PatientRegistration patients;
	private final ReferralIntake referrals;
	private final Clock clock;
	private final DemoTumorBoard tumorBoard;
	private final JdbcTemplate jdbc;

	DemoCenter(StaffEnrolment accounts, StaffDirectory staff, PatientRegistration patients, ReferralIntake referrals,
			Clock clock, DemoTumorBoard tumorBoard, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tumorBoard = tumorBoard;
		this.accounts = accounts;
		this.staff = staff;
		this.patients = patients;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (staff.find("demo-admin").isEmpty()) {
			load();
		}
		StringBuilder banner = new StringBuilder("\n=== Cutis demonstration center (synthetic patients) ===\n");
		// the demo's dates (referrals received, specimens overdue) are relative to when it was loaded
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(clock.getZone());
		banner.append("  demo started:     ").append(time.format(clock.instant())).append('\n');
		Instant loaded = jdbc.queryForObject("select min(registered_at) from patient", Instant.class);
		if (loaded != null) {
			banner.append("  demo data loaded: ").append(time.format(loaded)).append('\n');
		}
		ACCOUNTS.forEach(a -> banner.append(String.format("  %-11s %s%n", a.username(), a.role().code())));
		banner.append("  password for all demo accounts: ").append(PASSWORD).append('\n');
		log.warn(banner.toString());
	}

	private void load() {
		for (DemoAccount a : ACCOUNTS) {
			accounts.enrol(a.username(), a.name(), PASSWORD, a.role(), a.departments());
		}
		Random random = new Random(20261125L);
		LocalDate today = LocalDate.now(clock);
		openClinics(today);
		int expiringSoon = 0;
		for (int i = 0; i < PATIENTS; i++) {
			// the first patients are those DemoLoop gives a lesion (it takes them in MRN order)
			Diagnosis lesion = lesionOf(i);
			ReferralDetails referral = DemoReferrals.of(lesion, random);
			Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
			boolean older = lesion == Diagnosis.BCC || lesion == Diagnosis.CSCC || lesion == Diagnosis.ACTINIC_KERATOSIS
					|| referral.reason() == ReferralReason.PRECANCEROUS_LESION;
			LocalDate birth = today.minusYears(older ? 58 + random.nextInt(30) : 25 + random.nextInt(60))
				.minusDays(random.nextInt(365));
			boolean foreigner = random.nextInt(10) == 0;
			String[] name = foreigner ? new String[] { null, DemoNames.foreign(random, sex) }
					: DemoNames.korean(random, sex);
			String phone = String.format("010-%04d-%04d", random.nextInt(10000), random.nextInt(10000));
			PatientDetails details = new PatientDetails(name[0], name[1], sex, birth, phone,
					"서울특별시 종로구 대학로 " + (1 + random.nextInt(200)), foreigner ? "en" : "ko",
					foreigner ? "Emergency contact" : "보호자 " + name[0].charAt(0) + "가족", "배우자",
					String.format("010-%04d-%04d", random.nextInt(10000), random.nextInt(10000)), null);
			// synthetic numbers: consistent with birth date and sex, the serial makes each one unique
			Rrn rrn = Rrn.of(birth, sex, foreigner, 10_000 + i);
			SpecialCopay copay = SpecialCopay.NONE;
			if (referral.reason() == ReferralReason.FOLLOW_UP_AFTER_TREATMENT_ELSEWHERE) {
				// registered when the cancer was treated elsewhere: a few lapse within the worklist's 90 days
				LocalDate registered = expiringSoon++ < 4
						? today.minusYears(SpecialCopay.VALID_YEARS).plusDays(10 + random.nextInt(75))
						: today.minusDays(365 + random.nextInt(3 * 365));
				copay = copay(registered, i);
			}
			else if (i == COMMUNICATED_MELANOMA) {
				copay = copay(today.minusDays(14), i);
			}
			UUID patient = patients.register(details,
					new RegistrationEssentials(rrn.formatted(), insurance(foreigner, random), copay));
			refer(patient, referral, lesion != null, random);
		}
		tumorBoard.load();
		log.info("Demo center loaded: {} staff accounts, {} patients", ACCOUNTS.size(), PATIENTS);
	}

	/** The story of DemoLoop whose melanoma result was communicated 20 days ago: registered for V193 since. */
	static final int COMMUNICATED_MELANOMA = 12;

	private static Diagnosis lesionOf(int patient) {
		if (patient < DemoLoop.STORIES.size()) {
			return DemoLoop.STORIES.get(patient).impression();
		}
		int board = patient - DemoLoop.STORIES.size();
		return board < DemoCancers.BOARD_STORIES.size() ? DemoCancers.BOARD_STORIES.get(board).report().diagnosis() : null;
	}

	private static SpecialCopay copay(LocalDate registered, int patient) {
		return new SpecialCopay(String.format("%d-%07d", registered.getYear(), 1_234_000 + patient), registered);
	}

	/** Mostly national health insurance; medical aid of both grades; a few of the other kinds. */
	private static Insurance insurance(boolean foreigner, Random random) {
		int draw = random.nextInt(100);
		if (foreigner) {
			return new Insurance(draw < 70 ? InsuranceType.NATIONAL_HEALTH_INSURANCE : InsuranceType.SELF_PAY, null);
		}
		if (draw < 86) {
			return new Insurance(InsuranceType.NATIONAL_HEALTH_INSURANCE, null);
		}
		if (draw < 94) {
			return new Insurance(InsuranceType.MEDICAL_AID, draw < 90 ? 1 : 2);
		}
		return new Insurance(draw < 96 ? InsuranceType.CAR_INSURANCE
				: draw < 98 ? InsuranceType.INDUSTRIAL_ACCIDENT : InsuranceType.SELF_PAY, null);
	}

	/**
	 * The doctors' clinic sessions from two weeks ago to four weeks ahead (issue 13: an accepted referral books a real
	 * slot): mornings and afternoons for the dermatologists, mornings for the surgeon and the
	 * oncologist. Written directly: the demo opens them as the clinic's front desk would.
	 */
	private void openClinics(LocalDate today) {
		record Clinic(String doctor, String start, String end, int capacity, String room) {
		}
		List<Clinic> week = List.of(new Clinic("demo-derm", "09:00", "12:00", 12, "본관 3층 피부과 외래 1번 진료실"),
				new Clinic("demo-derm", "13:30", "17:30", 16, "본관 3층 피부과 외래 1번 진료실"),
				new Clinic("demo-derm2", "09:00", "12:00", 12, "본관 3층 피부과 외래 2번 진료실"),
				new Clinic("demo-derm2", "13:30", "17:30", 16, "본관 3층 피부과 외래 2번 진료실"),
				new Clinic("demo-surg", "09:00", "12:00", 6, "본관 4층 성형외과 외래"),
				new Clinic("demo-onc", "09:00", "12:00", 8, "암센터 2층 종양내과 외래"));
		// two weeks back (the follow-up demo's past visits, a missed one among them) to four weeks ahead
		for (int d = -PAST_CLINIC_DAYS; d <= 27; d++) {
			for (Clinic c : week) {
				java.time.LocalTime start = java.time.LocalTime.parse(c.start());
				java.time.LocalTime end = java.time.LocalTime.parse(c.end());
				jdbc.update("insert into clinic_session (id, clinician, day, starts_at, ends_at, capacity, slot_minutes,"
						+ " location, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'demo-clerk', ?)",
						UUID.randomUUID(), c.doctor(), today.plusDays(d), start, end, c.capacity(),
						(int) Duration.between(start, end).toMinutes() / c.capacity(), c.room(),
						java.sql.Timestamp.from(clock.instant()));
			}
		}
	}

	/**
	 * Patients with a lesion in the demo were seen (their referral accepted); of the others, a third
	 * still wait so the worklist shows every age flag, and only a routine referral may be declined.
	 */
	private void refer(UUID patient, ReferralDetails details, boolean seen, Random random) {
		var received = clock.instant().minus(Duration.ofHours(random.nextInt(24 * 12)));
		UUID referral = referrals.receive(patient, details, received);
		if (seen || random.nextInt(3) != 0) {
			if (!seen && details.urgency() == Urgency.ROUTINE && random.nextInt(6) == 0) {
				referrals.decline(referral, "외부 피부과에서 경과 관찰 권고");
			}
			else {
				referrals.accept(referral, random.nextBoolean() ? "demo-derm" : "demo-derm2",
						LocalDate.now(clock).plusDays(1 + random.nextInt(14)));
			}
		}
	}
}
