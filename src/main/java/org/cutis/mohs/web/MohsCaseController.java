package org.cutis.mohs.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.cutis.identity.Access;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureRefused;
import org.cutis.identity.SignatureSecret;
import org.cutis.mohs.application.MohsSurgery;
import org.cutis.mohs.application.OperativeReportPdf;
import org.cutis.mohs.domain.AucGate;
import org.cutis.mohs.domain.AucRating;
import org.cutis.mohs.domain.BlockInput;
import org.cutis.mohs.domain.Closure;
import org.cutis.mohs.domain.Margin;
import org.cutis.mohs.domain.MohsCase;
import org.cutis.mohs.domain.MohsStage;
import org.cutis.mohs.domain.TissueBlock;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Mohs pages: opening a case behind the AUC gate, and the case page where the surgeon records
 * each stage on its round tissue map, closes the defect, signs the operative report and amends it.
 * Every form works without JavaScript (the map's blocks are also a list of selects).
 */
@Controller
@Requires(Permission.MOHS_READ)
class MohsCaseController {
	private static final List<Integer> DIVISIONS = List.of(1, 2, 3, 4, 6);

	private final MohsSurgery surgery;
	private final OperativeReportPdf pdf;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final Access access;
	private final CurrentUser currentUser;
	private final java.time.Clock clock;

	MohsCaseController(MohsSurgery surgery, OperativeReportPdf pdf, PatientDirectory patients, MessageSource messages,
			Access access, CurrentUser currentUser, java.time.Clock clock) {
		this.clock = clock;
		this.surgery = surgery;
		this.pdf = pdf;
		this.patients = patients;
		this.messages = messages;
		this.access = access;
		this.currentUser = currentUser;
	}

	/** The opening form with the AUC rating of what it holds (rated again by its "rate" button). */
	@GetMapping("/mohs-cases/new")
	@Requires(Permission.MOHS_RECORD)
	String openForm(@RequestParam(required = false) UUID lesionId, @RequestParam(required = false) UUID cancerId,
			@RequestParam(required = false) String tumor, @RequestParam(required = false) BigDecimal diameterCm,
			@RequestParam(required = false) String patient, @RequestParam(defaultValue = "false") boolean recurrent,
			@RequestParam(defaultValue = "false") boolean priorRadiationAtSite,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean filled,
			Model model, Locale locale) {
		// a form sent back to be rated again says what it says; a new one starts from the cancer's findings
		MohsSurgery.Opening opening = new MohsSurgery.Opening(lesionId, cancerId, tumor, diameterCm, patient,
				filled ? recurrent : null, filled ? priorRadiationAtSite : null, reason);
		return openPage(opening, model, locale, null);
	}

	@PostMapping("/mohs-cases")
	@Requires(Permission.MOHS_RECORD)
	String open(@RequestParam(required = false) UUID lesionId, @RequestParam(required = false) UUID cancerId,
			@RequestParam(required = false) String tumor, @RequestParam(required = false) BigDecimal diameterCm,
			@RequestParam(required = false) String patient, @RequestParam(defaultValue = "false") boolean recurrent,
			@RequestParam(defaultValue = "false") boolean priorRadiationAtSite,
			@RequestParam(required = false) String reason, Model model, Locale locale) {
		MohsSurgery.Opening opening = new MohsSurgery.Opening(lesionId, cancerId, tumor, diameterCm, patient, recurrent,
				priorRadiationAtSite, reason);
		try {
			return "redirect:/mohs-cases/" + surgery.open(opening).id();
		}
		catch (InvalidInput invalid) {
			return openPage(opening, model, locale, invalid);
		}
	}

	private String openPage(MohsSurgery.Opening opening, Model model, Locale locale, InvalidInput invalid) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (invalid != null) {
			texts(invalid, locale).forEach(errors::put);
		}
		try {
			MohsSurgery.Proposal proposal = surgery.propose(opening);
			model.addAttribute("lesion", proposal.lesion());
			model.addAttribute("cancer", proposal.cancer());
			model.addAttribute("scenario", proposal.scenario());
			model.addAttribute("patientRecord", patients.find(proposal.lesion().patientId()).orElse(null));
			try {
				AucRating rating = surgery.rate(proposal.scenario());
				model.addAttribute("rating", rating);
				model.addAttribute("ratingWhy", Explanation.render(rating.why(), locale));
			}
			catch (InvalidInput notYet) {
				texts(notYet, locale).forEach(errors::putIfAbsent);
			}
		}
		catch (InvalidInput noCase) {
			texts(noCase, locale).forEach(errors::putIfAbsent);
		}
		model.addAttribute("opening", opening);
		model.addAttribute("errors", errors);
		model.addAttribute("tumors", List.of(AucGate.TUMORS.split(", ")));
		model.addAttribute("patientCategories", List.of(AucGate.PATIENTS.split(", ")));
		return "mohs/new";
	}

	@GetMapping("/mohs-cases/{id}")
	String casePage(@PathVariable UUID id, @RequestParam(required = false) Integer blocks, Model model, Locale locale) {
		MohsCase c = surgery.view(id);
		model.addAttribute("mohs", c);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("patientRecord", patients.find(c.patientId()).orElse(null));
		model.addAttribute("ratingWhy", Explanation.render(c.aucWhy(), locale));
		model.addAttribute("maps", c.stages().stream().map(s -> TissueMap.of(s.blocks())).toList());
		model.addAttribute("divisions", DIVISIONS);
		model.addAttribute("margins", List.of(Margin.values()).stream().map(Margin::code).toList());
		model.addAttribute("closures", List.of(Closure.values()));
		boolean recorder = access.allows(Permission.MOHS_RECORD);
		MohsStage last = c.stages().isEmpty() ? null : c.stages().get(c.stages().size() - 1);
		boolean canStage = recorder && c.status() == MohsCase.Status.OPEN && (last == null || !last.allClear());
		model.addAttribute("canStage", canStage);
		if (canStage) {
			int division = blocks != null && DIVISIONS.contains(blocks) ? blocks : 4;
			List<TissueBlock> next = last == null ? TissueBlock.divided(division) : nextLayer(last);
			model.addAttribute("division", division);
			model.addAttribute("nextNumber", c.stages().size() + 1);
			model.addAttribute("nextMap", TissueMap.of(next));
		}
		model.addAttribute("canClose", recorder && c.status() == MohsCase.Status.OPEN && last != null && last.allClear());
		model.addAttribute("canSign", recorder && c.status() == MohsCase.Status.CLOSED
				&& currentUser.username().equals(c.surgeon()));
		model.addAttribute("canAmend", recorder && c.status() == MohsCase.Status.SIGNED);
		return "mohs/case";
	}

	/** The next layer is taken where the last one was positive: its positive blocks, renumbered, marked clear. */
	private static List<TissueBlock> nextLayer(MohsStage last) {
		List<TissueBlock> next = new ArrayList<>();
		for (TissueBlock b : last.positiveBlocks()) {
			next.add(new TissueBlock(next.size() + 1, b.fromClock(), b.toClock(), Margin.CLEAR));
		}
		return next;
	}

	@PostMapping("/mohs-cases/{id}/stages")
	@Requires(Permission.MOHS_RECORD)
	String stage(@PathVariable UUID id, @RequestParam(name = "number", required = false) List<Integer> numbers,
			@RequestParam(name = "fromClock", required = false) List<Integer> from,
			@RequestParam(name = "toClock", required = false) List<Integer> to,
			@RequestParam(name = "margin", required = false) List<String> margins,
			@RequestParam(required = false) Integer frozenSectionMinutes, @RequestParam(required = false) Long version,
			RedirectAttributes redirect, Locale locale) {
		List<BlockInput> blocks = new ArrayList<>();
		int count = numbers == null ? 0 : numbers.size();
		for (int i = 0; i < count; i++) {
			blocks.add(new BlockInput(numbers.get(i), at(from, i), at(to, i), at(margins, i)));
		}
		return act(id, "stage", redirect, locale, () -> surgery.takeStage(id, blocks, frozenSectionMinutes, version));
	}

	@PostMapping("/mohs-cases/{id}/closure")
	@Requires(Permission.MOHS_RECORD)
	String close(@PathVariable UUID id, @RequestParam(required = false) BigDecimal defectLengthMm,
			@RequestParam(required = false) BigDecimal defectWidthMm, @RequestParam(required = false) String closure,
			@RequestParam(required = false) String flapType, @RequestParam(required = false) String graftType,
			@RequestParam(required = false) String detail, @RequestParam(required = false) Long version,
			RedirectAttributes redirect, Locale locale) {
		// the form asks for the flap's and the graft's type in their own selects; the note for the others
		String given = "flap".equals(closure) ? flapType : "graft".equals(closure) ? graftType : detail;
		return act(id, "closure", redirect, locale,
				() -> surgery.close(id, defectLengthMm, defectWidthMm, closure, given, version));
	}

	@PostMapping("/mohs-cases/{id}/sign")
	@Requires(Permission.MOHS_RECORD)
	String sign(@PathVariable UUID id, @RequestParam(required = false) String password,
			@RequestParam(required = false) String pin, RedirectAttributes redirect, Locale locale) {
		return act(id, "sign", redirect, locale, () -> surgery.sign(id, new SignatureSecret(password, pin)));
	}

	@PostMapping("/mohs-cases/{id}/addenda")
	@Requires(Permission.MOHS_RECORD)
	String amend(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String password, @RequestParam(required = false) String pin,
			RedirectAttributes redirect, Locale locale) {
		return act(id, "addendum", redirect, locale, () -> surgery.amend(id, text, new SignatureSecret(password, pin)));
	}

	@GetMapping("/mohs-cases/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
		return PdfResponse.of(id, pdf.print(id, locale));
	}

	/** Runs one action; a refusal comes back to the case page beside the form it concerns. */
	private String act(UUID id, String form, RedirectAttributes redirect, Locale locale, Supplier<?> action) {
		try {
			action.get();
			return "redirect:/mohs-cases/" + id + "#" + form + "-done";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute(form + "Errors", new LinkedHashMap<>(texts(invalid, locale)));
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute(form + "Errors", new LinkedHashMap<>(Map.of("state",
					messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale))));
		}
		catch (SignatureRefused refused) {
			redirect.addFlashAttribute(form + "Errors", new LinkedHashMap<>(Map.of(refused.field(),
					messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale))));
		}
		return "redirect:/mohs-cases/" + id + "#" + form;
	}

	/** Each problem by its field, in the reader's language, naming the field where the form has no place for it. */
	private Map<String, String> texts(InvalidInput invalid, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		invalid.problems().forEach(p -> texts.merge(p.field(), fieldLabel(p.field(), locale)
				+ messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale), (a, b) -> a + " " + b));
		return texts;
	}

	/** "블록 2 · 시계 위치: " before a block's problem, so the list says which block it is. */
	private String fieldLabel(String field, Locale locale) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("blocks\\[(\\d+)]\\.(\\w+)").matcher(field);
		if (m.matches()) {
			return messages.getMessage("mohs.block.problem", new Object[] { Integer.parseInt(m.group(1)) + 1,
					messages.getMessage("mohs.field." + m.group(2), null, m.group(2), locale) }, locale) + " ";
		}
		return "";
	}

	private static <T> T at(List<T> values, int i) {
		return values == null || i >= values.size() ? null : values.get(i);
	}
}
