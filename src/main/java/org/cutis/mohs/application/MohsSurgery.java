package org.cutis.mohs.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Department;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.ElectronicSignature;
import org.cutis.identity.SignatureMethod;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.mohs.domain.AucGate;
import org.cutis.mohs.domain.AucRating;
import org.cutis.mohs.domain.AucScenario;
import org.cutis.mohs.domain.BlockInput;
import org.cutis.mohs.domain.MohsCase;
import org.cutis.mohs.domain.MohsCases;
import org.cutis.mohs.domain.MohsStage;
import org.cutis.mohs.domain.ReportAddendum;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.ClinicalRiskFactors;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentReferral;
import org.cutis.treatment.TreatmentType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mohs cases: opened behind the AUC gate from the lesion and its cancer, stages, closure, the
 * operative report's signature and addenda. Loads, calls one domain method, saves, audits; tells
 * the treatment plan when a case closes and when plastic surgery is to reconstruct the defect.
 */
@Service
@Transactional
public class MohsSurgery {
	private static final AucGate GATE = new AucGate();

	private final MohsCases cases;
	private final LesionDirectory lesions;
	private final CancerDirectory cancers;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ElectronicSignature signature;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MohsSearchDocuments search;

	MohsSurgery(MohsCases cases, LesionDirectory lesions, CancerDirectory cancers, AuditLog audit,
			CurrentUser currentUser, ElectronicSignature signature, ApplicationEventPublisher events, Clock clock,
			MohsSearchDocuments search) {
		this.search = search;
		this.cases = cases;
		this.lesions = lesions;
		this.cancers = cancers;
		this.audit = audit;
		this.currentUser = currentUser;
		this.signature = signature;
		this.events = events;
		this.clock = clock;
	}

	/** What the surgeon gives; tumour and diameter default to what the cancer and the lesion record. */
	public record Opening(UUID lesionId, UUID cancerId, String tumor, BigDecimal diameterCm, String patient,
			Boolean recurrent, Boolean priorRadiationAtSite, String reason) {
	}

	/** The lesion, its cancer and the scenario the AUC would rate, before anything is saved (the form shows it). */
	public record Proposal(LesionSummary lesion, CancerSummary cancer, AucScenario scenario) {
	}

	@Transactional(readOnly = true)
	public Proposal propose(Opening o) {
		if (o.lesionId() == null && o.cancerId() == null) {
			throw new InvalidInput("lesionId", "error.field.required");
		}
		CancerSummary cancer = o.cancerId() != null
				? cancers.find(o.cancerId()).orElseThrow(() -> new InvalidInput("cancerId", "mohs.case.noCancer"))
				: cancers.findByLesion(o.lesionId()).orElseThrow(() -> new InvalidInput("cancerId", "mohs.case.noCancer"));
		UUID lesionId = o.lesionId() != null ? o.lesionId() : cancer.findings().lesionId();
		LesionSummary lesion = lesionId == null ? null : lesions.find(lesionId).orElse(null);
		if (lesion == null || lesion.voided()) {
			throw new InvalidInput("lesionId", "mohs.case.noLesion");
		}
		if (cancer.findings() != null && cancer.findings().lesionId() != null
				&& !cancer.findings().lesionId().equals(lesion.id()) || !cancer.patientId().equals(lesion.patientId())) {
			throw new InvalidInput("cancerId", "mohs.case.otherLesion", lesion.label());
		}
		String tumor = o.tumor() != null && !o.tumor().isBlank() ? o.tumor() : TumourCategory.of(cancer);
		BigDecimal diameter = o.diameterCm() != null ? o.diameterCm() : diameterOf(cancer, lesion);
		// what the surgeon does not say comes from the clinical findings recorded on the cancer
		ClinicalRiskFactors risk = cancers.clinicalRiskFactors(cancer.id())
			.orElse(new ClinicalRiskFactors(false, false, false));
		String patient = o.patient() != null && !o.patient().isBlank() ? o.patient()
				: risk.immunosuppressed() ? "immunocompromised" : "healthy";
		boolean recurrent = o.recurrent() != null ? o.recurrent() : risk.recurrent();
		boolean irradiated = o.priorRadiationAtSite() != null ? o.priorRadiationAtSite() : risk.priorRadiotherapy();
		return new Proposal(lesion, cancer, new AucScenario(tumor, lesion.site(), diameter, patient, recurrent, irradiated));
	}

	/** The AUC's answer for a scenario (the form previews it before the case is opened). */
	public AucRating rate(AucScenario scenario) {
		return GATE.rate(scenario);
	}

