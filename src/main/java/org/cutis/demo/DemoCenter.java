package org.cutis.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffEnrolment;
import org.cutis.patient.Sex;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.PatientDetails;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.cutis.referral.ReferralIntake;
import org.cutis.referral.SourceKind;
import org.cutis.referral.ReferralDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demonstration center once, on the first start with --demo. */
@Component
@Order(10)
@ConditionalOnProperty(name = "cutis.demo", havingValue = "true")
class DemoCenter implements ApplicationRunner {
	static final String PASSWORD = "demo-cutis";
	static final int PATIENTS = 200;
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
			new DemoAccount("demo-clerk", "원무 한태우 HAN Taewoo", Role.CLERK, EnumSet.of(Department.ADMINISTRATION)));

	private final StaffEnrolment accounts;
	private final StaffDirectory staff;
	private final PatientRegistration patients;
	private final ReferralIntake referrals;
	private final Clock clock;
	private final DemoTumorBoard tumorBoard;

	DemoCenter(StaffEnrolment accounts, StaffDirectory staff, PatientRegistration patients, ReferralIntake referrals,
			Clock clock, DemoTumorBoard tumorBoard) {
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
		List<UUID> registered = new java.util.ArrayList<>();
		for (int i = 0; i < PATIENTS; i++) {
			String[] name = DemoNames.next(random);
			Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
			LocalDate birth = today.minusYears(25 + random.nextInt(60)).minusDays(random.nextInt(365));
			String phone = String.format("010-%04d-%04d", random.nextInt(10000), random.nextInt(10000));
			String language = random.nextInt(10) == 0 ? "en" : "ko";
			UUID patient = patients.register(new PatientDetails(name[0], name[1], sex, birth, phone,
					"서울특별시 종로구 대학로 " + (1 + random.nextInt(200)), language, "보호자 " + name[0].charAt(0) + "가족",
					"배우자", String.format("010-%04d-%04d", random.nextInt(10000), random.nextInt(10000)), null));
			referFor(patient, random);
			registered.add(patient);
		}
		tumorBoard.load();
		log.info("Demo center loaded: {} staff accounts, {} patients", ACCOUNTS.size(), PATIENTS);
	}

	private void referFor(UUID patient, Random random) {
		ReferralReason reason = ReferralReason.values()[random.nextInt(ReferralReason.values().length)];
		Urgency urgency = random.nextInt(8) == 0 ? Urgency.SUSPECTED_MELANOMA_FAST_TRACK
				: random.nextInt(4) == 0 ? Urgency.URGENT : Urgency.ROUTINE;
		boolean internal = reason == ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT || random.nextBoolean();
		ReferralDetails details = new ReferralDetails(internal ? SourceKind.INTERNAL : SourceKind.EXTERNAL,
				internal ? "hematology-oncology" : null, internal ? null : "연세피부과의원",
				internal ? "최민호" : "김의사",
				reason, reason == ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT ? "cetuximab" : null,
				reason == ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT ? "demo-onc 최민호" : null, urgency,
				"synthetic demo referral");
		var received = clock.instant().minus(Duration.ofHours(random.nextInt(24 * 12)));
		UUID referral = referrals.receive(patient, details, received);
		// most old referrals were triaged; a third still wait, so the worklist shows every age flag
		if (random.nextInt(3) != 0) {
			if (random.nextInt(6) == 0) {
				referrals.decline(referral, "외부 피부과에서 경과 관찰 권고");
			}
			else {
				referrals.accept(referral, random.nextBoolean() ? "demo-derm" : "demo-derm2",
						LocalDate.now(clock).plusDays(1 + random.nextInt(14)));
			}
		}
	}
}
