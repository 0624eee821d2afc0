package org.cutis.drug.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugCatalogue;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "drugs", description = "The drug catalogue: cancer drugs by generic name, ATC code and drug class")
@RestController
class DrugApiController {
	private final DrugCatalogue catalogue;

	DrugApiController(DrugCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Operation(summary = "Active drugs whose Korean or English generic name, code or ATC code contains q (case ignored), "
			+ "names starting with q first, at most 50; no q lists the catalogue. drugClass: egfr-inhibitor | "
			+ "immune-checkpoint-inhibitor | braf-mek-inhibitor | multikinase-inhibitor | fluoropyrimidine | taxane | "
			+ "anthracycline | hedgehog-inhibitor | other")
	@GetMapping("/api/v1/drugs")
	@Requires(Permission.DRUG_CATALOGUE_READ)
	List<DrugView> search(@RequestParam(name = "q", required = false) String q) {
		return catalogue.search(q).stream().map(DrugView::of).toList();
	}

	/** The contract's shape: {"code","nameKo","nameEn","atc","drugClass"}. */
	record DrugView(String code, String nameKo, String nameEn, String atc, String drugClass, boolean active) {
		static DrugView of(CatalogueDrug d) {
			return new DrugView(d.code(), d.nameKo(), d.nameEn(), d.atc(), d.drugClass().code(), d.active());
		}
	}
}
