package org.cutis.search.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.identity.Access;
import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.search.Searchable;
import org.cutis.search.query.ClinicalSearch;
import org.cutis.search.query.SearchQuery;
import org.cutis.search.query.SearchHit;
import org.cutis.search.query.SearchResults;
import org.cutis.shared.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page behind the header's search box: results grouped by patient, each opening its record.
 * A whole resident registration number goes to the registry search, which finds it by its keyed
 * hash (the number is never put in the search index).
 */
@Controller
class SearchController {
	/** The departments a clinical record belongs to (nursing and administration own none). */
	static final List<Department> DEPARTMENTS = List.of(Department.DERMATOLOGY, Department.PATHOLOGY,
			Department.HEMATOLOGY_ONCOLOGY, Department.PLASTIC_SURGERY, Department.RADIATION_ONCOLOGY);
	/** The state filter's choices: results not yet told, then states several kinds of record share. */
	static final List<String> STATES = List.of("uncommunicated", "communicated", "draft", "signed", "amended",
			"ongoing", "ended", "active", "resolved");
	private final ClinicalSearch search;
	private final Access access;
	private final List<String> types;

	SearchController(ClinicalSearch search, Access access, List<Searchable> modules) {
		this.search = search;
		this.access = access;
		// the kinds every module indexes, the patient first
		this.types = modules.stream()
			.flatMap(m -> m.types().stream())
			.distinct()
			.sorted(Comparator.comparing((String t) -> !"patient".equals(t)).thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	@GetMapping("/search")
	@Requires(Permission.CLINICAL_SEARCH)
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String diagnosis, @RequestParam(required = false) String department,
			@RequestParam(required = false) String state, @RequestParam(required = false) String patient,
			@RequestParam(required = false) String next, Model model) {
		if (q.strip().matches("\\d{6}-?\\d{7}") && access.allows(Permission.PATIENT_SEARCH)) {
			return "redirect:" + UriComponentsBuilder.fromPath("/patients/search").queryParam("q", q.strip()).build().encode()
				.toUriString();
		}
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("diagnosis", diagnosis);
		model.addAttribute("department", department);
		model.addAttribute("state", state);
		model.addAttribute("patient", patient);
		model.addAttribute("types", types);
		model.addAttribute("diagnoses", SearchQuery.Diagnosis.values());
		model.addAttribute("departments", DEPARTMENTS);
		model.addAttribute("states", STATES);
		try {
			SearchQuery query = new SearchParameters(q, type, from, to, department, state, next, diagnosis, patient).query();
			SearchResults results = search.search(query);
			model.addAttribute("searched", !query.isEmpty());
			model.addAttribute("results", results);
			List<Group> groups = groups(results.items());
			model.addAttribute("groups", groups);
			model.addAttribute("patientLines", search.patientLines(
					groups.stream().filter(g -> g.patient() == null && g.patientId() != null).map(Group::patientId).toList()));
		}
		catch (InvalidInput invalid) {
			model.addAttribute("searchError", invalid.problems().get(0).messageKey());
		}
		return "search/results";
	}

	/** Results of one patient together, in the order of the patient's best result; the patient's own line first. */
	static List<Group> groups(List<SearchHit> hits) {
		Map<UUID, Group> groups = new LinkedHashMap<>();
		for (SearchHit hit : hits) {
			Group group = groups.computeIfAbsent(hit.patientId(), id -> new Group(id, new ArrayList<>()));
			if ("patient".equals(hit.type())) {
				group.hits().add(0, hit);
			}
			else {
				group.hits().add(hit);
			}
		}
		return List.copyOf(groups.values());
	}

	record Group(UUID patientId, List<SearchHit> hits) {
		public SearchHit patient() {
			return hits.isEmpty() || !"patient".equals(hits.get(0).type()) ? null : hits.get(0);
		}
	}
}
