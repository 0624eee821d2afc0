package org.cutis.treatment.surgery.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.StaffNames;
import org.cutis.pathology.PathologyReportAmended;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.Excisions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The signed report of an excision's specimen brings its histological margins back to the excision,
 * which is then done (the treatment plan hears of it); a structured addendum corrects them. Runs
 * after the signature commits, from the event publication registry, so a crash in between retries it.
 */
@Component
class PathologyToExcision {
	private final Excisions excisions;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SurgerySearchDocuments search;

	PathologyToExcision(Excisions excisions, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			SurgerySearchDocuments search) {
		this.search = search;
		this.excisions = excisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PathologyReportSigned event) {
		ofSpecimen(event).ifPresent(excision -> {
			boolean done = excision.marginsReturned(event.reportId(), event.facts().margins(), event.signedBy(),
					event.signedAt());
			excisions.save(excision);
			search.changed(excision);
			audited(excision, "histological margins returned from report " + event.reportId());
			if (done) {
				events.publishEvent(new TreatmentRecorded(excision.cancerId(), excision.treatmentType(),
						excision.performedOn(), true, excision.surgeon(), "/excisions/" + excision.id()));
			}
		});
	}

	@ApplicationModuleListener
	void on(PathologyReportAmended event) {
		if (!event.factsChanged()) {
			return;
		}
		excisions.findBySpecimenId(event.specimenId()).ifPresent(excision -> {
			excision.marginsReturned(event.reportId(), event.facts().margins(), excision.marginsSignedBy(),
					excision.marginsSignedAt() == null ? clock.instant() : excision.marginsSignedAt());
			excisions.save(excision);
			search.changed(excision);
			audited(excision, "histological margins corrected by addendum of report " + event.reportId());
		});
	}

	/**
	 * The excision whose specimen the report is about. A rejected specimen is replaced by a
	 * re-collection with a new id, which the excision does not know: a signed re-excision of the
	 * same lesion while exactly one excision of it waits for pathology is taken to be its specimen.
	 */
	private Optional<Excision> ofSpecimen(PathologyReportSigned event) {
		Optional<Excision> own = excisions.findBySpecimenId(event.specimenId());
		if (own.isPresent() || event.facts().role() != SpecimenRole.RE_EXCISION || event.lesionId() == null) {
			return own;
		}
		List<Excision> waiting = excisions.findByLesionIdOrderByPerformedOnDesc(event.lesionId())
			.stream()
			.filter(e -> e.status() == Excision.Status.AWAITING_PATHOLOGY)
			.toList();
		if (waiting.size() != 1) {
			return Optional.empty();
		}
		Excision excision = waiting.get(0);
		excision.specimen(event.specimenId(), event.subject() == null ? null : event.subject().accession());
		return Optional.of(excision);
	}

	private void audited(Excision excision, String detail) {
		audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, excision.patientId(), "excision", excision.id(),
				detail);
	}
}
