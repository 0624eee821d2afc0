package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;
import org.cutis.staging.StagingAtDiagnosis;
import org.cutis.staging.StagingOnEvidence;

/**
 * A re-excision's signed report on its cancer, as staging's listener records it: the report's facts
 * added to the cancer's evidence (never replacing the biopsy's), and the cancer restaged from all of
 * it by {@link StagingOnEvidence} (the application's entity and calculator): a new staging record of
 * occasion specimen after the diagnosis's, computed by the system and accepted by the surgeon at the
 * result visit, with the stage's changes when there are any. The application restages on every new
 * report, so every signed re-excision has its record. The explanation names the specimens by
 * accession, so the record is computed again once the chunk has its accession numbers.
 */
final class GeneratedRestaging {
	/** The cancer as the report left it (its columns, current stage) and when the evidence was recorded. */
	record Restaged(StagingAtDiagnosis.Opened current, Instant at) {
	}

	/** A restaging waiting for the accession numbers its explanation names. */
	private record Pending(GeneratedTreatments.Diagnosed d, StagingOnEvidence.Later later, Instant reviewed,
			String reviewer) {
	}

	private final Instant now;
	private final Totals totals;
	private final List<Object[]> evidence = new ArrayList<>();
	private final List<Pending> pending = new ArrayList<>();
	private final CopyRows staging = new CopyRows("staging_record", GeneratedCancers.STAGING_COLUMNS + ", changes");

	GeneratedRestaging(Instant now, Totals totals) {
		this.now = now;
		this.totals = totals;
	}

	Restaged added(GeneratedTreatments.Diagnosed d, UUID reportId, UUID specimenId, TumourFacts facts, LocalDate signedOn,
			Instant at, String surgeon, Random random) {
		UUID cancerId = d.cancer().cancerId();
		evidence.add(GeneratedCancers.evidenceRow(totals.ids.next(), cancerId, reportId, specimenId, facts, signedOn, at));
		StagingOnEvidence.Later later = new StagingOnEvidence.Later(reportId, specimenId, null, signedOn, facts, at);
		// the stage itself does not depend on the accession numbers: what follow-up needs now
		StagingOnEvidence.Restaged r = StagingOnEvidence.add(cancerId, d.first(), d.opened(), List.of(later));
		Instant reviewed = at.plus(Duration.ofHours(20 + random.nextInt(72)));
		pending.add(new Pending(d, later, reviewed.isBefore(now) ? reviewed : null, surgeon));
		totals.restaged++;
		if (r.stageChanges() != null) {
			totals.stageChanged++;
		}
		return new Restaged(r.current(), at);
	}

	/** The accession numbers: the evidence's, and each record's explanation computed with them. */
	void accessions(Map<UUID, String> bySpecimen) {
		for (Object[] row : evidence) {
			row[GeneratedCancers.ACCESSION] = bySpecimen.get((UUID) row[3]);
		}
		for (Pending p : pending) {
			StagingAtDiagnosis.SignedReport f = p.d().first();
			StagingAtDiagnosis.SignedReport first = new StagingAtDiagnosis.SignedReport(f.patientId(), f.lesionId(),
					f.lesionLabel(), f.site(), f.laterality(), f.clinicalDiameterMm(), f.reportId(), f.specimenId(),
					bySpecimen.get(f.specimenId()), f.signedOn(), f.facts());
			StagingOnEvidence.Later l = p.later();
			StagingOnEvidence.Later later = new StagingOnEvidence.Later(l.reportId(), l.specimenId(),
					bySpecimen.get(l.specimenId()), l.signedOn(), l.facts(), l.recordedAt());
			StagingOnEvidence.Restaged r = StagingOnEvidence.add(p.d().cancer().cancerId(), first, p.d().opened(),
					List.of(later));
			StagingAtDiagnosis.Opened c = r.current();
			boolean reviewed = p.reviewed() != null;
			staging.add(totals.ids.next()).add(c.cancerId()).add(2).add("SPECIMEN").add(reviewed ? "ACCEPTED" : "COMPUTED")
				.add(c.clinicalT()).add(c.clinicalN()).add(c.clinicalM()).add(c.clinicalStage()).add(c.pathologicalT())
				.add(c.pathologicalN()).add(c.pathologicalM()).add(c.pathologicalStage()).add(c.bwhT()).add(c.bccRisk())
				.add(c.slnbAdvice()).add(c.imagingAdvice()).add(c.microstagingUncertain()).add(c.explanation())
				.add(c.ruleVersion()).add(c.source()).add(l.recordedAt()).add(GeneratedCancers.SYSTEM)
				.add(p.reviewed()).add(reviewed ? p.reviewer() : null).add(false).add(reviewed ? 1 : 0)
				.add(r.stageChanges());
			staging.end();
		}
		pending.clear();
	}

	void copy(Connection connection) throws SQLException {
		CopyRows.rows(new CopyRows("cancer_evidence", GeneratedCancers.EVIDENCE_COLUMNS), evidence).copy(connection);
		evidence.clear();
		staging.copy(connection);
	}
}
