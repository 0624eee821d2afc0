package org.cutis.drug;

import java.util.List;
import java.util.Optional;

import org.cutis.drug.application.DrugLookup;

import org.springframework.stereotype.Component;

/** For other modules: finding the drugs a referral, an adverse event or a course names. */
@Component
public class DrugCatalogue {
	private final DrugLookup lookup;

	DrugCatalogue(DrugLookup lookup) {
		this.lookup = lookup;
	}

	/** The drug of that code, retired ones included (old records keep naming them). */
	public Optional<CatalogueDrug> find(String code) {
		return lookup.find(code);
	}

	/**
	 * Active drugs whose Korean or English name, code or ATC code contains the query (case
	 * ignored), names that start with it first; a blank query lists the whole active catalogue.
	 */
	public List<CatalogueDrug> search(String query) {
		return lookup.search(query);
	}

	/** Every active drug, by English name: what a picker offers (no result limit). */
	public List<CatalogueDrug> active() {
		return lookup.active();
	}
}
