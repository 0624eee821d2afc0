package org.cutis.staging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.Evidence;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingCalculator;
import org.cutis.staging.domain.WorkupFacts;

/**
 * A cancer restaged by a later signed report of its lesion (a re-excision), computed in memory
 * exactly as {@code CancerDiagnosisManagement.recordEvidence} and {@code Restaging.restage} do when
 * that report's event arrives: the cancer entity adds the evidence (never replacing) and settles
 * its diagnosis, the same calculator stages it from all of it (no work-up), and the record's
 * changes are the stage's changes from the record before. For a bulk loader that writes the rows
 * itself, as {@link StagingAtDiagnosis} is for the first staging.
 */
public final class StagingOnEvidence {
	private static final StagingCalculator CALCULATOR = new StagingCalculator();

	private StagingOnEvidence() {
	}

	/** A later signed report of the cancer's lesion, with its typed facts. */
	public record Later(UUID reportId, UUID specimenId, String accession, LocalDate signedOn, TumourFacts facts,
			Instant recordedAt) {
	}

	/**
	 * The cancer's columns and its new staging record's (occasion specimen, status computed) after the
	 * later reports; {@code evidenceChanges} what the cancer's audit line names, {@code stageChanges} the
	 * record's changes column (null when the stage did not change).
	 */
	public record Restaged(StagingAtDiagnosis.Opened current, List<String> evidenceChanges, String stageChanges) {
	}

	/**
	 * The cancer that {@code first} opened at {@code openedAt} (its id {@code cancerId}), after each of
	 * {@code later} in turn; a report already on the cancer changes nothing and is not restaged.
	 */
	public static Restaged add(UUID cancerId, StagingAtDiagnosis.SignedReport first, Instant openedAt,
			List<Later> later) {
		CancerDiagnosis cancer = new CancerDiagnosis(
				new CancerDiagnosis.Primary(first.patientId(), first.lesionId(), first.lesionLabel(), first.site(),
						first.laterality(), first.clinicalDiameterMm()),
				new Evidence.Source(first.reportId(), first.specimenId(), 1, first.accession(), first.signedOn()),
				first.facts(), "system", openedAt);
		StageComputation before = CALCULATOR.compute(cancer.kind(), cancer.tumour(), cancer.combined(), WorkupFacts.NONE);
		List<String> evidenceChanges = new java.util.ArrayList<>();
		for (Later l : later) {
			evidenceChanges.addAll(cancer.add(new Evidence.Source(l.reportId(), l.specimenId(), 1, l.accession(),
					l.signedOn()), l.facts(), l.recordedAt()));
		}
		StageComputation now = evidenceChanges.isEmpty() ? before
				: CALCULATOR.compute(cancer.kind(), cancer.tumour(), cancer.combined(), WorkupFacts.NONE);
		List<String> stageChanges = now.changesFrom(before);
		return new Restaged(StagingAtDiagnosis.opened(cancerId, cancer, now), List.copyOf(evidenceChanges),
				stageChanges.isEmpty() ? null : String.join("; ", stageChanges));
	}
}
