package org.cutis.clinic.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.clinic.appointment.ClinicLists;
import org.cutis.clinic.session.ClinicSession;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.clinic.session.Clinicians;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A doctor's clinic sessions for the next four weeks and their leave: open a session, close one
 * with a reason, record leave or withdraw it. A doctor sees and keeps their own; the front desk and
 * the nurses choose the doctor.
 */
@Controller
class SessionPageController {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	static final int WEEKS = 4;

	private final ClinicSessions sessions;
	private final ClinicLists book;
	private final Clinicians clinicians;
	private final MessageSource messages;
	private final Clock clock;

	SessionPageController(ClinicSessions sessions, ClinicLists book, Clinicians clinicians, MessageSource messages,
			Clock clock) {
		this.sessions = sessions;
		this.book = book;
		this.clinicians = clinicians;
		this.messages = messages;
		this.clock = clock;
	}

	public record SessionRow(ClinicSession session, String time, int booked, boolean onLeave) {
	}

	public record LeaveRow(UUID id, String from, String to, String reason) {
	}

	@GetMapping("/clinic-sessions")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	String page(@RequestParam(required = false) String clinician,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
		DateParams.checked("from", from);
		String doctor = clinician != null && !clinician.isBlank() ? clinician.trim()
				: clinicians.isClinicHolder() ? clinicians.currentUsername() : null;
		LocalDate first = from == null ? LocalDate.now(clock) : from;
		model.addAttribute("doctors", clinicians.all()
			.stream()
			.filter(d -> clinicians.mayManage(d.username()))
			.toList());
		model.addAttribute("clinician", doctor);
		model.addAttribute("from", first);
		model.addAttribute("earlier", first.minusWeeks(WEEKS));
		model.addAttribute("later", first.plusWeeks(WEEKS));
		if (doctor != null && clinicians.holdsClinics(doctor)) {
			ZoneId zone = clock.getZone();
			model.addAttribute("sessions", sessions.between(doctor, first, first.plusWeeks(WEEKS).minusDays(1))
				.stream()
				.map(s -> new SessionRow(s, ClinicPageController.HH_MM.format(s.startsAt()) + "–"
						+ ClinicPageController.HH_MM.format(s.endsAt()), book.bookedIn(s), sessions.blocked(s)))
				.toList());
			model.addAttribute("leave", sessions.leaveOf(doctor, first.atStartOfDay(zone).toInstant(),
					first.plusYears(1).atStartOfDay(zone).toInstant())
				.stream()
				.map(l -> new LeaveRow(l.id(), WHEN.format(l.startsAt().atZone(zone)), WHEN.format(l.endsAt().atZone(zone)),
						l.reason()))
				.toList());
			model.addAttribute("mayManage", clinicians.mayManage(doctor));
		}
		else {
			model.addAttribute("clinician", null);
		}
		return "clinic/sessions";
	}

	@PostMapping("/clinic-sessions")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	String open(@RequestParam(defaultValue = "") String clinician,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime end,
			@RequestParam(required = false) Integer capacity, @RequestParam(required = false) Integer slotMinutes,
			@RequestParam(defaultValue = "") String location, RedirectAttributes redirect, Locale locale) {
		DateParams.checked("date", date);
		try {
			sessions.open(clinician, date, start, end, capacity, slotMinutes, location);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
		}
		return back(clinician, date);
	}

	@PostMapping("/clinic-sessions/{id}/close")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale) {
		ClinicSession s = sessions.find(id);
		try {
			sessions.close(id, reason, version);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale)));
		}
		return back(s.clinician(), s.day());
	}

	@PostMapping("/clinic-leave")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	String recordLeave(@RequestParam(defaultValue = "") String clinician, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		try {
			ZoneId zone = clock.getZone();
			sessions.recordLeave(clinician, LeaveTimes.from(from, zone), LeaveTimes.to(to, zone), reason);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
		}
		return back(clinician, null);
	}

	@PostMapping("/clinic-leave/{id}/withdraw")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	String withdrawLeave(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			return back(sessions.withdrawLeave(id).clinician(), null);
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale)));
			return "redirect:/clinic-sessions";
		}
	}

	private static String back(String clinician, LocalDate from) {
		return "redirect:/clinic-sessions?clinician=" + UriUtils.encodeQueryParam(clinician.trim(), "UTF-8")
				+ (from == null ? "" : "&from=" + from);
	}
}
