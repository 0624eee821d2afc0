package org.cutis.tumorboard.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.lesion.LesionDirectory;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientFinder;
import org.cutis.shared.InvalidInput;
import org.cutis.staging.CancerDirectory;
import org.cutis.shared.web.FormErrors;
import org.cutis.tumorboard.application.BoardMetrics;
import org.cutis.tumorboard.application.CaseSummaries;
import org.cutis.tumorboard.application.TumorBoardManagement;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.Meeting;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tumor board page (upcoming meetings, proposals, metrics) and each meeting's case list. */
@Controller
@Requires(Permission.BOARD_READ)
class TumorBoardController {
	private final TumorBoardManagement board;
	private final CaseSummaries summaries;
	private final BoardMetrics metrics;
	private final PatientDirectory patients;
	private final LesionDirectory lesions;
	private final MeetingPacket packet;
	private final MessageSource messages;
	private final BoardChairs chairs;
	private final Clock clock;
	private final PatientFinder finder;
	private final CancerDirectory cancers;
	private final Access access;
	private final AuditLog audit;

	TumorBoardController(TumorBoardManagement board, CaseSummaries summaries, BoardMetrics metrics,
			PatientDirectory patients, LesionDirectory lesions, MeetingPacket packet, MessageSource messages,
			BoardChairs chairs, Clock clock, PatientFinder finder, CancerDirectory cancers, Access access,
			AuditLog audit) {
		this.finder = finder;
		this.cancers = cancers;
		this.access = access;
		this.audit = audit;
		this.lesions = lesions;
		this.chairs = chairs;
		this.board = board;
		this.summaries = summaries;
		this.metrics = metrics;
		this.patients = patients;
		this.packet = packet;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/tumor-board")
	String board(Model model) {
		model.addAttribute("schedule", new ScheduleForm());
		return boardPage(model);
	}

	/** A weekly series from the page, through the same service as POST /api/v1/tumor-board/meetings. */
	@PostMapping("/tumor-board/meetings")
	@Requires(Permission.BOARD_COORDINATE)
	String schedule(@ModelAttribute("schedule") ScheduleForm form, BindingResult result, Model model) {
		if (form.complete(result)) {
			try {
				List<Meeting> scheduled = board.schedule(form.getTitle(), form.firstAt(clock.instant(), clock.getZone()),
						form.cutOff(), form.getPlace(), form.getVideoLink(), form.getChair(), form.getWeeks());
				return "redirect:/tumor-board?scheduled=" + scheduled.size() + "#upcoming-title";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return boardPage(model);
	}

	private String boardPage(Model model) {
		List<Meeting> upcoming = board.meetings()
			.stream()
			.filter(m -> m.scheduledAt().isAfter(clock.instant()))
			.sorted(java.util.Comparator.comparing(Meeting::scheduledAt))
			.toList();
		model.addAttribute("upcoming", upcoming.stream()
			.map(m -> new MeetingRows(m, CaseRow.of(listed(board.casesOf(m.id())), patients, lesions),
					m.cutOffPassed(clock.instant())))
			.toList());
		model.addAttribute("proposals", CaseRow.of(board.proposals(), patients, lesions));
		model.addAttribute("metrics", metrics.compute());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("weekdays", java.time.DayOfWeek.values());
		model.addAttribute("chairs", chairs.get());
		return "tumorboard/board";
	}

	@PostMapping("/tumor-board/cases/{id}/defer")
	@Requires(Permission.BOARD_COORDINATE)
	String defer(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		try {
			board.defer(id, reason);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("deferCase", id);
			redirect.addFlashAttribute("deferError", messages.getMessage(invalid.problems().get(0).messageKey(),
					invalid.problems().get(0).args(), locale));
		}
		return "redirect:/tumor-board#proposals";
	}

	/**
	 * A meeting's case list; {@code q} searches the registry for the patient of a case to add
	 * (name, MRN or birth date), {@code patientId} lists that patient's cancers to choose from.
	 */
	@GetMapping("/tumor-board/meetings/{id}")
	String meeting(@PathVariable UUID id, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID patientId, Model model, Locale locale) {
		model.addAttribute("form", CaseForm.forPatient(patientId));
		casePicker(q, patientId, model, locale);
		return meetingPage(id, model);
	}

	/** The patient search and the chosen patient's cancers, for those who may add a case. */
	private void casePicker(String q, UUID patientId, Model model, Locale locale) {
		if (!access.allows(Permission.BOARD_COORDINATE)) {
			return;
		}
		if (q != null && !q.isBlank()) {
			model.addAttribute("patientQuery", q.trim());
			try {
				model.addAttribute("patientMatches", finder.search(q));
			}
			catch (InvalidInput invalid) {
				model.addAttribute("patientSearchError", String.join(" ", FormErrors.texts(invalid, messages, locale)));
			}
		}
		if (patientId != null) {
			patients.find(patientId).ifPresent(patient -> {
				model.addAttribute("chosenPatient", patient);
				model.addAttribute("patientCancers", cancers.cancersOf(patientId));
				audit.record(AuditAction.VIEW, patientId, "cancers", patientId, "tumor board: choosing a case");
			});
		}
	}

	@PostMapping("/tumor-board/meetings/{id}/cases")
	@Requires(Permission.BOARD_COORDINATE)
	String addCase(@PathVariable UUID id, @ModelAttribute("form") CaseForm form, BindingResult result, Model model,
			Locale locale) {
		if (!result.hasErrors()) {
			try {
				board.addCase(id, form.request());
				return "redirect:/tumor-board/meetings/" + id + "?added";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		casePicker(null, form.patientId(), model, locale);
		return meetingPage(id, model);
	}

	/** The printable packet, for a browser session (the API has the same under /api/v1). */
	@GetMapping("/tumor-board/meetings/{id}/packet.pdf")
	ResponseEntity<byte[]> packet(@PathVariable UUID id) {
		byte[] pdf = packet.render(board.meeting(id), summaries.packet(id), clock.getZone(),
				LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.header("Content-Disposition", "inline; filename=\"tumor-board-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	private String meetingPage(UUID id, Model model) {
		Meeting meeting = board.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("cutOffPassed", meeting.cutOffPassed(clock.instant()));
		model.addAttribute("cases", CaseRow.of(listed(board.casesOf(id)), patients, lesions)
			.stream()
			.filter(r -> r.boardCase().status() != BoardCase.Status.PROPOSED)
			.toList());
		model.addAttribute("proposals", CaseRow.of(board.proposals(), patients, lesions));
		model.addAttribute("zone", clock.getZone());
		return "tumorboard/meeting";
	}

	/** A meeting's cases without the proposals merged into one of them (shown on that case). */
	private static List<BoardCase> listed(List<BoardCase> cases) {
		return cases.stream().filter(c -> c.status() != BoardCase.Status.MERGED).toList();
	}

	record MeetingRows(Meeting meeting, List<CaseRow> cases, boolean cutOffPassed) {
	}
}
