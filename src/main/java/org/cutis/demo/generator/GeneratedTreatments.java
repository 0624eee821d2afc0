package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.ExcisionMargin;
import org.cutis.rules.melanoma.ExcisionMarginPolicy;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.StagingAtDiagnosis;
import org.cutis.treatment.TreatmentType;

/**
 * The treatment of the center's cancers, as the treatment module keeps it: the clinician's plan
 * (curative, one surgical item: wide local excision of a melanoma with the margin the
 * {@code melanoma.margin} rule proposes, excision of the others with the surgeon's usual margin).
 * Most cancers are operated within six weeks of the signature; a few were treated elsewhere or
 * declined and have no plan. The surgeon records the excision the evening of the operation
 * ({@link GeneratedExcisions}: the surgery module's record and its re-excision specimen), which
 * starts the item (the surgery module's event); the specimen's signed report returns the margins,
 * which finishes it on the day of the operation and completes the plan, as the plan's listener
 * does. Each completed plan goes to {@link GeneratedSurveillance}, with the cancer as the
 * re-excision's report restaged it.
 */
final class GeneratedTreatments {
	/** Cancers per hundred the center plans to treat itself. */
	static final int TREATED = 95;
	private static final ExcisionMarginPolicy MARGINS = new ExcisionMarginPolicy();
	private static final String[] SURGEONS = { "demo-surg", "demo-surg", "demo-derm", "demo-derm2" };

	/** A cancer just opened (or as later evidence restaged it), with the report that opened it. */
	record Diagnosed(StagingAtDiagnosis.Opened cancer, GeneratedCancers.SignedReport report, Instant opened,
			Random story, StagingAtDiagnosis.SignedReport first) {
	}

	/** The margin the plan's item states and the surgeon plans, with its unit as the excision form takes it. */
	record Margin(BigDecimal value, String unit) {
		String detail() {
			return value.stripTrailingZeros().toPlainString() + " " + unit;
		}
	}

	/** A completed plan: who operated, what, and when the plan was completed. */
	record Completed(UUID planId, String surgeon, TreatmentType type, LocalDate completedOn, Instant completedAt) {
	}

	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final GeneratedSurveillance surveillance;
	private final GeneratedExcisions excisions;
	private final CopyRows plan = new CopyRows("treatment_plan", "id, cancer_id, patient_id, intent, created_by,"
			+ " created_at, completed_on, completed_at, version");
	private final CopyRows item = new CopyRows("treatment_plan_item", "id, plan_id, position, type, detail,"
			+ " responsible, department, status, source, started_on, done_on, link, changed_by, changed_at, version");

	GeneratedTreatments(Instant now, ZoneId zone, Totals totals, GeneratedSurveillance surveillance,
			GeneratedExcisions excisions) {
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.surveillance = surveillance;
		this.excisions = excisions;
	}

	/** Returns the cancer as its excision's report restaged it, null when it has none signed yet. */
	GeneratedRestaging.Restaged diagnosed(Diagnosed d) {
		Random random = d.story();
		if (random.nextInt(100) >= TREATED) {
			return null;
		}
		StagingAtDiagnosis.Opened c = d.cancer();
		GeneratedCancers.SignedReport r = d.report();
		String surgeon = SURGEONS[random.nextInt(SURGEONS.length)];
		// planned at the result visit, operated two to six weeks later
		Instant planned = d.opened().plus(Duration.ofHours(24 + random.nextInt(6 * 24)));
		if (planned.isAfter(now)) {
			return null;
		}
		LocalDate performedOn = LocalDate.ofInstant(planned, zone).plusDays(14 + random.nextInt(29));
		// the surgeon records the excision the evening of the operation
		Instant recorded = performedOn.atTime(17, random.nextInt(60)).atZone(zone).toInstant();
		Margin margin = margin(c, r);
		GeneratedExcisions.Excised excised = recorded.isBefore(now)
				? excisions.operated(d, surgeon, performedOn, margin, recorded, new Random(random.nextLong()))
				: null;
		// the excision's event starts the item; its report's, a moment after the signature, finishes it
		Instant started = excised == null ? null : recorded.plusSeconds(1 + random.nextInt(5));
		Instant finished = excised == null || excised.signedAt() == null ? null
				: excised.signedAt().plusSeconds(2 + random.nextInt(8));
		boolean done = finished != null && finished.isBefore(now);
		TreatmentType type = c.kind() == DiagnosisKind.MELANOMA ? TreatmentType.WIDE_LOCAL_EXCISION
				: TreatmentType.EXCISION;
		UUID planId = totals.ids.next();
		plan.add(planId).add(c.cancerId()).add(r.patientId()).add("CURATIVE").add(r.doctor()).add(planned)
			.add(done ? performedOn : null).add(done ? finished : null).add(done ? 1 : 0);
		plan.end();
		item.add(totals.ids.next()).add(planId).add(0).add(type.name()).add(margin.detail()).add(surgeon)
			.add(Department.DERMATOLOGY.name()).add(done ? "DONE" : started != null ? "IN_PROGRESS" : "PLANNED")
			.add("CLINICIAN").add(started != null ? performedOn : null).add(done ? performedOn : null)
			.add(excised == null ? null : "/excisions/" + excised.id()).add(started != null ? surgeon : null)
			.add(done ? finished : started).add(done ? 2 : started != null ? 1 : 0);
		item.end();
		totals.treatmentPlans++;
		GeneratedRestaging.Restaged restaged = excised == null ? null : excised.restaged();
		if (done) {
			totals.treatmentsDone++;
			Diagnosed followed = restaged == null ? d
					: new Diagnosed(restaged.current(), r, d.opened(), random, d.first());
			surveillance.treated(followed, new Completed(planId, surgeon, type, performedOn, finished));
		}
		return restaged;
	}

	/**
	 * The margin the plan's item states: for melanoma the smallest the {@code melanoma.margin} rule
	 * proposes by Breslow thickness (as the excision form proposes it); for the others a keratinocyte
	 * cancer's usual margin as the surgeon writes it (the module has no margin rule for them).
	 */
	private static Margin margin(StagingAtDiagnosis.Opened c, GeneratedCancers.SignedReport r) {
		if (c.kind() == DiagnosisKind.MELANOMA) {
			ExcisionMargin m = (c.diagnosis() == org.cutis.clinical.Diagnosis.MELANOMA_IN_SITU ? MARGINS.inSitu()
					: MARGINS.invasive(new BreslowThickness(r.text().breslowMm()))).value();
			return new Margin(m.minCm(), "cm");
		}
		return new Margin(BigDecimal.valueOf(c.kind() == DiagnosisKind.BCC ? 4 : c.kind() == DiagnosisKind.CSCC ? 6 : 10),
				"mm");
	}

	/** The accession numbers, once the chunk took them: the excisions' specimens and their restaging. */
	void accessions(Map<UUID, String> bySpecimen) {
		excisions.accessions(bySpecimen);
	}

	void copy(Connection connection) throws SQLException {
		plan.copy(connection);
		item.copy(connection);
		excisions.copy(connection);
		surveillance.copy(connection);
	}
}
