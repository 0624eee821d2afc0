package org.cutis.skincare.oncologyadvice.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.skincare.oncologyadvice.application.OncologyAdvice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "oncology advice", description = "The skin-care clinic's recommendations to the treating oncologist about "
		+ "a skin adverse event, open until the oncologist says what was done")
@RestController
class OncologyAdviceApiController {
	private final OncologyAdvice advice;

	OncologyAdviceApiController(OncologyAdvice advice) {
		this.advice = advice;
	}

	@Operation(summary = "Recommend to the treating oncologist: action continue | continue-with-skin-treatment | hold | "
			+ "reduce | discontinue; oncologist: the login id of an active oncologist or radiation oncologist; note: free "
			+ "text. Carries the adverse event's grade and photos as they are now; grade 3 and above or a red flag make it "
			+ "urgent")
	@PostMapping("/api/v1/adverse-events/{id}/recommendations")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.ONCOLOGY_ADVICE_SEND)
	RecommendationView recommend(@PathVariable UUID id, @RequestBody Recommend body) {
		return RecommendationView.of(advice.recommend(id, body.action(), body.oncologist(), body.note()));
	}

	@Operation(summary = "The caller's recommendations (addressed to or sent by the caller; for oncologists also their "
			+ "department's), urgent first; status open (default) | acknowledged")
	@GetMapping("/api/v1/oncology-recommendations")
	@Requires(Permission.ONCOLOGY_ADVICE_READ)
	List<RecommendationView> list(@RequestParam(required = false) String status) {
		return advice.concerningMe(OncologyAdvice.Listing.of(status)).stream().map(RecommendationView::of).toList();
	}

	@Operation(summary = "One recommendation with its answer")
	@GetMapping("/api/v1/oncology-recommendations/{id}")
	@Requires(Permission.ONCOLOGY_ADVICE_READ)
	RecommendationView one(@PathVariable UUID id) {
		return RecommendationView.of(advice.view(id));
	}

	@Operation(summary = "Acknowledge with what was done: outcome continued | held | reduced | discontinued | disagreed "
			+ "(disagreed needs reason). Only the oncologist addressed or an oncologist of that department; once (409 "
			+ "after). version (optional) refuses the answer when the recommendation changed since")
	@PostMapping("/api/v1/oncology-recommendations/{id}/acknowledge")
	@Requires(Permission.ONCOLOGY_ADVICE_ACKNOWLEDGE)
	RecommendationView acknowledge(@PathVariable UUID id, @RequestBody Acknowledge body) {
		return RecommendationView.of(advice.acknowledge(id, body.outcome(), body.reason(), body.version()));
	}

	record Recommend(String action, String oncologist, String note) {
	}

	record Acknowledge(String outcome, String reason, Long version) {
	}
}
