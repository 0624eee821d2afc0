package org.cutis.search.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.search.query.ClinicalSearch;
import org.cutis.search.query.SearchResults;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search}: the contract of issue 14, kept exactly. */
@RestController
class SearchApiController {
	private final ClinicalSearch search;

	SearchApiController(ClinicalSearch search) {
		this.search = search;
	}

	@Operation(summary = "Search the clinical record (patients by MRN, name, birth date, phone; specimens by accession "
			+ "number, exactly; reports, lesions by their words in Korean or English). Only what the caller may see; "
			+ "snippet is HTML with the matched words in <mark>; next continues. Filters beyond the contract: department "
			+ "(dermatology, pathology, ...), state (a record's state, or uncommunicated: specimens whose result is not yet "
			+ "communicated), diagnosis (melanoma, bcc, scc, other: over the record's words), patient (one chart's records); "
			+ "with one of these q may be empty (newest first)")
	@GetMapping("/api/v1/search")
	@Requires(Permission.CLINICAL_SEARCH)
	Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String department, @RequestParam(required = false) String state,
			@RequestParam(required = false) String next, @RequestParam(required = false) String diagnosis,
			@RequestParam(required = false) String patient) {
		SearchResults results = search
			.search(new SearchParameters(q, type, from, to, department, state, next, diagnosis, patient).query());
		return new Page(results.items().stream()
			.map(h -> new Item(h.type(), h.id(), h.patientId(), h.title(), h.snippet()))
			.toList(), results.next());
	}

	record Item(String type, UUID id, UUID patientId, String title, String snippet) {
	}

	record Page(List<Item> items, String next) {
	}
}
