package org.cutis.recurrence.web;

import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.recurrence.RecurrenceExtent;
import org.cutis.recurrence.application.RecurrenceRecords;
import org.cutis.recurrence.application.RelapseWorkupQueries;
import org.cutis.recurrence.domain.Recurrence;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.CancerDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The open relapse work-ups (the re-biopsies to order and the results awaited) for dermatologists
 * and surgeons, and each cancer's recurrence page: its recurrences with their corrections, its
 * work-ups, and the forms to record, confirm and correct.
 */
@Controller
class RecurrenceController {
	private final RecurrenceRecords records;
	private final RelapseWorkupQueries workups;
	private final WorkupRows rows;
	private final CancerDirectory cancers;

	RecurrenceController(RecurrenceRecords records, RelapseWorkupQueries workups, WorkupRows rows,
			CancerDirectory cancers) {
		this.records = records;
		this.workups = workups;
		this.rows = rows;
		this.cancers = cancers;
	}

	@ModelAttribute("extents")
	RecurrenceExtent[] extents() {
		return RecurrenceExtent.values();
	}

	@GetMapping("/relapse-workups")
	@Requires(Permission.RECURRENCE_READ)
	String worklist(@RequestParam(defaultValue = "true") boolean open, Model model) {
		model.addAttribute("rows", rows.rows(workups.worklist(open)));
		model.addAttribute("openOnly", open);
		return "recurrence/worklist";
	}

	@GetMapping("/cancers/{id}/recurrences")
	@Requires(Permission.RECURRENCE_READ)
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new RecurrenceForm());
		return page(id, records.ofCancer(id), model);
	}

	@PostMapping("/cancers/{id}/recurrences")
	@Requires(Permission.RECURRENCE_RECORD)
	String record(@PathVariable UUID id, @ModelAttribute("form") RecurrenceForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				records.record(id, form.getExtent(), form.getDetectedOn(), form.getDetail());
				return "redirect:/cancers/" + id + "/recurrences?recorded";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return page(id, records.listedOn(id), model);
	}

	@PostMapping("/recurrences/{id}/extent")
	@Requires(Permission.RECURRENCE_RECORD)
	String confirm(@PathVariable UUID id, @ModelAttribute("change") RecurrenceForm form, BindingResult result,
			Model model) {
		Recurrence r = records.find(id).orElseThrow(() -> new NotFound("recurrence", id));
		if (!result.hasErrors()) {
			try {
				records.confirmExtent(id, form.getExtent(), form.getVersion());
				return "redirect:/cancers/" + r.cancerId() + "/recurrences?confirmed";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		form.setRecurrenceId(id);
		model.addAttribute("form", new RecurrenceForm());
		return page(r.cancerId(), records.listedOn(r.cancerId()), model);
	}

	@PostMapping("/recurrences/{id}/corrections")
	@Requires(Permission.RECURRENCE_RECORD)
	String correct(@PathVariable UUID id, @ModelAttribute("change") RecurrenceForm form, BindingResult result,
			Model model) {
		Recurrence r = records.find(id).orElseThrow(() -> new NotFound("recurrence", id));
		if (!result.hasErrors()) {
			try {
				records.correct(id, form.getExtent(), form.getDetectedOn(), form.getReason(), form.getVersion());
				return "redirect:/cancers/" + r.cancerId() + "/recurrences?corrected";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		form.setRecurrenceId(id);
		model.addAttribute("form", new RecurrenceForm());
		return page(r.cancerId(), records.listedOn(r.cancerId()), model);
	}

	private String page(UUID cancerId, List<Recurrence> recurrences, Model model) {
		model.addAttribute("cancer", cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId)));
		model.addAttribute("recurrences", recurrences.stream()
			.map(r -> new Entry(r, records.correctionsOf(r.id())))
			.toList());
		model.addAttribute("workups", rows.rows(workups.ofCancer(cancerId)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RecurrenceForm());
		}
		if (!model.containsAttribute("change")) {
			model.addAttribute("change", new RecurrenceForm());
		}
		return "recurrence/recurrences";
	}

	public record Entry(Recurrence recurrence, List<org.cutis.recurrence.domain.RecurrenceCorrection> corrections) {
	}
}
