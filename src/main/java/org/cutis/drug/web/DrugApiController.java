package org.cutis.drug.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugCatalogue;
import org.cutis.drug.application.DrugMaintenance;
import org.cutis.drug.domain.Drug;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "drugs", description = "The drug catalogue: cancer drugs by generic name, ATC code and drug class")
@RestController
class DrugApiController {
	private final DrugCatalogue catalogue;
	private final DrugMaintenance maintenance;

	DrugApiController(DrugCatalogue catalogue, DrugMaintenance maintenance) {
		this.catalogue = catalogue;
		this.maintenance = maintenance;
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

	@Operation(summary = "One drug by code, retired ones too, with its version (for retire and restore)")
	@GetMapping("/api/v1/drugs/{code}")
	@Requires(Permission.DRUG_CATALOGUE_READ)
	ManagedDrugView drug(@PathVariable String code) {
		return maintenance.list(null)
			.stream()
			.filter(d -> d.code().equals(code))
			.findFirst()
			.map(ManagedDrugView::of)
			.orElseThrow(() -> new NotFound("drug", code));
	}

	@Operation(summary = "Add a drug: nameKo and nameEn (generic names), atc (WHO ATC code, e.g. L01FE01: "
			+ "^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$), drugClass (as listed at GET). The code is the English name in lower case.")
	@PostMapping("/api/v1/drugs")
	@Requires(Permission.DRUG_CATALOGUE_MANAGE)
	@ResponseStatus(HttpStatus.CREATED)
	ManagedDrugView add(@RequestBody NewDrug body) {
		return ManagedDrugView.of(maintenance.add(body.nameKo(), body.nameEn(), body.atc(), body.drugClass()));
	}

	@Operation(summary = "Retire a drug: records naming it keep it, new ones no longer offer it. "
			+ "version: the version read (a stale one is refused with 409)")
	@PostMapping("/api/v1/drugs/{code}/retire")
	@Requires(Permission.DRUG_CATALOGUE_MANAGE)
	ManagedDrugView retire(@PathVariable String code, @RequestBody(required = false) VersionBody body) {
		return ManagedDrugView.of(maintenance.setActive(code, false, body == null ? null : body.version()));
	}

	@Operation(summary = "Restore a retired drug. version: the version read (a stale one is refused with 409)")
	@PostMapping("/api/v1/drugs/{code}/restore")
	@Requires(Permission.DRUG_CATALOGUE_MANAGE)
	ManagedDrugView restore(@PathVariable String code, @RequestBody(required = false) VersionBody body) {
		return ManagedDrugView.of(maintenance.setActive(code, true, body == null ? null : body.version()));
	}

	record NewDrug(String nameKo, String nameEn, String atc, String drugClass) {
	}

	record VersionBody(Long version) {
	}

	/** The contract's shape: {"code","nameKo","nameEn","atc","drugClass"}. */
	record DrugView(String code, String nameKo, String nameEn, String atc, String drugClass, boolean active) {
		static DrugView of(CatalogueDrug d) {
			return new DrugView(d.code(), d.nameKo(), d.nameEn(), d.atc(), d.drugClass().code(), d.active());
		}
	}

	/** The same with the version, for retire and restore. */
	record ManagedDrugView(String code, String nameKo, String nameEn, String atc, String drugClass, boolean active,
			long version) {
		static ManagedDrugView of(Drug drug) {
			CatalogueDrug d = drug.view();
			return new ManagedDrugView(d.code(), d.nameKo(), d.nameEn(), d.atc(), d.drugClass().code(), d.active(),
					drug.version());
		}
	}
}
