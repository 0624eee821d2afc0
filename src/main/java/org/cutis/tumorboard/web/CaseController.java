package org.cutis.tumorboard.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureRefused;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LineageEntry;
import org.cutis.shared.web.EntryText;
import org.cutis.lesion.PhotoReference;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;
import org.cutis.tumorboard.application.CaseSummaries;
import org.cutis.tumorboard.application.CaseSummaries.CaseSummary;
import org.cutis.tumorboard.application.RecommendationManagement;
import org.cutis.tumorboard.application.TumorBoardManagement;
import org.cutis.tumorboard.domain.Attendee;
import org.cutis.tumorboard.domain.PlanItem;
import org.cutis.tumorboard.domain.Recommendation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page during the meeting: the summary Cutis prepared (the service checks who may see
 * it and audits the view), attendance and quorum, the recommendation form, the signature, addenda.
 */
@Controller
@Requires(Permission.BOARD_READ)
class CaseController {
	/** The board's departments in the order they are called. */
	static final List<Department> BOARD = List.of(Department.DERMATOLOGY, Department.PATHOLOGY,
			Department.HEMATOLOGY_ONCOLOGY, Department.PLASTIC_SURGERY, Department.RADIATION_ONCOLOGY);
	private static final int PHOTOS_SHOWN = 3;
	private final CaseSummaries summaries;
	private final TumorBoardManagement board;
	private final RecommendationManagement recommendations;
	private final LesionDirectory lesions;
	private final MessageSource messages;
	private final Clock clock;

	CaseController(CaseSummaries summaries, TumorBoardManagement board, RecommendationManagement recommendations,
			LesionDirectory lesions, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.board = board;
		this.recommendations = recommendations;
		this.lesions = lesions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/tumor-board/cases/{id}")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("form", new RecommendationForm());
		return casePage(id, model, locale);
	}

	@PostMapping("/tumor-board/cases/{id}/attendance")
	@Requires(Permission.BOARD_COORDINATE)
	String attendance(@PathVariable UUID id, @RequestParam(required = false) List<String> departments,
			@RequestParam Map<String, String> params, RedirectAttributes redirect, Locale locale) {
		List<Attendee> present = new ArrayList<>();
		for (String code : departments == null ? List.<String>of() : departments) {
			Department d = BoardViews.department(code, "departments");
			present.add(new Attendee(d, params.get("name-" + d.code())));
		}
		try {
			board.recordAttendance(id, present);
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("attendanceError",
					messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale));
		}
		return "redirect:/tumor-board/cases/" + id + "#attendance";
	}

	/**
	 * A systemic therapy class as typed: its code, or its label or a synonym in Korean or English
	 * ("면역치료", "Immunotherapy"), so that a Korean entry is not refused by the English vocabulary.
	 */
	String systemicClass(String typed) {
		if (typed == null) {
			return null;
		}
		String wanted = typed.replace(" ", "").toLowerCase(Locale.ROOT);
		for (String code : PlanItem.SYSTEMIC_CLASSES) {
			for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
				String names = code + "," + messages.getMessage("tumorboard.systemic." + code, null, code, language) + ","
						+ messages.getMessage("tumorboard.systemic." + code + ".synonyms", null, "", language);
				for (String name : names.split(",")) {
					if (!name.isBlank() && name.replace(" ", "").toLowerCase(Locale.ROOT).equals(wanted)) {
						return code;
					}
				}
			}
		}
		return typed;
	}

	@PostMapping("/tumor-board/cases/{id}/recommendation")
	@Requires(Permission.BOARD_RECOMMEND)
	String recommend(@PathVariable UUID id, @ModelAttribute("form") RecommendationForm form, BindingResult result,
			@RequestParam(required = false) String password, @RequestParam(required = false) String pin, Model model,
			Locale locale) {
		if (!result.hasErrors()) {
			try {
				recommendations.finalise(id, form.getIntent(), form.planItems(this::systemicClass), form.getDissent(),
						form.actionRequests(), new SignatureSecret(password, pin));
				return "redirect:/tumor-board/cases/" + id + "#recommendation";
			}
			catch (SignatureRefused refused) {
				// the form keeps what was entered; only the password or PIN is asked for again
				model.addAttribute("signatureField", refused.field());
				model.addAttribute("signatureError",
						messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
			}
			catch (InvalidInput invalid) {
				if (invalid.problems().stream().anyMatch(p -> p.field().equals("password") || p.field().equals("pin"))) {
					model.addAttribute("signatureField", invalid.problems().get(0).field());
					model.addAttribute("signatureError", String.join(" ", FormErrors.texts(invalid, messages, locale)));
				}
				else {
					FormErrors.bind(invalid, result);
				}
			}
			catch (RefusedTransition refused) {
				// not the chair, not yet the meeting's day ...: said on the form, which keeps what was entered
				result.reject(refused.messageKey(), refused.args(), refused.messageKey());
			}
		}
		return casePage(id, model, locale);
	}

	@PostMapping("/tumor-board/cases/{id}/addenda")
	@Requires(Permission.BOARD_COORDINATE)
	String addendum(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			recommendations.addAddendum(id, text);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("addendumError", invalid.problems().get(0).messageKey());
		}
		return "redirect:/tumor-board/cases/" + id + "#addenda";
	}

	private String casePage(UUID id, Model model, Locale locale) {
		CaseSummary summary = summaries.summary(id);
		model.addAttribute("s", summary);
		model.addAttribute("c", summary.boardCase());
		model.addAttribute("present", summary.boardCase().presentDepartments());
		model.addAttribute("names", summary.boardCase().attendees().stream()
			.filter(a -> a.username() != null)
			.collect(java.util.stream.Collectors.toMap(a -> a.department().code(), Attendee::username, (a, b) -> a)));
		model.addAttribute("departments", BOARD);
		model.addAttribute("allDepartments", Department.values());
		model.addAttribute("intents", Recommendation.INTENTS);
		model.addAttribute("planTypes", PlanItem.TYPES);
		model.addAttribute("systemicClasses", PlanItem.SYSTEMIC_CLASSES);
		UUID lesionId = summary.lesionId();
		model.addAttribute("lesionId", lesionId);
		model.addAttribute("signable", summary.meeting() == null || summary.meeting().signableOn(clock));
		model.addAttribute("photos", summary.photos().stream()
			.sorted(Comparator.comparing(PhotoReference::takenOn, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
			.limit(PHOTOS_SHOWN)
			.toList());
		model.addAttribute("lineage", lesionId == null ? List.of() : lineage(lesions.lineage(lesionId), locale));
		model.addAttribute("zone", clock.getZone());
		return "tumorboard/case";
	}

	/** Lineage entries in the reader's language, each with its date, as escaped HTML (typed words quoted). */
	private List<String> lineage(List<LineageEntry> entries, Locale locale) {
		return entries.stream()
			.map(e -> java.time.LocalDate.ofInstant(e.at(), clock.getZone()) + " · "
					+ EntryText.html(messages, e.messageKey(), e.args(), locale))
			.toList();
	}
}
