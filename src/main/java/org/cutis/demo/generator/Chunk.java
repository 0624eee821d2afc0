package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;
import org.cutis.patient.Sex;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.surveillance.FollowUpCalendar;

/** One chunk's rows, table by table in the order of their foreign keys. */
final class Chunk {
	/**
	 * One patient in a hundred is born on this day (and the first twenty), so that registration is
	 * measured where the duplicate check has the most namesakes by birth date to look at.
	 */
	static final LocalDate CROWDED_BIRTH_DATE = LocalDate.of(1958, 1, 1);
	/** Every this-many-th patient, from the first, has a long history: the chart the benchmark opens. */
	static final int HEAVY_CHART_EVERY = 100_000;
	/** Lesions of a heavy chart, each biopsied: with their steps and reports over 500 timeline entries. */
	static final int HEAVY_CHART_LESIONS = 60;

	private final Random random;
	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final CopyRows patient = new CopyRows("patient", "id, mrn, name_hangul, name_latin, name_latin_key, sex,"
			+ " birth_date, phone, address, preferred_language, emergency_name, emergency_relation, emergency_phone,"
			+ " registered_at, registered_by, insurance_type, insurance_grade, version");
	private final CopyRows lesion = new CopyRows("lesion", "id, patient_id, number, site, laterality, body_view,"
			+ " map_x, map_y, size_mm, colour, asymmetry, border_irregular, colour_variegated, diameter_over_6mm,"
			+ " evolving, dermoscopy_pattern, impression, differential, suspicion, recorded_at, recorded_by, version");
	private final GeneratedSpecimens specimens;
	private final GeneratedReferrals referrals;
	private final GeneratedClinic clinic;

	Chunk(Random random, Instant now, ZoneId zone, Totals totals, FollowUpCalendar calendar, GeneratedClinic clinic) {
		this.clinic = clinic;
		this.random = random;
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.specimens = new GeneratedSpecimens(random, now, zone, totals, calendar, clinic);
		this.referrals = new GeneratedReferrals(random, now, zone, totals.ids);
	}

	int specimenCount() {
		return specimens.count();
	}

	void accessions(long[] numbers) {
		specimens.accessions(numbers);
	}

	void patient(String mrn) {
		UUID id = totals.ids.next();
		Sex sex = random.nextInt(100) < 52 ? Sex.FEMALE : Sex.MALE;
		String[] name = SyntheticNames.draw(random, sex);
		LocalDate today = LocalDate.ofInstant(now, zone);
		long index = totals.patients;
		LocalDate birth = today.minusYears(Population.age(random)).minusDays(random.nextInt(365));
		if (index < 20 || index % 100 == 50) {
			birth = CROWDED_BIRTH_DATE;
			totals.crowded++;
		}
		boolean heavy = index % HEAVY_CHART_EVERY == 0;
		// registered over the ten years before the last two weeks
		Instant registered = now.minus(Duration.ofDays(14)).minus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
		int insurance = random.nextInt(100);
		patient.add(id).add(mrn).add(name[0]).add(name[1]).add(name[1].toLowerCase().replaceAll("[^a-z]", ""))
			.add(sex.name()).add(birth).add(phone()).add(Population.address(random)).add("ko")
			.add("보호자 " + name[0].charAt(0) + "가족").add(random.nextBoolean() ? "배우자" : "자녀").add(phone())
			.add(registered).add(SyntheticCenter.CLERK).add(insurance < 94 ? "NATIONAL_HEALTH_INSURANCE" : "MEDICAL_AID")
			.add(insurance < 94 ? null : insurance < 97 ? 1 : 2).add(0);
		patient.end();
		totals.patients++;
		totals.patientIds.add(id);
		if (totals.mrns.size() < 2_000 && random.nextInt(10) == 0) {
			totals.mrns.add(mrn);
			totals.names.add(name[0]);
		}
		int lesions = heavy ? HEAVY_CHART_LESIONS : Population.lesionCount(random);
		long before = eventsSoFar();
		Diagnosis first = null;
		for (int n = 1; n <= lesions; n++) {
			Diagnosis impression = lesion(id, n, registered, heavy);
			first = n == 1 ? impression : first;
		}
		referrals.patient(id, registered, first, index);
		if (heavy) {
			totals.chartPatients.add(id);
			totals.chartEvents = Math.max(totals.chartEvents, eventsSoFar() - before);
		}
	}

