package org.cutis.treatment.surgery.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.biopsy.BiopsyOrder;
import org.cutis.biopsy.BiopsyOrdering;
import org.cutis.biopsy.SpecimenSummary;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.StaffDirectory;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.lesion.PhotoReference;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.NodalPathology;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.ExcisionDetails;
import org.cutis.treatment.surgery.domain.Excisions;
import org.cutis.treatment.surgery.domain.MarginProposal;
import org.cutis.treatment.surgery.domain.Procedure;
import org.cutis.treatment.surgery.domain.ProcedureDetails;
import org.cutis.treatment.surgery.domain.Procedures;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording excisions and procedures: loads, calls one domain method, saves, audits and tells the
 * treatment plan. An excision orders its re-excision specimen through the biopsy module in the
 * same transaction, so a refused order leaves no excision behind.
 */
@Service
@Transactional
public class SurgeryRecords {
	private final Excisions excisions;
	private final Procedures procedures;
	private final CancerDirectory cancers;
	private final LesionDirectory lesions;
	private final BiopsyOrdering biopsies;
	private final NodalPathology nodal;
	private final StaffDirectory staff;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final SurgerySearchDocuments search;

	SurgeryRecords(Excisions excisions, Procedures procedures, CancerDirectory cancers, LesionDirectory lesions,
			BiopsyOrdering biopsies, NodalPathology nodal, StaffDirectory staff, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, MessageSource messages, Clock clock, SurgerySearchDocuments search) {
		this.search = search;
		this.excisions = excisions;
		this.procedures = procedures;
		this.cancers = cancers;
		this.lesions = lesions;
		this.biopsies = biopsies;
		this.nodal = nodal;
		this.staff = staff;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** The cancer and the margin its excision would be proposed; the view is audited. */
	public Planning planning(UUID cancerId) {
		CancerSummary cancer = cancer(cancerId);
		audit.record(AuditAction.VIEW, cancer.patientId(), "excision-proposal", cancerId,
				"margin proposal " + cancer.kind().code());
		return new Planning(cancer, MarginAdvice.of(cancer));
	}

	public record Planning(CancerSummary cancer, MarginProposal proposal) {
	}

	public Excision recordExcision(UUID cancerId, ExcisionDetails details) {
		CancerSummary cancer = cancer(cancerId);
		UUID lesionId = cancer.findings() == null ? null : cancer.findings().lesionId();
		LesionSummary lesion = lesionId == null ? null : lesions.find(lesionId).orElse(null);
		if (lesion == null) {
			throw new InvalidInput("cancerId", "surgery.excision.noLesion");
		}
		LocalDate today = LocalDate.now(clock);
		MarginProposal proposal = MarginAdvice.of(cancer);
		String by = currentUser.username();
		Excision excision = new Excision(
				new Excision.Cancer(cancer.id(), cancer.patientId(), lesion.id(), lesion.label(), cancer.kind().code()),
				details, proposal, today, by, clock.instant());
		requirePhysician("surgeon", excision.surgeon());
		SpecimenSummary specimen = biopsies.order(lesion.id(), reExcision(lesion, excision));
		excision.specimen(specimen.id(), specimen.accession());
		excisions.save(excision);
		search.changed(excision);
		audit.record(AuditAction.CREATE, excision.patientId(), "excision", excision.id(),
				lesion.label() + " planned margin " + excision.plannedMarginText()
						+ (excision.narrowerReason() == null ? "" : " (narrower than proposed: " + excision.narrowerReason() + ")")
						+ " specimen " + specimen.accession());
		events.publishEvent(new TreatmentRecorded(excision.cancerId(), excision.treatmentType(), excision.performedOn(),
				false, excision.surgeon(), "/excisions/" + excision.id()));
		return excision;
	}

	/**
	 * The requisition of the excision specimen: an excisional re-excision with the planned margin, the
	 * lesion's latest photo (the order needs one), and a clinical history in the recorder's language.
	 */
	private BiopsyOrder reExcision(LesionSummary lesion, Excision excision) {
		List<PhotoReference> photos = lesions.photos(lesion.id());
		if (photos.isEmpty()) {
			throw new InvalidInput("cancerId", "surgery.excision.noPhoto", lesion.label());
		}
		Locale locale = LocaleContextHolder.getLocale();
		String history = messages.getMessage("surgery.excision.requisition",
				new Object[] { excision.plannedMarginText(), lesion.label() }, locale);
		BigDecimal marginMm = excision.plannedMarginMm();
		return new BiopsyOrder(BiopsyTechnique.EXCISIONAL, null, marginMm, history,
				photos.get(photos.size() - 1).id(), false, SpecimenRole.RE_EXCISION);
	}

	public Excision viewExcision(UUID id) {
		Excision e = excisions.findById(id).orElseThrow(() -> new NotFound("excision", id));
		audit.record(AuditAction.VIEW, e.patientId(), "excision", id, e.lesionLabel());
		return e;
	}

	public Excision changeExcisionComplications(UUID id, String complications, long version) {
		Excision e = excisions.findById(id).orElseThrow(() -> new NotFound("excision", id));
		e.changeComplications(complications, version);
		audit.record(AuditAction.UPDATE, e.patientId(), "excision", id, "complications: " + e.complications());
		Excision saved = excisions.saveAndFlush(e);
		search.changed(saved);
		return saved;
	}

	public Excision voidExcision(UUID id, String reason, long version) {
		Excision e = excisions.findById(id).orElseThrow(() -> new NotFound("excision", id));
		e.voidRecord(reason, version, currentUser.username(), clock.instant());
		audit.record(AuditAction.VOID, e.patientId(), "excision", id, "voided: " + e.voidReason());
		Excision saved = excisions.saveAndFlush(e);
		search.changed(saved);
		return saved;
	}

	/**
	 * A procedure on a lesion, or on a cancer (its lesion then). A sentinel node biopsy or dissection
	 * is also the cancer's work-up result, recorded through staging, which restages from it.
	 */
	public Procedure recordProcedure(UUID lesionId, ProcedureDetails details) {
		UUID lesionOf = lesionId;
		if (details.cancerId() != null) {
			CancerSummary cancer = cancer(details.cancerId());
			UUID cancerLesion = cancer.findings() == null ? null : cancer.findings().lesionId();
			if (lesionOf == null) {
				lesionOf = cancerLesion;
			}
			else if (cancerLesion != null && !cancerLesion.equals(lesionOf)) {
				throw new InvalidInput("cancerId", "surgery.procedure.otherLesion");
			}
		}
		if (lesionOf == null) {
			throw new InvalidInput("lesionId", "error.field.required");
		}
		UUID id = lesionOf;
		LesionSummary lesion = lesions.find(id).orElseThrow(() -> new NotFound("lesion", id));
		if (lesion.voided()) {
			throw new InvalidInput("lesionId", "surgery.procedure.lesionVoided", lesion.label());
		}
		Procedure procedure = new Procedure(lesion.patientId(), lesion.id(), lesion.label(), details,
				LocalDate.now(clock), currentUser.username(), clock.instant());
		requirePhysician("performedBy", procedure.performedBy());
		if (procedure.kind().nodal()) {
			NodalPathology.Recorded fed = nodal.recordResult(procedure.cancerId(),
					procedure.kind() == org.cutis.treatment.surgery.domain.ProcedureKind.LYMPH_NODE_DISSECTION,
					procedure.basin(), procedure.nodesExamined(), procedure.nodesPositive(),
					procedure.largestDepositMm(), Boolean.TRUE.equals(procedure.extranodalExtension()));
			procedure.fedStaging(fed.workupOrderId(), fed.stagingChangeProposed());
		}
		procedures.save(procedure);
		search.changed(procedure);
		audit.record(AuditAction.CREATE, procedure.patientId(), "procedure", procedure.id(),
				lesion.label() + " " + procedure.kind().code());
		if (procedure.cancerId() != null) {
			events.publishEvent(new TreatmentRecorded(procedure.cancerId(), procedure.kind().type(),
					procedure.performedOn(), true, procedure.performedBy(), "/procedures/" + procedure.id()));
		}
		return procedure;
	}

	public Procedure viewProcedure(UUID id) {
		Procedure p = procedures.findById(id).orElseThrow(() -> new NotFound("procedure", id));
		audit.record(AuditAction.VIEW, p.patientId(), "procedure", id, p.lesionLabel() + " " + p.kind().code());
		return p;
	}

	public Procedure changeProcedureComplications(UUID id, String complications, long version) {
		Procedure p = procedures.findById(id).orElseThrow(() -> new NotFound("procedure", id));
		p.changeComplications(complications, version);
		audit.record(AuditAction.UPDATE, p.patientId(), "procedure", id, "complications: " + p.complications());
		Procedure saved = procedures.saveAndFlush(p);
		search.changed(saved);
		return saved;
	}

	public Procedure voidProcedure(UUID id, String reason, long version) {
		Procedure p = procedures.findById(id).orElseThrow(() -> new NotFound("procedure", id));
		p.voidRecord(reason, version, currentUser.username(), clock.instant());
		audit.record(AuditAction.VOID, p.patientId(), "procedure", id, "voided: " + p.voidReason());
		// its nodal result is no longer evidence: staging withdraws it and restages, in this transaction
		p.fedStagingOn().ifPresent(order -> p.stagingChangeProposed(nodal.withdraw(p.cancerId(), order,
				"procedure " + id + " voided: " + p.voidReason())));
		Procedure saved = procedures.saveAndFlush(p);
		search.changed(saved);
		return saved;
	}

	/** The excisions and procedures of a cancer, for its surgery page; audited as one view. */
	public Overview overview(UUID cancerId) {
		CancerSummary cancer = cancer(cancerId);
		audit.record(AuditAction.VIEW, cancer.patientId(), "cancer-surgery", cancerId, "excisions and procedures");
		return new Overview(cancer, excisions.findByCancerIdOrderByPerformedOnDesc(cancerId),
				procedures.findByCancerIdOrderByPerformedOnDesc(cancerId));
	}

	public record Overview(CancerSummary cancer, List<Excision> excisions, List<Procedure> procedures) {
	}

	private CancerSummary cancer(UUID cancerId) {
		return cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
	}

	/** The responsible physician must be a physician of the center (not a nurse, not a clerk). */
	private void requirePhysician(String field, String username) {
		boolean physician = staff.find(username).map(m -> m.role().isClinician()).orElse(false);
		if (!physician) {
			throw new InvalidInput(field, "surgery.responsible.notPhysician");
		}
	}
}
