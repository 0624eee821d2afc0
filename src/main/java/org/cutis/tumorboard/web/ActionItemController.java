package org.cutis.tumorboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.RefusedTransition;
import org.cutis.tumorboard.application.RecommendationManagement;
import org.cutis.tumorboard.domain.ActionItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My action items: what the board asked of me or my departments, until done. */
@Controller
@Requires(Permission.ACTION_ITEM_READ)
class ActionItemController {
	private final RecommendationManagement recommendations;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final Clock clock;

	ActionItemController(RecommendationManagement recommendations, PatientDirectory patients, MessageSource messages,
			Clock clock) {
		this.recommendations = recommendations;
		this.messages = messages;
		this.patients = patients;
		this.clock = clock;
	}

	@GetMapping("/action-items")
	String worklist(Model model) {
		model.addAttribute("rows", recommendations.myOpenActionItems()
			.stream()
			.map(a -> new Row(a, patients.find(a.patientId()).orElse(null)))
			.toList());
		model.addAttribute("today", LocalDate.now(clock));
		return "tumorboard/actions";
	}

	/** With htmx only the row is replaced (it says "done"); without, the worklist is reloaded. */
	@PostMapping("/action-items/{id}/done")
	String done(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		ActionItem item;
		try {
			item = recommendations.markDone(id);
		}
		catch (RefusedTransition refused) {
			String message = messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale);
			if (htmx != null) {
				model.addAttribute("refusedId", id);
				model.addAttribute("refused", message);
				return "tumorboard/actions :: refused";
			}
			redirect.addFlashAttribute("refused", message);
			return "redirect:/action-items";
		}
		if (htmx != null) {
			model.addAttribute("item", item);
			return "tumorboard/actions :: done";
		}
		return "redirect:/action-items";
	}

	record Row(ActionItem item, PatientSummary patient) {
	}
}