	public MohsCase open(Opening o) {
		Proposal p = propose(o);
		AucRating rating = GATE.rate(p.scenario());
		MohsCase c = new MohsCase(p.lesion().patientId(), p.lesion().id(), p.cancer().id(), p.lesion().label(),
				p.scenario(), rating, o.reason(), currentUser.username(), clock.instant());
		cases.save(c);
		search.changed(c);
		audit.record(AuditAction.CREATE, c.patientId(), "mohs-case", c.id(),
				"AUC " + rating.value() + " (area " + rating.area() + ")" + (c.reason() == null ? "" : ", reason given"));
		return c;
	}

	/** The case as a reader opens it (audited). */
	public MohsCase view(UUID id) {
		MohsCase c = load(id);
		audit.record(AuditAction.VIEW, c.patientId(), "mohs-case", id, null);
		return c;
	}

	@Transactional(readOnly = true)
	public MohsCase load(UUID id) {
		return cases.findById(id).orElseThrow(() -> new NotFound("mohs-case", id));
	}

	public MohsStage takeStage(UUID id, List<BlockInput> blocks, Integer frozenSectionMinutes, Long version) {
		MohsCase c = loadAt(id, version);
		MohsStage stage = c.takeStage(blocks, frozenSectionMinutes, currentUser.username(), clock.instant());
		cases.flush();
		search.changed(c);
		audit.record(AuditAction.UPDATE, c.patientId(), "mohs-case", id, "stage " + stage.number() + ": "
				+ stage.positiveBlocks().size() + " of " + stage.blocks().size() + " blocks positive");
		return stage;
	}

	public MohsCase close(UUID id, BigDecimal lengthMm, BigDecimal widthMm, String closure, String detail, Long version) {
		MohsCase c = loadAt(id, version);
		String by = currentUser.username();
		boolean referral = c.close(lengthMm, widthMm, closure, detail, by, clock.instant());
		cases.flush();
		search.changed(c);
		audit.record(AuditAction.UPDATE, c.patientId(), "mohs-case", id, "closed: " + c.closure().code() + ", defect "
				+ c.defectLengthMm() + " x " + c.defectWidthMm() + " mm after " + c.stages().size() + " stages");
		String link = "/mohs-cases/" + id;
		LocalDate today = LocalDate.now(clock);
		events.publishEvent(new TreatmentRecorded(c.cancerId(), TreatmentType.MOHS_SURGERY, today, true, by, link));
		if (referral) {
			events.publishEvent(new TreatmentReferral(c.cancerId(), TreatmentType.RECONSTRUCTION,
					Department.PLASTIC_SURGERY, "mohs.referral.reconstruction", by, link));
		}
		return c;
	}

	/**
	 * Signs the operative report: the operating surgeon, once, after the closure; the password or
	 * PIN is asked for after everything else was checked.
	 */
	public MohsCase sign(UUID id, SignatureSecret secret) {
		MohsCase c = load(id);
		String user = currentUser.username();
		c.checkSignable();
		if (!user.equals(c.surgeon())) {
			throw new RefusedTransition("mohs.report.surgeonOnly");
		}
		SignatureMethod method = signature.confirm(user, secret);
		c.sign(user, method, clock.instant());
		cases.flush();
		search.changed(c);
		audit.record(AuditAction.UPDATE, c.patientId(), "mohs-case", id, "operative report signed (" + method.code() + ")");
		return c;
	}

	/** A signed addendum to the signed report; the report itself never changes. */
	public ReportAddendum amend(UUID id, String text, SignatureSecret secret) {
		MohsCase c = load(id);
		c.checkAmendable(text);
		String user = currentUser.username();
		SignatureMethod method = signature.confirm(user, secret);
		ReportAddendum addendum = c.amend(text, user, method, clock.instant());
		cases.flush();
		search.changed(c);
		audit.record(AuditAction.UPDATE, c.patientId(), "mohs-case", id, "addendum signed (" + method.code() + ")");
		return addendum;
	}

	/** The cases of a patient for the chart (audited as listed by the caller's page). */
	@Transactional(readOnly = true)
	public List<MohsCase> ofLesion(UUID lesionId) {
		return cases.findByLesionIdOrderByCreatedAtDesc(lesionId);
	}

	private MohsCase loadAt(UUID id, Long version) {
		MohsCase c = load(id);
		if (version != null && version != c.version()) {
			throw new ConcurrentEdit("mohs-case", java.util.Map.of("status", c.status().name().toLowerCase(Locale.ROOT),
					"stages", String.valueOf(c.stages().size())));
		}
		return c;
	}

	private static BigDecimal diameterOf(CancerSummary cancer, LesionSummary lesion) {
		if (cancer.findings() != null && cancer.findings().diameterCm() != null) {
			return cancer.findings().diameterCm();
		}
		return lesion.sizeMm() == null ? null : lesion.sizeMm().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
	}
}
