package org.cutis.drug.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.drug.domain.Drug;
import org.cutis.drug.domain.Drugs;
import org.cutis.identity.CurrentUser;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the catalogue (oncologists and administrators): adding a drug, retiring and
 * restoring one. Drugs are never deleted: referrals and adverse events name them. Every change is audited.
 */
@Service
@Transactional
public class DrugMaintenance {
	private final Drugs drugs;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	DrugMaintenance(Drugs drugs, AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.drugs = drugs;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The whole catalogue, retired drugs included, or those matching the query (name, code or ATC). */
	@Transactional(readOnly = true)
	public List<Drug> list(String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
		return q.isEmpty() ? drugs.findAllByOrderByNameEnAsc() : drugs.matchingAll(q);
	}

	public Drug add(String nameKo, String nameEn, String atc, String drugClass) {
		Drug drug = Drug.add(nameKo, nameEn, atc, drugClass, currentUser.username(), clock.instant());
		if (drugs.existsById(drug.code()) || drugs.existsByNameEnIgnoreCase(drug.nameEn())) {
			throw new InvalidInput("nameEn", "drug.exists");
		}
		drugs.save(drug);
		audit.record(AuditAction.CREATE, null, "drug", drug.code(),
				"added " + drug.nameEn() + " (" + drug.atc() + ", " + drug.view().drugClass().code() + ")");
		return drug;
	}

	/**
	 * Retires (or restores) a drug: records that name it keep it; new ones no longer offer it. The
	 * version the user saw must still be current, so two people do not undo each other unseen.
	 */
	public Drug setActive(String code, boolean active, Long version) {
		Drug drug = drugs.findById(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new NotFound("drug", code));
		if (version != null && version != drug.version()) {
			throw new ConcurrentEdit("drug", Map.of());
		}
		if (active) {
			drug.restore();
		}
		else {
			drug.retire();
		}
		drugs.saveAndFlush(drug);
		audit.record(AuditAction.UPDATE, null, "drug", drug.code(), active ? "restored" : "retired");
		return drug;
	}
}