	/** Timeline entries written so far: lesions, specimen steps and reports. */
	private long eventsSoFar() {
		return totals.lesions + specimens.steps() + totals.reports;
	}

	/** Returns the clinician's impression, which a referral may have suspected too. */
	private Diagnosis lesion(UUID patientId, int number, Instant registered, boolean heavy) {
		UUID id = totals.ids.next();
		Diagnosis truth = Population.diagnosis(random);
		// the clinician's impression matches the later histology four times in five
		Diagnosis impression = random.nextInt(5) == 0 ? Population.diagnosis(random) : truth;
		AnatomicSite site = Population.site(random, truth);
		String laterality = site == AnatomicSite.NOSE || site == AnatomicSite.CHIN || site == AnatomicSite.BACK
				|| site == AnatomicSite.CHEST || site == AnatomicSite.ABDOMEN ? "MIDLINE"
						: random.nextBoolean() ? "LEFT" : "RIGHT";
		BigDecimal size = BigDecimal.valueOf(2 + random.nextInt(200), 1).add(BigDecimal.valueOf(truth == Diagnosis.MELANOMA ? 3 : 0));
		boolean malignant = truth.isMalignant() || truth.behaviour() == Behaviour.IN_SITU;
		String suspicion = impression.isMalignant() ? (random.nextInt(3) == 0 ? "MODERATE" : "HIGH")
				: impression.behaviour() == Behaviour.IN_SITU ? "MODERATE" : "LOW";
		// a lesion in the loop right now was seen in the last two weeks, the others over the years
		boolean biopsied = heavy || malignant || random.nextInt(100) < 55;
		// the first specimens of a run take every state of the loop in turn, so that even a small center has each
		int state = biopsied && totals.specimens < Population.STATES.length ? (int) totals.specimens
				: Population.specimenState(random);
		Instant recorded = biopsied && state < Population.DONE
				? now.minus(Duration.ofHours(6 * 24 + random.nextInt(7 * 24)))
				: registered.plus(Duration.ofMinutes(60 + random.nextInt(7 * 24 * 60)));
		String doctor = SyntheticCenter.DOCTORS[random.nextInt(SyntheticCenter.DOCTORS.length)];
		lesion.add(id).add(patientId).add(number).add(site.code()).add(laterality).add(Population.view(site))
			.add(BigDecimal.valueOf(1000 + random.nextInt(8000), 2)).add(BigDecimal.valueOf(1000 + random.nextInt(8000), 2))
			.add(size).add(Population.colour(random, impression)).add(malignant && random.nextBoolean())
			.add(malignant && random.nextBoolean()).add(truth == Diagnosis.MELANOMA && random.nextBoolean())
			.add(size.compareTo(BigDecimal.valueOf(6)) > 0).add(malignant && random.nextInt(3) == 0)
			.add(Population.dermoscopy(random, impression)).add(impression.name()).add(Population.differential(impression))
			.add(suspicion).add(recorded).add(doctor).add(0);
		lesion.end();
		totals.lesions++;
		if (biopsied) {
			specimens.specimen(patientId, id, number, site, laterality, size, impression, truth, state, recorded, doctor);
		}
		return impression;
	}

	void copy(Connection connection) throws SQLException {
		patient.copy(connection);
		lesion.copy(connection);
		specimens.copy(connection);
		referrals.copy(connection);
		clinic.copy(connection);
		totals.referrals += referrals.written();
		totals.adverseEvents += referrals.adverseEvents();
	}

	private String phone() {
		return String.format("010-%04d-%04d", random.nextInt(10000), random.nextInt(10000));
	}
}
