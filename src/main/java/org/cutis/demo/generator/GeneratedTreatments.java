package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * {@code melanoma.margin} rule proposes, excision of the others with the surgeon's usual margin),
 * which the surgeon marks done on the day of the operation, completing the plan. Most cancers are
 * operated within six weeks of the signature; a few were treated elsewhere or declined and have no
 * plan. The excision's own record (surgery module) is not written: the application's always
 * orders a re-excision specimen through the biopsy module, whose signed report restages the cancer,
 * a chain the generator does not make. Each completed plan goes to {@link GeneratedSurveillance}.
 */
final class GeneratedTreatments {
	/** Cancers per hundred the center plans to treat itself. */
	static final int TREATED = 95;
	private static final ExcisionMarginPolicy MARGINS = new ExcisionMarginPolicy();
	private static final String[] SURGEONS = { "demo-surg", "demo-surg", "demo-derm", "demo-derm2" };

	/** A cancer just opened, with the report that opened it. */
	record Diagnosed(StagingAtDiagnosis.Opened cancer, GeneratedCancers.SignedReport report, Instant opened,
			Random story) {
	}

	/** A completed plan: who operated, what, and when the plan was completed. */
	record Completed(UUID planId, String surgeon, TreatmentType type, LocalDate completedOn, Instant completedAt) {
	}

	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final GeneratedSurveillance surveillance;
	private final CopyRows plan = new CopyRows("treatment_plan", "id, cancer_id, patient_id, intent, created_by,"
			+ " created_at, completed_on, completed_at, version");
	private final CopyRows item = new CopyRows("treatment_plan_item", "id, plan_id, position, type, detail,"
			+ " responsible, department, status, source, started_on, done_on, link, changed_by, changed_at, version");

	GeneratedTreatments(Instant now, ZoneId zone, Totals totals, GeneratedSurveillance surveillance) {
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.surveillance = surveillance;
	}

	void diagnosed(Diagnosed d) {
		Random random = d.story();
		if (random.nextInt(100) >= TREATED) {
			return;
		}
		StagingAtDiagnosis.Opened c = d.cancer();
		GeneratedCancers.SignedReport r = d.report();
		String surgeon = SURGEONS[random.nextInt(SURGEONS.length)];
		// planned at the result visit, operated two to six weeks later
		Instant planned = d.opened().plus(Duration.ofHours(24 + random.nextInt(6 * 24)));
		if (planned.isAfter(now)) {
			return;
		}
		LocalDate performedOn = LocalDate.ofInstant(planned, zone).plusDays(14 + random.nextInt(29));
		// the surgeon marks the item done on the plan the evening of the operation (the plan then completes)
		Instant marked = performedOn.atTime(17, random.nextInt(60)).atZone(zone).toInstant();
		boolean done = marked.isBefore(now);
		String margin = margin(c, r);
		TreatmentType type = c.kind() == DiagnosisKind.MELANOMA ? TreatmentType.WIDE_LOCAL_EXCISION
				: TreatmentType.EXCISION;
		UUID planId = totals.ids.next();
		plan.add(planId).add(c.cancerId()).add(r.patientId()).add("CURATIVE").add(r.doctor()).add(planned)
			.add(done ? performedOn : null).add(done ? marked : null).add(done ? 1 : 0);
		plan.end();
		item.add(totals.ids.next()).add(planId).add(0).add(type.name()).add(margin).add(surgeon)
			.add(Department.DERMATOLOGY.name()).add(done ? "DONE" : "PLANNED").add("CLINICIAN")
			.add(done ? performedOn : null).add(done ? performedOn : null).add(null).add(done ? surgeon : null)
			.add(done ? marked : null).add(done ? 1 : 0);
		item.end();
		totals.treatmentPlans++;
		if (done) {
			totals.treatmentsDone++;
			surveillance.treated(d, new Completed(planId, surgeon, type, performedOn, marked));
		}
	}

	/**
	 * The margin the plan's item states: for melanoma the smallest the {@code melanoma.margin} rule
	 * proposes by Breslow thickness (as the excision form proposes it); for the others a keratinocyte
	 * cancer's usual margin as the surgeon writes it (the module has no margin rule for them).
	 */
	private static String margin(StagingAtDiagnosis.Opened c, GeneratedCancers.SignedReport r) {
		if (c.kind() == DiagnosisKind.MELANOMA) {
			ExcisionMargin m = (c.diagnosis() == org.cutis.clinical.Diagnosis.MELANOMA_IN_SITU ? MARGINS.inSitu()
					: MARGINS.invasive(new BreslowThickness(r.text().breslowMm()))).value();
			return m.minCm().stripTrailingZeros().toPlainString() + " cm";
		}
		return (c.kind() == DiagnosisKind.BCC ? 4 : c.kind() == DiagnosisKind.CSCC ? 6 : 10) + " mm";
	}

	void copy(Connection connection) throws SQLException {
		plan.copy(connection);
		item.copy(connection);
		surveillance.copy(connection);
	}
}
