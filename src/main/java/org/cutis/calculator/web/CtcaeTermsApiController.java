package org.cutis.calculator.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.rules.ctcae.CtcaeTermSearch;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CTCAE v5.0 terms by English or Korean name, part of a name, or clinical synonym ("hand-foot
 * skin reaction", 수족증후군, SJS), with the grades each defines and the findings its criteria
 * read: what a form needs to record a skin adverse event. No patient data, so the calculators'
 * permission (every staff role), like the rules API beside it.
 */
@Tag(name = "rules", description = "Clinical rules: AJCC 8th staging, NCCN risk, margins, SLNB, Mohs AUC, CTCAE v5.0 grades, follow-up")
@RestController
@RequestMapping("/api/v1/ctcae-terms")
@Requires(Permission.CALCULATORS)
class CtcaeTermsApiController {
	private final CtcaeTermSearch search = new CtcaeTermSearch();

	@Operation(summary = "Find CTCAE v5.0 dermatology terms by Korean or English name, part of a name or clinical synonym",
			description = "Answer: [{term, nameKo, nameEn, grades: [defined grades], criteria: [ctcae.grade findings the "
					+ "term reads]}], best match first; every term for an empty query.")
	@GetMapping
	List<Map<String, Object>> search(@Parameter(description = "What was typed, e.g. hand-foot skin reaction, 수족증후군, SJS",
			example = "hand-foot skin reaction") @RequestParam(name = "q", required = false) String query) {
		return search.search(query).stream().map(CtcaeTermsApiController::entry).toList();
	}

	private static Map<String, Object> entry(CtcaeTerm term) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("term", term.termName());
		entry.put("nameKo", term.nameKo());
		entry.put("nameEn", term.termName());
		entry.put("grades", term.definedGrades());
		entry.put("criteria", term.findings());
		return entry;
	}
}
