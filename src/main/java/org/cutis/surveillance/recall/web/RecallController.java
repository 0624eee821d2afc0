package org.cutis.surveillance.recall.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.identity.StaffNames;
import org.cutis.shared.InvalidInput;
import org.cutis.surveillance.recall.application.RecallContacts;
import org.cutis.surveillance.recall.application.RecallProperties;
import org.cutis.surveillance.recall.domain.ContactMethod;
import org.cutis.surveillance.recall.domain.RecallKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The nurses' recall page: the list with days overdue, contact numbers and each visit's contact log,
 * and the form to record a contact beside each visit (problems shown beside its fields).
 */
@Controller
class RecallController {
	private static final EnumSet<Role> DOCTORS = EnumSet.of(Role.DERMATOLOGIST, Role.SURGEON, Role.ONCOLOGIST,
			Role.RADIATION_ONCOLOGIST);

	private final RecallRows rows;
	private final RecallContacts contacts;
	private final StaffNames staffNames;
	private final RecallProperties properties;
	private final MessageSource messages;

	RecallController(RecallRows rows, RecallContacts contacts, StaffNames staffNames, RecallProperties properties,
			MessageSource messages) {
		this.rows = rows;
		this.contacts = contacts;
		this.staffNames = staffNames;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/recall")
	@Requires(Permission.RECALL_READ)
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String doctor,
			@RequestParam(required = false) Integer page, Model model, Locale locale) {
		RecallRows.Query query;
		try {
			query = RecallRows.Query.of(kind, doctor, page, null, properties.pageSize());
		}
		catch (InvalidInput invalid) {
			// a hand-edited address: the whole list, with the problem said
			model.addAttribute("filterErrors", texts(invalid, locale).values());
			query = RecallRows.Query.of(null, null, null, null, properties.pageSize());
		}
		model.addAttribute("listing", rows.list(query));
		model.addAttribute("query", query);
		model.addAttribute("kinds", RecallKind.values());
		model.addAttribute("methods", ContactMethod.values());
		model.addAttribute("doctors", staffNames.staff().stream().filter(m -> DOCTORS.contains(m.role())).toList());
		model.addAttribute("lead", properties.lead().getDays());
		return "surveillance/recall";
	}

	@PostMapping("/recall/{id}/contacts")
	@Requires(Permission.RECALL_CONTACT)
	String record(@PathVariable UUID id, @RequestParam(required = false) String method,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String doctor, @RequestParam(required = false) Integer page,
			RedirectAttributes redirect, Locale locale) {
		try {
			contacts.record(id, method, outcome, note, reason);
			redirect.addFlashAttribute("recorded", id);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("contactFor", id);
			redirect.addFlashAttribute("contactErrors", texts(invalid, locale));
			Map<String, String> typed = new LinkedHashMap<>();
			typed.put("method", method == null ? "" : method);
			typed.put("outcome", outcome == null ? "" : outcome);
			typed.put("note", note == null ? "" : note);
			typed.put("reason", reason == null ? "" : reason);
			redirect.addFlashAttribute("typed", typed);
		}
		String back = UriComponentsBuilder.fromPath("/recall")
			.queryParamIfPresent("kind", Optional.ofNullable(blank(kind)))
			.queryParamIfPresent("doctor", Optional.ofNullable(blank(doctor)))
			.queryParamIfPresent("page", Optional.ofNullable(page))
			.fragment("item-" + id)
			.encode()
			.build()
			.toUriString();
		return "redirect:" + back;
	}

	/** Field → text in the reader's language (flash attributes are plain strings). */
	private Map<String, String> texts(InvalidInput invalid, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		invalid.problems()
			.forEach(p -> byField.merge(p.field(),
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale), (a, b) -> a + " " + b));
		return byField;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
