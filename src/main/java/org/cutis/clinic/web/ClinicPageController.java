package org.cutis.clinic.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentReason;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.appointment.Appointment;
import org.cutis.clinic.appointment.AppointmentBook;
import org.cutis.clinic.appointment.ClinicLists;
import org.cutis.clinic.appointment.ClinicDay;
import org.cutis.clinic.session.Clinicians;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientFinder;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
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
 * "My clinic": a doctor's list of the day that the nurse runs (arrival, no-show, cancellation) and
 * books into; each appointment opens its visit note. Nurses and the front desk choose the doctor.
 */
@Controller
class ClinicPageController {
	static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final AppointmentBook book;
	private final ClinicLists lists;
	private final Clinicians clinicians;
	private final PatientFinder finder;
	private final MessageSource messages;
	private final Clock clock;

	ClinicPageController(AppointmentBook book, ClinicLists lists, Clinicians clinicians, PatientFinder finder, MessageSource messages,
			Clock clock) {
		this.book = book;
		this.lists = lists;
		this.clinicians = clinicians;
		this.finder = finder;
		this.messages = messages;
		this.clock = clock;
	}

	/** One line of the clinic list, ready to show. */
	public record Row(Appointment appointment, PatientSummary patient, String time, String location) {
		public String patientName() {
			return patient == null ? "-" : patient.displayName();
		}

		public String mrn() {
			return patient == null ? "" : patient.mrn();
		}

		public boolean open() {
			return appointment.status().open();
		}

		public boolean expected() {
			return appointment.status() == AppointmentStatus.BOOKED;
		}
	}

	/** A session of the day with its times. */
	public record SessionRow(String time, String location, int booked, int capacity, boolean onLeave, boolean closed,
			List<Slot> free) {
	}

	/** A free slot the booking form offers: the value is the local date-time of the center. */
	public record Slot(String value, String label) {
	}

	@GetMapping("/clinic")
	@Requires(Permission.CLINIC_READ)
	String myClinic(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		DateParams.checked("date", date);
		if (clinicians.isClinicHolder()) {
			return "redirect:/clinics/" + UriUtils.encodePathSegment(clinicians.currentUsername(), "UTF-8")
					+ (date == null ? "" : "?date=" + date);
		}
		model.addAttribute("doctors", clinicians.all());
		model.addAttribute("date", date == null ? LocalDate.now(clock) : date);
		return "clinic/choose";
	}

	@GetMapping("/clinics/{username}")
	@Requires(Permission.CLINIC_READ)
	String clinicList(@PathVariable String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		DateParams.checked("date", date);
		if (!clinicians.holdsClinics(username)) {
			throw new NotFound("clinic", username);
		}
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		ZoneId zone = clock.getZone();
		ClinicDay clinicDay = lists.clinicDay(username, day);
		model.addAttribute("clinician", username);
		model.addAttribute("day", day);
		model.addAttribute("previous", day.minusDays(1));
		model.addAttribute("next", day.plusDays(1));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("own", username.equals(clinicians.currentUsername()));
		model.addAttribute("sessions", clinicDay.sessions().stream().map(s -> new SessionRow(
				HH_MM.format(s.session().startsAt()) + "–" + HH_MM.format(s.session().endsAt()), s.session().location(),
				s.booked(), s.session().capacity(), s.onLeave(), s.session().closed(),
				lists.freeStarts(s.session()).stream().map(at -> slot(at, zone)).toList())).toList());
		model.addAttribute("rows", clinicDay.lines().stream().map(l -> new Row(l.appointment(), l.patient(),
				HH_MM.format(l.appointment().startsAt().atZone(zone)),
				l.session() == null ? "" : l.session().location())).toList());
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("reasons", AppointmentReason.values());
		return "clinic/day";
	}

	private static Slot slot(Instant at, ZoneId zone) {
		var local = at.atZone(zone).toLocalDateTime();
		return new Slot(local.toString(), HH_MM.format(local));
	}

	/** The nurse books from the clinic list: the patient by MRN into a free slot of the day. */
	@PostMapping("/clinics/{username}/appointments")
	@Requires(Permission.APPOINTMENT_BOOK)
	String bookFromList(@PathVariable String username, @RequestParam(defaultValue = "") String mrn,
			@RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String reasonCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect, Locale locale) {
		DateParams.checked("date", date);
		try {
			UUID patient = patientByMrn(mrn);
			AppointmentKind k = AppointmentKind.fromCode(kind);
			if (k == null) {
				throw new InvalidInput("kind", "error.field.oneOf", AppointmentBook.kindCodes());
			}
			// a reason chosen from the list is coded; otherwise the words typed are kept as typed
			AppointmentSummary booked = book.book(patient, username, StartTime.parse(start, clock.getZone(), "start"), k,
					AppointmentReason.fromCode(reasonCode) != null ? reasonCode : reason);
			// the header confirms the save
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
			redirect.addFlashAttribute("bookMrn", mrn);
			redirect.addFlashAttribute("bookReason", reason);
			redirect.addFlashAttribute("bookReasonCode", reasonCode);
		}
		return back(username, date);
	}

	private UUID patientByMrn(String mrn) {
		String wanted = mrn.trim();
		if (wanted.isEmpty()) {
			throw new InvalidInput("mrn", "error.field.required");
		}
		List<PatientSummary> found;
		try {
			found = finder.search(wanted);
		}
		catch (InvalidInput notAnMrn) {
			throw new InvalidInput("mrn", "clinic.book.error.mrn", wanted);
		}
		return found.stream()
			.filter(p -> wanted.equalsIgnoreCase(p.mrn()) && !p.voided())
			.findFirst()
			.orElseThrow(() -> new InvalidInput("mrn", "clinic.book.error.mrn", wanted))
			.id();
	}

	/** Arrived, no-show (optional reason) or cancelled (reason) from the clinic list. */
	@PostMapping("/appointments/{id}/status")
	@Requires(Permission.APPOINTMENT_STATUS)
	String changeStatus(@PathVariable UUID id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Long version,
			RedirectAttributes redirect, Locale locale) {
		AppointmentSummary a = book.find(id).orElseThrow(() -> new NotFound("appointment", id));
		try {
			book.changeStatus(id, status, reason, version);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale)));
		}
		return back(a.clinician(), LocalDate.ofInstant(a.start(), clock.getZone()));
	}

	private static String back(String clinician, LocalDate date) {
		return "redirect:/clinics/" + UriUtils.encodePathSegment(clinician, "UTF-8") + (date == null ? "" : "?date=" + date);
	}
}
