package org.cutis.skincare.prophylaxis.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.skincare.prophylaxis.application.Prophylaxis;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "skin prophylaxis", description = "Pre-emptive skin regimens proposed when a patient starts an EGFR "
		+ "inhibitor (rule oncoderm.prophylaxis), accepted or declined by the dermatologist")
@RestController
class ProphylaxisApiController {
	private final Prophylaxis prophylaxis;

	ProphylaxisApiController(Prophylaxis prophylaxis) {
		this.prophylaxis = prophylaxis;
	}

	@Operation(summary = "The proposals waiting for a dermatologist's decision, oldest first")
	@GetMapping("/api/v1/skin-prophylaxis")
	@Requires(Permission.SKIN_PROPHYLAXIS_READ)
	List<ProphylaxisView> waiting() {
		return prophylaxis.waiting().stream().map(ProphylaxisView::of).toList();
	}

	@Operation(summary = "One proposal: regimen (item codes), weeks, source, verified, status proposed | accepted | "
			+ "declined, who decided and when")
	@GetMapping("/api/v1/skin-prophylaxis/{id}")
	@Requires(Permission.SKIN_PROPHYLAXIS_READ)
	ProphylaxisView one(@PathVariable UUID id) {
		return ProphylaxisView.of(prophylaxis.view(id));
	}

	@Operation(summary = "Accept the proposed regimen (once; 409 after a decision)")
	@PostMapping("/api/v1/skin-prophylaxis/{id}/accept")
	@Requires(Permission.SKIN_PROPHYLAXIS_DECIDE)
	ProphylaxisView accept(@PathVariable UUID id, @RequestBody(required = false) Decision body) {
		return ProphylaxisView.of(prophylaxis.accept(id, body == null ? null : body.version()));
	}

	@Operation(summary = "Decline the proposed regimen with a reason (required)")
	@PostMapping("/api/v1/skin-prophylaxis/{id}/decline")
	@Requires(Permission.SKIN_PROPHYLAXIS_DECIDE)
	ProphylaxisView decline(@PathVariable UUID id, @RequestBody Decision body) {
		return ProphylaxisView.of(prophylaxis.decline(id, body.reason(), body.version()));
	}

	record Decision(String reason, Long version) {
	}
}
