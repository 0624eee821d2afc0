package org.cutis.recurrence.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.biopsy.BiopsyOrdering;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteSigned;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.StaffNames;
import org.cutis.lesion.LesionDirectory;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceExtent;
import org.cutis.recurrence.RecurrenceRuledOut;
import org.cutis.recurrence.RelapseWorkupStarted;
import org.cutis.recurrence.domain.ExtentProposal;
import org.cutis.recurrence.domain.Recurrence;
import org.cutis.recurrence.domain.Recurrences;
import org.cutis.recurrence.domain.RelapseWorkup;
import org.cutis.recurrence.domain.RelapseWorkups;
import org.cutis.recurrence.domain.WorkupLesion;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerRestaging;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.DiagnosisKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * The re-biopsy path. Relapse suspected at a signed visit opens a work-up for the cancer with the
 * lesions to biopsy (the cancer's own lesion when the visit named none). The re-biopsy is ordered on
 * the lesion with purpose {@code recurrence} (the biopsy module's order, flagged through the specimen
 * loop); its signed report decides: malignant or in situ records the recurrence (extent proposed,
 * dated by the biopsy), restages the cancer at recurrence (the tumor board proposes it) and says
 * {@link RecurrenceConfirmed}; benign closes the work-up and says {@link RecurrenceRuledOut}.
 * Both listeners run after their event's transaction commits, from the event publication registry
 * (retried after a crash), and are safe to repeat: one work-up per visit note, one recurrence per report.
 */
@Service
public class RelapsePath {
	private static final Logger log = LoggerFactory.getLogger(RelapsePath.class);
	/** The purposes of a re-biopsy: a recurrence, or a metastasis a new lesion turns out to be. */
	static final List<SpecimenRole> REBIOPSY = List.of(SpecimenRole.RECURRENCE, SpecimenRole.METASTASIS);

	private final RelapseWorkups workups;
	private final Recurrences recurrences;
	private final CancerDirectory cancers;
	private final CancerRestaging restaging;
	private final LesionDirectory lesions;
	private final BiopsyOrdering biopsies;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RelapsePath(RelapseWorkups workups, Recurrences recurrences, CancerDirectory cancers, CancerRestaging restaging,
			LesionDirectory lesions, BiopsyOrdering biopsies, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.workups = workups;
		this.recurrences = recurrences;
		this.cancers = cancers;
		this.restaging = restaging;
		this.lesions = lesions;
		this.biopsies = biopsies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(VisitNoteSigned signed) {
		open(signed);
	}

	@ApplicationModuleListener
	void on(PathologyReportSigned signed) {
		resulted(signed);
	}

	/** Opens the work-up of a visit that suspected relapse; empty for any other visit (or one already opened). */
	Optional<RelapseWorkup> open(VisitNoteSigned signed) {
		if (signed.assessment() != VisitAssessment.RELAPSE_SUSPECTED || workups.existsByVisitNoteId(signed.visitNoteId())) {
			return Optional.empty();
		}
		Optional<CancerSummary> cancer = signed.cancerId() == null ? Optional.empty() : cancers.find(signed.cancerId());
		if (cancer.isEmpty() || !cancer.get().patientId().equals(signed.patientId())) {
			log.warn("Visit note {} suspects relapse of cancer {}, not a cancer of patient {}; no work-up opened",
					signed.visitNoteId(), signed.cancerId(), signed.patientId());
			return Optional.empty();
		}
		UUID original = cancers.lesionOf(signed.cancerId()).orElse(null);
		List<WorkupLesion> targets = new ArrayList<>();
		for (UUID lesionId : signed.suspectedLesionIds().stream().distinct().toList()) {
			boolean ofPatient = lesions.find(lesionId).filter(l -> l.patientId().equals(signed.patientId())).isPresent();
			if (ofPatient) {
				targets.add(new WorkupLesion(lesionId, lesionId.equals(original)));
			}
			else {
				log.warn("Visit note {} names lesion {}, not a lesion of patient {}; left out of the work-up",
						signed.visitNoteId(), lesionId, signed.patientId());
			}
		}
		if (targets.isEmpty() && original != null) {
			targets.add(new WorkupLesion(original, true));
		}
		RelapseWorkup workup = workups.save(new RelapseWorkup(signed.patientId(), signed.cancerId(),
				signed.visitNoteId(), signed.clinician(), signed.visitDate(), targets, clock.instant()));
		audit.record(StaffNames.SYSTEM, null, AuditAction.CREATE, workup.patientId(), "relapse-workup", workup.id(),
				"relapse suspected at visit " + signed.visitNoteId() + " by " + signed.clinician() + "; lesions "
						+ targets.stream().map(t -> t.lesionId() + " (" + t.relation() + ")").toList());
		events.publishEvent(new RelapseWorkupStarted(workup.id(), workup.cancerId(), workup.patientId(),
				signed.visitNoteId(), clock.instant()));
		return Optional.of(workup);
	}

	/** A signed re-biopsy of a lesion an open work-up covers decides it; any other report is not ours. */
	void resulted(PathologyReportSigned signed) {
		if (signed.facts() == null || !REBIOPSY.contains(signed.facts().role()) || signed.lesionId() == null
				|| recurrences.existsByReportId(signed.reportId())) {
			return;
		}
		Optional<RelapseWorkup> found = workups.findByPatientIdAndStatus(signed.patientId(), RelapseWorkup.OPEN)
			.stream()
			.filter(w -> w.covers(signed.lesionId()))
			.max(Comparator.comparing(RelapseWorkup::openedAt));
		if (found.isEmpty()) {
			return;
		}
		RelapseWorkup workup = found.get();
		Behaviour behaviour = signed.facts().behaviour();
		Instant now = clock.instant();
		workup.resulted(signed.specimenId(), signed.reportId(), behaviour, signed.signedAt());
		if (behaviour.isCancer() && !sameKind(workup.cancerId(), signed)) {
			// a malignancy of another kind is a new primary (staging opens its own cancer), not this cancer's
			// recurrence: the work-up stays open with the result for the clinician to review
			workups.save(workup);
			audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, workup.patientId(), "relapse-workup", workup.id(),
					"re-biopsy report " + signed.reportId() + " " + signed.facts().diagnosis().code()
							+ ": another kind than the cancer's, left open for the clinician");
		}
		else if (behaviour.isCancer()) {
			boolean original = workup.lesion(signed.lesionId()).map(WorkupLesion::original).orElse(false);
			RecurrenceExtent proposed = ExtentProposal.of(signed.facts(), original);
			Recurrence recurrence = recurrences.save(Recurrence.fromBiopsy(workup, proposed,
					biopsyDate(signed), signed.specimenId(), signed.reportId(), StaffNames.SYSTEM, now));
			workup.confirmed(recurrence.id(), StaffNames.SYSTEM, now);
			workups.save(workup);
			audit.record(StaffNames.SYSTEM, null, AuditAction.CREATE, workup.patientId(), "recurrence", recurrence.id(),
					"re-biopsy report " + signed.reportId() + " " + behaviour.code() + ": " + proposed.code()
							+ " proposed, detected " + recurrence.detectedOn());
			restaging.atRecurrence(workup.cancerId());
			events.publishEvent(new RecurrenceConfirmed(recurrence.id(), recurrence.cancerId(), recurrence.patientId(),
					recurrence.extent(), recurrence.detectedOn()));
		}
		else if (behaviour == Behaviour.BENIGN) {
			workup.ruledOut(StaffNames.SYSTEM, now);
			workups.save(workup);
			audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, workup.patientId(), "relapse-workup", workup.id(),
					"ruled out by benign re-biopsy report " + signed.reportId());
			events.publishEvent(new RecurrenceRuledOut(workup.id(), workup.cancerId(), workup.patientId(),
					signed.specimenId(), now));
		}
		else {
			// uncertain: the clinician decides (records the recurrence, or biopsies again); the work-up stays open
			workups.save(workup);
			audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, workup.patientId(), "relapse-workup", workup.id(),
					"re-biopsy report " + signed.reportId() + " " + behaviour.code() + ": left open for the clinician");
		}
	}

	private boolean sameKind(UUID cancerId, PathologyReportSigned signed) {
		return cancers.find(cancerId)
			.map(c -> c.kind() == DiagnosisKind.of(signed.facts().diagnosis()))
			.orElse(false);
	}

	/** The day the re-biopsy was taken (collected, else ordered); the sign-out day if the specimen is not found. */
	private LocalDate biopsyDate(PathologyReportSigned signed) {
		return biopsies.specimensOf(signed.lesionId())
			.stream()
			.filter(t -> t.specimen().id().equals(signed.specimenId()))
			.findFirst()
			.map(t -> t.collectedAt() != null ? t.collectedAt() : t.orderedAt())
			.orElse(signed.signedAt())
			.atZone(clock.getZone())
			.toLocalDate();
	}
}
