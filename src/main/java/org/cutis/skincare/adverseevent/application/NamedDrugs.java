package org.cutis.skincare.adverseevent.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugCatalogue;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.DrugEntry;
import org.cutis.skincare.adverseevent.domain.Attribution;

import org.springframework.stereotype.Component;

/**
 * The drugs a clinician names as suspected in an adverse event, resolved against the drug
 * catalogue: a catalogue entry (active, by code or by its Korean or English name), or a free
 * entry only when marked as one; the attribution one of the five. Problems name drugs[i].field,
 * so the form and the API show each where it was typed.
 */
@Component
class NamedDrugs {
	/** A drug as it is recorded: its catalogue code (null for a free entry), its name, the attribution. */
	record Resolved(String code, String name, Attribution attribution) {
	}

	private final DrugCatalogue catalogue;

	NamedDrugs(DrugCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	List<Resolved> resolve(List<DrugEntry> entries, List<FieldProblem> problems) {
		List<Resolved> resolved = new ArrayList<>();
		if (entries == null) {
			return resolved;
		}
		for (int i = 0; i < entries.size(); i++) {
			DrugEntry entry = entries.get(i);
			String field = "drugs[" + i + "].";
			Optional<Attribution> attribution = Attribution.fromCode(entry.attribution());
			if (attribution.isEmpty()) {
				problems.add(new FieldProblem(field + "attribution",
						entry.attribution() == null || entry.attribution().isBlank() ? "error.field.required"
								: "adverseevent.attribution.oneOf",
						Attribution.allowed()));
			}
			if (entry.drug() == null || entry.drug().isBlank()) {
				problems.add(new FieldProblem(field + "drug", "error.field.required"));
				continue;
			}
			String typed = entry.drug().strip();
			Optional<CatalogueDrug> found = catalogued(typed);
			if (found.isPresent() && !found.get().active()) {
				problems.add(new FieldProblem(field + "drug", "adverseevent.drug.retired", typed));
				continue;
			}
			if (found.isEmpty() && !Boolean.TRUE.equals(entry.freeEntry())) {
				problems.add(new FieldProblem(field + "drug", "adverseevent.drug.notInCatalogue", typed));
				continue;
			}
			if (attribution.isPresent()) {
				resolved.add(found.map(d -> new Resolved(d.code(), d.nameEn(), attribution.get()))
					.orElseGet(() -> new Resolved(null, typed, attribution.get())));
			}
		}
		return resolved;
	}

	private Optional<CatalogueDrug> catalogued(String typed) {
		Optional<CatalogueDrug> byCode = catalogue.find(typed.toLowerCase());
		if (byCode.isPresent()) {
			return byCode;
		}
		return catalogue.search(typed)
			.stream()
			.filter(d -> d.nameEn().equalsIgnoreCase(typed) || d.nameKo().equals(typed))
			.findFirst();
	}
}
