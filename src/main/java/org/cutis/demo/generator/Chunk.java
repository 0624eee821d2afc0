package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;
import org.cutis.patient.Sex;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MelanomaPrimaryFindings;
import org.cutis.rules.melanoma.MelanomaT;
import org.cutis.rules.melanoma.MelanomaTCategoryPolicy;

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
	private static final MelanomaTCategoryPolicy T_POLICY = new MelanomaTCategoryPolicy();
	/** A specimen waiting for its accession number (the year of its order and the running number). */
	private record PendingSpecimen(int year, int rowIndex) {
	}

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
	private final List<Object[]> specimens = new ArrayList<>();
	private final CopyRows step = new CopyRows("specimen_step",
			"specimen_id, status, at, by_user, reason, communication_method");
	private final List<Object[]> intake = new ArrayList<>();
	private final CopyRows report = new CopyRows("pathology_report", "id, specimen_id, patient_id, lesion_id, status,"
			+ " drafted_at, drafted_by, signed_at, signed_by, signature_method, version");
	private final CopyRows findings = new CopyRows("pathology_findings", "id, report_id, number, diagnosis,"
			+ " stated_behaviour, diagnosis_text, microscopy, histologic_subtype, breslow_mm, ulceration,"
			+ " mitotic_rate_per_mm2, differentiation, tumour_depth_mm, bcc_subtypes, peripheral_margin_involved,"
			+ " peripheral_margin_mm, deep_margin_involved, deep_margin_mm, deep_margin_transected, pt_category,"
			+ " pt_rule_set, pt_explanation, recorded_at, recorded_by");
	private final List<PendingSpecimen> pending = new ArrayList<>();
	private long stepCount;

	Chunk(Random random, Instant now, ZoneId zone, Totals totals) {
		this.random = random;
		this.now = now;
		this.zone = zone;
		this.totals = totals;
	}

	int specimenCount() {
		return pending.size();
	}

	void patient(String mrn) {
		UUID id = UUID.randomUUID();
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
		for (int n = 1; n <= lesions; n++) {
			lesion(id, n, registered, heavy);
		}
		if (heavy) {
			totals.chartPatients.add(id);
			totals.chartEvents = Math.max(totals.chartEvents, eventsSoFar() - before);
		}
	}

	/** Timeline entries written so far: lesions, specimen steps and reports. */
	private long eventsSoFar() {
		return totals.lesions + stepCount + totals.reports;
	}

	private void lesion(UUID patientId, int number, Instant registered, boolean heavy) {
		UUID id = UUID.randomUUID();
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
			specimen(patientId, id, number, site, laterality, size, impression, truth, state, recorded, doctor);
		}
	}

	private void specimen(UUID patientId, UUID lesionId, int number, AnatomicSite site, String laterality,
			BigDecimal size, Diagnosis impression, Diagnosis truth, int state, Instant ordered, String doctor) {
		UUID id = UUID.randomUUID();
		String technique = Population.technique(random, impression);
		String status = Population.STATES[state];
		boolean suspectedMelanoma = impression == Diagnosis.MELANOMA || impression == Diagnosis.MELANOMA_IN_SITU;
		boolean partial = technique.equals("SHAVE") || technique.equals("INCISIONAL");
		Behaviour result = state >= Population.SIGNED_INDEX && state < Population.REJECTED_INDEX
				? truth.behaviour() : null;
		String history = Population.history(random, impression);
		// accession filled in once the chunk knows how many numbers to take from the sequence
		specimens.add(new Object[] { id, null, patientId, lesionId, site.code(), laterality, technique,
				technique.equals("PUNCH") ? BigDecimal.valueOf(3 + random.nextInt(4)) : null,
				technique.equals("EXCISIONAL") ? BigDecimal.valueOf(2) : null, impression.name(), history,
				UUID.randomUUID(), suspectedMelanoma && partial, status, "DIAGNOSTIC",
				result == null ? null : result.name(), 0, null, null });
		pending.add(new PendingSpecimen(LocalDate.ofInstant(ordered, zone).getYear() % 100, specimens.size() - 1));
		totals.specimens++;

		Instant at = ordered;
		String nurse = SyntheticCenter.NURSE;
		List<Object[]> steps = new ArrayList<>();
		steps.add(new Object[] { "ORDERED", at, doctor, null, null });
		if (status.equals("VOIDED")) {
			steps.add(new Object[] { "VOIDED", at.plus(Duration.ofMinutes(20)), doctor, "중복 처방으로 취소", null });
		}
		Instant received = null;
		Instant signed = null;
		Instant reported = null;
		String[] path = { "COLLECTED", "SENT", "RECEIVED", "GROSSED", "REPORTED", "SIGNED", "REVIEWED", "COMMUNICATED" };
		long[] minutesAfter = { 15, 120, 20 * 60, 24 * 60, 36 * 60, 24 * 60, 30 * 60, 48 * 60 };
		int reached = status.equals("VOIDED") ? -1 : status.equals("REJECTED") ? 2 : indexOf(path, status);
		for (int k = 0; k <= reached && k < path.length; k++) {
			at = at.plus(Duration.ofMinutes(minutesAfter[k] + random.nextInt(60)));
			if (at.isAfter(now)) {
				at = now.minus(Duration.ofMinutes(path.length - k));
			}
			String by = switch (path[k]) {
				case "COLLECTED", "SENT" -> nurse;
				case "RECEIVED", "GROSSED", "REPORTED", "SIGNED" -> SyntheticCenter.PATHOLOGIST;
				default -> doctor;
			};
			if (status.equals("REJECTED") && k == 2) {
				steps.add(new Object[] { "REJECTED", at, SyntheticCenter.PATHOLOGIST, "검체 라벨과 처방의 부위가 일치하지 않음", null });
				break;
			}
			steps.add(new Object[] { path[k], at, by, null,
					path[k].equals("COMMUNICATED") ? (random.nextBoolean() ? "IN_PERSON" : "PHONE") : null });
			if (path[k].equals("RECEIVED")) {
				received = at;
			}
			if (path[k].equals("SIGNED")) {
				signed = at;
			}
			if (path[k].equals("REPORTED")) {
				reported = at;
			}
		}
		PathLogWait.fill(specimens.get(specimens.size() - 1), status, result, steps);
		stepCount += steps.size();
		for (Object[] s : steps) {
			step.add(id).add(s[0]).add(s[1]).add(s[2]).add(s[3]).add(s[4]);
			step.end();
		}
		if (received != null) {
			intake.add(new Object[] { id, null, patientId, lesionId, "L" + number, site.code(), laterality, technique,
					"DIAGNOSTIC", impression.name(), history, size, doctor, received, SyntheticCenter.PATHOLOGIST, null, null, signed });
		}
		if (state >= Population.REPORTED_INDEX && state < Population.REJECTED_INDEX) {
			report(id, patientId, lesionId, truth, reported, signed);
		}
	}

	private void report(UUID specimenId, UUID patientId, UUID lesionId, Diagnosis diagnosis, Instant drafted,
			Instant signed) {
		UUID id = UUID.randomUUID();
		report.add(id).add(specimenId).add(patientId).add(lesionId).add(signed == null ? "DRAFT" : "SIGNED")
			.add(drafted).add(SyntheticCenter.PATHOLOGIST).add(signed).add(signed == null ? null : SyntheticCenter.PATHOLOGIST)
			.add(signed == null ? null : "password").add(0);
		report.end();
		totals.reports++;
		ReportText text = ReportText.of(random, diagnosis);
		String pt = null;
		String ruleSet = null;
		String explanation = null;
		if (diagnosis == Diagnosis.MELANOMA || diagnosis == Diagnosis.MELANOMA_IN_SITU) {
			boolean inSitu = diagnosis == Diagnosis.MELANOMA_IN_SITU;
			Finding<MelanomaT> t = T_POLICY.classify(new MelanomaPrimaryFindings(true, inSitu,
					inSitu ? null : new BreslowThickness(text.breslowMm()), Boolean.TRUE.equals(text.ulceration())));
			pt = "p" + t.value().code();
			ruleSet = t.ruleSet().id();
			explanation = Explanation.encode(t.why());
		}
		findings.add(UUID.randomUUID()).add(id).add(1).add(diagnosis.name()).add(null).add(text.diagnosisText())
			.add(text.microscopy()).add(text.subtype()).add(text.breslowMm()).add(text.ulceration())
			.add(text.mitoses()).add(text.differentiation()).add(text.depthMm()).add(text.bccSubtypes())
			.add(text.peripheralInvolved()).add(text.peripheralMm()).add(false).add(text.deepMm()).add(false)
			.add(pt).add(ruleSet).add(explanation).add(drafted).add(SyntheticCenter.PATHOLOGIST);
		findings.end();
	}

	void accessions(long[] numbers) {
		for (int i = 0; i < numbers.length; i++) {
			PendingSpecimen p = pending.get(i);
			String accession = String.format("S%02d-%06d", p.year(), numbers[i]);
			specimens.get(p.rowIndex())[1] = accession;
			if (totals.accessions.size() < 2_000 && random.nextInt(5) == 0) {
				totals.accessions.add(accession);
			}
		}
		int next = 0;
		for (Object[] row : intake) {
			// the intake rows follow their specimens in the same order
			while (!specimens.get(next)[0].equals(row[0])) {
				next++;
			}
			row[1] = specimens.get(next)[1];
		}
	}

	void copy(Connection connection) throws SQLException {
		patient.copy(connection);
		lesion.copy(connection);
		CopyRows specimen = new CopyRows("specimen", "id, accession, patient_id, lesion_id, site, laterality,"
				+ " technique, punch_diameter_mm, excision_margin_mm, clinical_impression, clinical_history, photo_id,"
				+ " melanoma_warning_acknowledged, status, role, result_behaviour, version, path_awaits, path_since");
		rows(specimen, specimens).copy(connection);
		step.copy(connection);
		CopyRows pathologySpecimen = new CopyRows("pathology_specimen", "specimen_id, accession, patient_id,"
				+ " lesion_id, lesion_label, site, laterality, technique, role, clinical_impression, clinical_history,"
				+ " clinical_diameter_mm, ordered_by, received_at, received_by, withdrawn_at, withdraw_reason, signed_at");
		rows(pathologySpecimen, intake).copy(connection);
		report.copy(connection);
		findings.copy(connection);
	}

	private static CopyRows rows(CopyRows into, List<Object[]> rows) {
		for (Object[] row : rows) {
			for (Object value : row) {
				into.add(value);
			}
			into.end();
		}
		return into;
	}

	private String phone() {
		return String.format("010-%04d-%04d", random.nextInt(10000), random.nextInt(10000));
	}

	private static int indexOf(String[] values, String value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i].equals(value)) {
				return i;
			}
		}
		return -1;
	}
}
