package org.cutis.skincare.prophylaxis.application;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugCatalogue;
import org.cutis.drug.DrugClass;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.StaffNames;
import org.cutis.rules.common.Coded;
import org.cutis.rules.oncoderm.ProphylaxisRegimen;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.NotFound;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxes;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis.Trigger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-emptive skin care: when a patient starts a drug whose class the clinic prevents skin toxicity
 * for, the regimen of oncoderm.prophylaxis is proposed to the dermatologists, who accept or decline
 * it. One regimen per patient and drug class at a time: a second EGFR inhibitor while one regimen
 * is proposed or accepted adds nothing.
 */
@Service
@Transactional
public class Prophylaxis {
	/**
	 * The classes the clinic proposes a regimen for when they start. The issue asks it for EGFR
	 * inhibitors (ESMO 2021 / MASCC); the rule's other rows (urea cream for fluoropyrimidines) are
	 * advice the dermatologist finds on the calculators page, not a worklist item.
	 */
	static final Set<DrugClass> PROPOSED_FOR = Set.of(DrugClass.EGFR_INHIBITOR);

	private final SkinProphylaxes proposals;
	private final DrugCatalogue drugs;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	Prophylaxis(SkinProphylaxes proposals, DrugCatalogue drugs, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.proposals = proposals;
		this.drugs = drugs;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Proposes the regimen for the first drug named that needs one; the drugs are catalogue codes
	 * (unknown ones are ignored: a free entry names no class). Whether a proposal was made.
	 */
	public Optional<SkinProphylaxis> proposeFor(UUID patientId, Trigger trigger, UUID triggerId,
			Collection<String> drugCodes) {
		if (proposals.existsByTriggerKindAndTriggerId(trigger.code(), triggerId)) {
			return Optional.empty();
		}
		for (String code : drugCodes) {
			Optional<CatalogueDrug> drug = drugs.find(code);
			if (drug.isEmpty() || !PROPOSED_FOR.contains(drug.get().drugClass())) {
				continue;
			}
			ProphylaxisRegimen regimen = ProphylaxisRegimen
				.of(Coded.fromCode(org.cutis.rules.oncoderm.DrugClass.class, drug.get().drugClass().code(), "drugClass"));
			if (regimen.isEmpty() || proposals.existsByPatientIdAndDrugClassAndStatusIn(patientId,
					regimen.drugClass().code(), List.of(SkinProphylaxis.PROPOSED, SkinProphylaxis.ACCEPTED))) {
				return Optional.empty();
			}
			SkinProphylaxis proposal = SkinProphylaxis.propose(patientId, trigger, triggerId, drug.get().code(),
					regimen, clock.instant());
			proposals.save(proposal);
			audit.record(StaffNames.SYSTEM, null, AuditAction.CREATE, patientId, "skin-prophylaxis", proposal.id(),
					"proposed for " + drug.get().code() + " (" + trigger.code() + " " + triggerId + "): "
							+ String.join(", ", proposal.items()));
			return Optional.of(proposal);
		}
		return Optional.empty();
	}

	/**
	 * The catalogue's drug codes a regimen names: "cetuximab", "ipilimumab-nivolumab" or a free
	 * entry "Cetuximab + FOLFIRI" are split at their joints (the regimen catalogue names regimens
	 * by their drugs' generic names).
	 */
	public static List<String> drugCodesOf(String regimenCode, String regimenName) {
		String written = regimenCode != null ? regimenCode : regimenName == null ? "" : regimenName;
		return List.of(written.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").split("-"))
			.stream()
			.filter(s -> !s.isBlank())
			.toList();
	}

	public SkinProphylaxis accept(UUID id, Long version) {
		SkinProphylaxis p = load(id, version);
		p.accept(currentUser.username(), clock.instant());
		proposals.saveAndFlush(p);
		audit.record(AuditAction.UPDATE, p.patientId(), "skin-prophylaxis", id, "accepted");
		return p;
	}

	public SkinProphylaxis decline(UUID id, String reason, Long version) {
		SkinProphylaxis p = load(id, version);
		p.decline(reason, currentUser.username(), clock.instant());
		proposals.saveAndFlush(p);
		audit.record(AuditAction.UPDATE, p.patientId(), "skin-prophylaxis", id, "declined: " + p.declineReason());
		return p;
	}

	/** The proposals waiting for a dermatologist, oldest first; every patient listed is audited. */
	public List<SkinProphylaxis> waiting() {
		List<SkinProphylaxis> found = proposals.findByStatusOrderByProposedAtAsc(SkinProphylaxis.PROPOSED);
		audit.listed("skin-prophylaxis-worklist", null, found.stream().map(SkinProphylaxis::patientId).distinct().toList());
		return found;
	}

	public SkinProphylaxis view(UUID id) {
		SkinProphylaxis p = proposals.findById(id).orElseThrow(() -> new NotFound("skin-prophylaxis", id));
		audit.record(AuditAction.VIEW, p.patientId(), "skin-prophylaxis", id, null);
		return p;
	}

	/** For the chart, which audits its own view. */
	@Transactional(readOnly = true)
	public List<SkinProphylaxis> ofPatient(UUID patientId) {
		return proposals.findByPatientIdOrderByProposedAtAsc(patientId);
	}

	@Transactional(readOnly = true)
	public Optional<SkinProphylaxis> find(UUID id) {
		return proposals.findById(id);
	}

	private SkinProphylaxis load(UUID id, Long version) {
		SkinProphylaxis p = proposals.findById(id).orElseThrow(() -> new NotFound("skin-prophylaxis", id));
		if (version != null && version != p.version()) {
			throw new ConcurrentEdit("skin-prophylaxis", Map.of());
		}
		return p;
	}

	public static String link(UUID id) {
		return "/skin-prophylaxis/" + id;
	}
}
