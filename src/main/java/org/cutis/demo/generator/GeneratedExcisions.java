package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cutis.biopsy.BiopsyOrder;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.pathology.Synoptic;
import org.cutis.staging.StagingAtDiagnosis;
import org.cutis.treatment.ExcisionAtOperation;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The surgery module's excision records, as {@code SurgeryRecords.recordExcision} leaves them on the
 * evening of the operation ({@link ExcisionAtOperation}: the rules' margin proposal, the planned
 * margin of the plan's item), with the re-excision specimen it orders through the biopsy module
 * (an excisional biopsy of the lesion with the planned margin, the requisition's words from the
 * surgery module's own messages, the photo of the lesion's biopsy order), that specimen's loop as
 * far as it got by now, the pathologist's intake and report ({@link ReExcisionReport}), and what the
 * signature's listeners do: the margins copied onto the excision ({@code PathologyToExcision}) and
 * the report added to the cancer's evidence, which restages it ({@link GeneratedRestaging}).
 */
final class GeneratedExcisions {
	/** The surgery module's words for the requisition, in Korean as the center's surgeons record them. */
	private static final ResourceBundleMessageSource SURGERY_MESSAGES = new ResourceBundleMessageSource();
	static {
		SURGERY_MESSAGES.setBasename("messages/surgery");
		SURGERY_MESSAGES.setDefaultEncoding("UTF-8");
		SURGERY_MESSAGES.setFallbackToSystemLocale(false);
	}

	/** An excision recorded: its id, when its specimen's report was signed (null: not yet) and the restaging. */
	record Excised(UUID id, Instant signedAt, GeneratedRestaging.Restaged restaged) {
	}

	private static final int ACCESSION = 20;

	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final GeneratedSpecimens specimens;
	private final GeneratedRestaging restaging;
	/** Excision rows wait for their specimen's accession number (index {@link #ACCESSION}). */
	private final List<Object[]> excisions = new ArrayList<>();

	GeneratedExcisions(Instant now, ZoneId zone, Totals totals, GeneratedSpecimens specimens) {
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.specimens = specimens;
		this.restaging = new GeneratedRestaging(now, totals);
	}

	/** The excision {@code surgeon} recorded at {@code recorded}, on the day of the operation. */
	Excised operated(GeneratedTreatments.Diagnosed d, String surgeon, LocalDate performedOn,
			GeneratedTreatments.Margin margin, Instant recorded, Random random) {
		StagingAtDiagnosis.Opened c = d.cancer();
		GeneratedCancers.SignedReport r = d.report();
		String label = "L" + r.number();
		ExcisionAtOperation excision = ExcisionAtOperation.recorded(new ExcisionAtOperation.Operated(c.cancerId(),
				r.patientId(), r.lesionId(), label, c.kind(), c.diagnosis() == Diagnosis.MELANOMA_IN_SITU,
				r.text().breslowMm(), surgeon, performedOn, margin.value(), margin.unit(), null), surgeon, recorded,
				performedOn);
		UUID id = totals.ids.next();
		UUID specimenId = totals.ids.next();
		String history = SURGERY_MESSAGES.getMessage("surgery.excision.requisition",
				new Object[] { excision.plannedMarginText(), label }, Locale.KOREAN);
		BiopsyOrder order = new BiopsyOrder(BiopsyTechnique.EXCISIONAL, null, excision.plannedMarginMm(), history,
				r.photoId(), false, SpecimenRole.RE_EXCISION);
		order.validate(r.impression().isMelanomaPrimary(), r.sizeMm(), true);

		List<Object[]> steps = new ArrayList<>();
		steps.add(new Object[] { "ORDERED", recorded, surgeon, null, null });
		Instant received = null;
		Instant reported = null;
		Instant signed = null;
		Instant at = recorded;
		for (int k = 0; k < GeneratedSpecimens.PATH.length; k++) {
			at = at.plus(Duration.ofMinutes(GeneratedSpecimens.MINUTES_AFTER[k] + random.nextInt(60)));
			if (!at.isBefore(now)) {
				break;
			}
			String step = GeneratedSpecimens.PATH[k];
			String by = switch (step) {
				case "COLLECTED", "SENT" -> SyntheticCenter.NURSE;
				case "RECEIVED", "GROSSED", "REPORTED", "SIGNED" -> SyntheticCenter.PATHOLOGIST;
				default -> surgeon;
			};
			steps.add(new Object[] { step, at, by, null,
					step.equals("COMMUNICATED") ? (random.nextBoolean() ? "IN_PERSON" : "PHONE") : null });
			switch (step) {
				case "RECEIVED" -> received = at;
				case "REPORTED" -> reported = at;
				case "SIGNED" -> signed = at;
				default -> {
				}
			}
		}
		// drawn whether or not it is reported yet, so that the time of the run does not shift the draws after it
		ReExcisionReport report = ReExcisionReport.of(random, c.diagnosis(), r.text());
		TumourFacts facts = GeneratedCancers.facts(report.diagnosis(), report.behaviour(), SpecimenRole.RE_EXCISION,
				report.text());
		synoptic(report).validate();
		String status = (String) steps.get(steps.size() - 1)[0];
		Behaviour result = signed == null ? null : facts.behaviour();
		Object[] specimen = { specimenId, null, r.patientId(), r.lesionId(), r.site().code(), r.laterality(),
				BiopsyTechnique.EXCISIONAL.name(), null, excision.plannedMarginMm(), r.impression().name(), history,
				r.photoId(), false, status, SpecimenRole.RE_EXCISION.name(), result == null ? null : result.name(), 0,
				null, null };
		PathLogWait.fill(specimen, status, result, steps);
		specimens.reExcision(specimen, LocalDate.ofInstant(recorded, zone).getYear());
		specimens.steps(specimenId, steps);
		if (received != null) {
			specimens.intake(new Object[] { specimenId, null, r.patientId(), r.lesionId(), label, r.site().code(),
					r.laterality(), BiopsyTechnique.EXCISIONAL.name(), SpecimenRole.RE_EXCISION.name(),
					r.impression().name(), history, r.sizeMm(), surgeon, received, SyntheticCenter.PATHOLOGIST, null, null,
					signed });
		}
		GeneratedRestaging.Restaged restaged = null;
		if (reported != null) {
			UUID reportId = specimens.report(specimenId, r.patientId(), r.lesionId(), report.diagnosis(), report.stated(),
					report.text(), reported, signed);
			if (signed != null) {
				excision.marginsReturned(reportId, facts.margins(), SyntheticCenter.PATHOLOGIST, signed);
				// staging's listener records the evidence moments after the signature commits
				Instant evidenceAt = signed.plusSeconds(1 + random.nextInt(5));
				restaged = restaging.added(d, reportId, specimenId, facts, LocalDate.ofInstant(signed, zone), evidenceAt,
						surgeon, random);
				totals.excisionsResidual += report.residual() ? 1 : 0;
				totals.excisionsInvolved += Boolean.FALSE.equals(excision.marginsClear()) ? 1 : 0;
			}
		}
		excisions.add(row(id, d, label, surgeon, performedOn, excision, specimenId, recorded));
		totals.excisions++;
		return new Excised(id, signed, restaged);
	}

	/** surgery_excision as the Excision entity keeps it, column by column; version 1 once the margins came back. */
	private Object[] row(UUID id, GeneratedTreatments.Diagnosed d, String label, String surgeon, LocalDate performedOn,
			ExcisionAtOperation e, UUID specimenId, Instant recorded) {
		boolean done = e.reportId() != null;
		return new Object[] { id, d.cancer().cancerId(), d.report().patientId(), d.report().lesionId(), label,
				e.cancerKind(), e.treatmentType().name(), surgeon, performedOn, e.plannedMargin(), e.marginUnit(),
				e.plannedMarginMm(), e.proposedMinCm(), e.proposedMaxCm(), e.proposalRuleSet(), e.proposalSource(),
				e.proposalExplanation(), e.narrowerReason(), null, specimenId, null, e.status(), e.reportId(),
				e.peripheralInvolved(), e.peripheralMm(), e.deepInvolved(), e.deepMm(), e.deepTransected(),
				e.marginsSignedAt(), e.marginsSignedBy(), surgeon, recorded, null, null, null, done ? 1 : 0 };
	}

	/** The report as the pathologist's form submits it, so that the form's own checks pass on it. */
	private static Synoptic synoptic(ReExcisionReport r) {
		ReportText t = r.text();
		return new Synoptic(r.diagnosis(), r.stated(), t.diagnosisText(), t.microscopy(), t.subtype(),
				new Synoptic.Melanoma(t.breslowMm(), null, t.ulceration(), t.mitoses(), null, null, null, null, null, null),
				new Synoptic.Squamous(t.differentiation(), t.depthMm(), null, null, null, t.bccSubtypes()),
				new Synoptic.Margins(t.peripheralInvolved(), t.peripheralMm(), false, t.deepMm(), false), null);
	}

	/** The accession numbers, once the chunk took them from the sequence. */
	void accessions(Map<UUID, String> bySpecimen) {
		for (Object[] row : excisions) {
			row[ACCESSION] = bySpecimen.get((UUID) row[19]);
		}
		restaging.accessions(bySpecimen);
	}

	void copy(Connection connection) throws SQLException {
		CopyRows.rows(new CopyRows("surgery_excision", "id, cancer_id, patient_id, lesion_id, lesion_label, cancer_kind,"
				+ " treatment_type, surgeon, performed_on, planned_margin, margin_unit, planned_margin_mm, proposed_min_cm,"
				+ " proposed_max_cm, proposal_rule_set, proposal_source, proposal_explanation, narrower_reason,"
				+ " complications, specimen_id, specimen_accession, status, report_id, peripheral_involved, peripheral_mm,"
				+ " deep_involved, deep_mm, deep_transected, margins_signed_at, margins_signed_by, recorded_by, recorded_at,"
				+ " void_reason, voided_by, voided_at, version"), excisions).copy(connection);
		excisions.clear();
		restaging.copy(connection);
	}
}
