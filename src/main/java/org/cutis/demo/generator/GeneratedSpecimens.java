package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MelanomaPrimaryFindings;
import org.cutis.rules.melanoma.MelanomaT;
import org.cutis.rules.melanoma.MelanomaTCategoryPolicy;
import org.cutis.surveillance.FollowUpCalendar;

/**
 * A biopsied lesion's story in one chunk: the specimen with its steps up to its state, the
 * pathologist's intake once received, and the report (a draft, or signed with synoptic findings).
 * The excisions' re-excision specimens ({@link GeneratedExcisions}) go through the same rows.
 * Accession numbers are filled in last, once the chunk knows how many to take from the sequence.
 */
final class GeneratedSpecimens {
	private static final MelanomaTCategoryPolicy T_POLICY = new MelanomaTCategoryPolicy();
	/** The loop after the order, in order, and the minutes each step usually follows the one before. */
	static final String[] PATH = { "COLLECTED", "SENT", "RECEIVED", "GROSSED", "REPORTED", "SIGNED", "REVIEWED",
			"COMMUNICATED" };
	static final long[] MINUTES_AFTER = { 15, 120, 20 * 60, 24 * 60, 36 * 60, 24 * 60, 30 * 60, 48 * 60 };
	/** Where the photo id sits in a specimen row (a re-excision's requisition takes the lesion's latest). */
	static final int PHOTO = 11;
	/** A specimen waiting for its accession number (the year of its order and the running number). */
	private record PendingSpecimen(int year, int rowIndex) {
	}

	private final Random random;
	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
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
	private final GeneratedCancers cancers;

	GeneratedSpecimens(Random random, Instant now, ZoneId zone, Totals totals, FollowUpCalendar calendar,
			GeneratedClinic clinic) {
		this.random = random;
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.cancers = new GeneratedCancers(random, now, zone, totals, new GeneratedTreatments(now, zone, totals,
				new GeneratedSurveillance(now, zone, totals, calendar, clinic), new GeneratedExcisions(now, zone, totals,
						this)));
	}

	int count() {
		return pending.size();
	}

	/** Specimen steps written so far (timeline entries of the charts), re-excisions' included. */
	long steps() {
		return totals.specimenSteps;
	}

	/** A re-excision's specimen row (its accession taken with the chunk's others), ordered in {@code year}. */
	void reExcision(Object[] row, int year) {
		specimens.add(row);
		pending.add(new PendingSpecimen(year % 100, specimens.size() - 1));
		// counted apart: the count of biopsies decides the first ones' states (every state of the loop in turn)
		totals.reExcisionSpecimens++;
	}

	/** A specimen's steps, each (status, at, by, reason, communication method). */
	void steps(UUID specimenId, List<Object[]> steps) {
		totals.specimenSteps += steps.size();
		for (Object[] s : steps) {
			step.add(specimenId).add(s[0]).add(s[1]).add(s[2]).add(s[3]).add(s[4]);
			step.end();
		}
	}

	/** The pathologist's intake of a received specimen; its accession (index 1) is filled in with the others. */
	void intake(Object[] row) {
		intake.add(row);
	}

	void specimen(UUID patientId, UUID lesionId, int number, AnatomicSite site, String laterality,
			BigDecimal size, Diagnosis impression, Diagnosis truth, int state, Instant ordered, String doctor) {
		UUID id = totals.ids.next();
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
				totals.ids.next(), suspectedMelanoma && partial, status, "DIAGNOSTIC",
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
		String[] path = PATH;
		long[] minutesAfter = MINUTES_AFTER;
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
		Object[] row = specimens.get(specimens.size() - 1);
		PathLogWait.fill(row, status, result, steps);
		steps(id, steps);
		if (received != null) {
			intake.add(new Object[] { id, null, patientId, lesionId, "L" + number, site.code(), laterality, technique,
					"DIAGNOSTIC", impression.name(), history, size, doctor, received, SyntheticCenter.PATHOLOGIST, null, null, signed });
		}
		if (state >= Population.REPORTED_INDEX && state < Population.REJECTED_INDEX) {
			ReportText text = ReportText.of(random, truth);
			UUID reportId = report(id, patientId, lesionId, truth, null, text, reported, signed);
			if (signed != null) {
				cancers.signed(new GeneratedCancers.SignedReport(patientId, lesionId, number, site, laterality, size, id,
						reportId, truth, text, signed, doctor, impression, (UUID) row[PHOTO]));
			}
		}
	}

	/**
	 * A report (a draft, or signed) with its findings in the words and values of {@code text}; the
	 * behaviour is stated only for a diagnosis of "other". Returns the report's id.
	 */
	UUID report(UUID specimenId, UUID patientId, UUID lesionId, Diagnosis diagnosis, Behaviour stated, ReportText text,
			Instant drafted, Instant signed) {
		UUID id = totals.ids.next();
		report.add(id).add(specimenId).add(patientId).add(lesionId).add(signed == null ? "DRAFT" : "SIGNED")
			.add(drafted).add(SyntheticCenter.PATHOLOGIST).add(signed).add(signed == null ? null : SyntheticCenter.PATHOLOGIST)
			.add(signed == null ? null : "password").add(0);
		report.end();
		totals.reports++;
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
		findings.add(totals.ids.next()).add(id).add(1).add(diagnosis.name()).add(stated == null ? null : stated.name())
			.add(text.diagnosisText())
			.add(text.microscopy()).add(text.subtype()).add(text.breslowMm()).add(text.ulceration())
			.add(text.mitoses()).add(text.differentiation()).add(text.depthMm()).add(text.bccSubtypes())
			.add(text.peripheralInvolved()).add(text.peripheralMm()).add(false).add(text.deepMm()).add(false)
			.add(pt).add(ruleSet).add(explanation).add(drafted).add(SyntheticCenter.PATHOLOGIST);
		findings.end();
		return id;
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
		Map<UUID, String> bySpecimen = new HashMap<>();
		for (Object[] row : specimens) {
			bySpecimen.put((UUID) row[0], (String) row[1]);
		}
		cancers.accessions(bySpecimen);
		for (Object[] row : intake) {
			row[1] = bySpecimen.get((UUID) row[0]);
		}
	}

	void copy(Connection connection) throws SQLException {
		CopyRows specimen = new CopyRows("specimen", "id, accession, patient_id, lesion_id, site, laterality,"
				+ " technique, punch_diameter_mm, excision_margin_mm, clinical_impression, clinical_history, photo_id,"
				+ " melanoma_warning_acknowledged, status, role, result_behaviour, version, path_awaits, path_since");
		CopyRows.rows(specimen, specimens).copy(connection);
		step.copy(connection);
		CopyRows pathologySpecimen = new CopyRows("pathology_specimen", "specimen_id, accession, patient_id,"
				+ " lesion_id, lesion_label, site, laterality, technique, role, clinical_impression, clinical_history,"
				+ " clinical_diameter_mm, ordered_by, received_at, received_by, withdrawn_at, withdraw_reason, signed_at");
		CopyRows.rows(pathologySpecimen, intake).copy(connection);
		report.copy(connection);
		findings.copy(connection);
		cancers.copy(connection);
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
