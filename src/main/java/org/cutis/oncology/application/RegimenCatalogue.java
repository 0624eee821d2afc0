package org.cutis.oncology.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.oncology.domain.Regimen;
import org.cutis.oncology.domain.Regimens;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The maintained regimen catalogue: seeded by migration, added to and retired by oncologists and administrators. */
@Service
@Transactional
public class RegimenCatalogue {
	private final Regimens regimens;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	RegimenCatalogue(Regimens regimens, AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.regimens = regimens;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Regimen> all() {
		return regimens.findAllByOrderBySortOrderAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<Regimen> active() {
		return all().stream().filter(Regimen::active).toList();
	}

	public Regimen add(String name, String category) {
		int next = all().stream().mapToInt(Regimen::sortOrder).max().orElse(0) + 10;
		Regimen regimen = Regimen.add(name, category, next, currentUser.username(), clock.instant());
		if (regimens.existsById(regimen.code()) || regimens.findByNameIgnoreCase(regimen.name()).isPresent()) {
			throw new InvalidInput("name", "oncology.regimen.exists");
		}
		regimens.save(regimen);
		audit.record(AuditAction.CREATE, null, "regimen", regimen.code(), "added " + regimen.name() + " ("
				+ regimen.category().code() + ")");
		return regimen;
	}

	/** Retires (or restores) a regimen: courses that name it keep it; new courses no longer offer it. */
	public Regimen setActive(String code, boolean active, Long version) {
		Regimen regimen = regimens.findById(code).orElseThrow(() -> new NotFound("regimen", code));
		if (version != null && version != regimen.version()) {
			throw new ConcurrentEdit("regimen", Map.of());
		}
		if (active) {
			regimen.restore();
		}
		else {
			regimen.retire();
		}
		regimens.saveAndFlush(regimen);
		audit.record(AuditAction.UPDATE, null, "regimen", code, active ? "restored" : "retired");
		return regimen;
	}
}
