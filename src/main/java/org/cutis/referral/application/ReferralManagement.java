package org.cutis.referral.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugCatalogue;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.referral.DrugChoice;
import org.cutis.referral.ReferralAppointments;
import org.cutis.referral.ReferralDecided;
import org.cutis.referral.ReferralDrug;
import org.cutis.referral.domain.Referral;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.domain.Referrals;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Taking referrals in and deciding them; the triage worklist. */
@Service
@Transactional
@EnableConfigurationProperties(ReferralProperties.class)
public class ReferralManagement {
	private final Referrals referrals;
	private final PatientDirectory patients;
	private final StaffDirectory staff;
	private final DrugCatalogue catalogue;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	/** The clinic module books the visit; a provider because the clinic depends on this module. */
	private final ObjectProvider<ReferralAppointments> appointments;
	private final ReferralSearchDocuments search;

	ReferralManagement(Referrals referrals, PatientDirectory patients, StaffDirectory staff, DrugCatalogue catalogue,
			AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<ReferralAppointments> appointments, ReferralSearchDocuments search) {
		this.search = search;
		this.appointments = appointments;
		this.referrals = referrals;
		this.patients = patients;
		this.staff = staff;
		this.catalogue = catalogue;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	public Referral receive(UUID patientId, ReferralDetails details) {
		return receive(patientId, details, clock.instant());
	}

	/** A referral that arrived earlier (on paper, by fax, from a migrated system), entered with its arrival time. */
	public Referral receive(UUID patientId, ReferralDetails details, java.time.Instant receivedAt) {
		if (receivedAt.isAfter(clock.instant())) {
			throw new InvalidInput("receivedAt", "referral.receivedAt.future");
		}
		if (patientId == null) {
			throw new InvalidInput("patientId", "error.field.required");
		}
		PatientSummary patient = patients.find(patientId)
			.orElseThrow(() -> new InvalidInput("patientId", "referral.patient.unknown"));
		if (patient.voided()) {
			throw new InvalidInput("patientId", "referral.patient.voided");
		}
		details.validate();
		List<ReferralDrug> drugs = resolve(details);
		Referral referral = referrals.save(new Referral(patientId, details, drugs, currentUser.username(), receivedAt));
		audit.record(AuditAction.CREATE, patientId, "referral", referral.id(),
				referral.reason().code() + ", " + referral.urgency().code()
						+ (referral.urgencyRaised() ? " (raised from " + referral.requestedUrgency().code() + ")" : "")
						+ (referral.scarWarning() ? ", red flags " + referral.redFlags()
							.stream()
							.map(org.cutis.referral.RedFlag::code)
							.toList() : ""));
		search.changed(referral.id());
		return referral;
	}

	/** Oncologists of this hospital a drug-reaction referral can name (active accounts). */
	@Transactional(readOnly = true)
	public List<org.cutis.identity.StaffMember> oncologists() {
		List<org.cutis.identity.StaffMember> all = new ArrayList<>(staff.withRole(Role.ONCOLOGIST));
		all.addAll(staff.withRole(Role.RADIATION_ONCOLOGIST));
		return all;
	}

	/**
	 * The drugs as the catalogue knows them: a code it lacks (or has retired) is refused unless the
	 * referrer marked the name a free entry; and the named oncologist must be an active oncology
	 * account. All problems at once, each naming its field.
	 */
	private List<ReferralDrug> resolve(ReferralDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		List<ReferralDrug> drugs = new ArrayList<>();
		for (int i = 0; i < details.drugs().size(); i++) {
			DrugChoice choice = details.drugs().get(i);
			if (choice.freeEntry()) {
				drugs.add(new ReferralDrug(null, choice.drug(), choice.drug(), null, true));
				continue;
			}
			var found = catalogue.find(choice.drug()).filter(CatalogueDrug::active);
			if (found.isEmpty()) {
				problems.add(new FieldProblem("drugs[" + i + "].drug", "referral.drug.unknown", choice.drug()));
				continue;
			}
			CatalogueDrug d = found.get();
			drugs.add(new ReferralDrug(d.code(), d.nameKo(), d.nameEn(), d.drugClass(), false));
		}
		if (details.oncologist() != null
				&& oncologists().stream().noneMatch(m -> m.username().equals(details.oncologist()))) {
			problems.add(new FieldProblem("oncologist", "referral.oncologist.unknown", details.oncologist()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return drugs;
	}

	public Referral accept(UUID id, String dermatologist, LocalDate appointment) {
		return accept(id, dermatologist, appointment, null);
	}

	/**
	 * Accepts and, when a day or a time is given, books the first visit into the dermatologist's
	 * clinic sessions (the clinic module): at {@code start}, else the first free slot of the day. A
	 * day or time the clinic cannot take is refused and nothing is decided.
	 */
	public Referral accept(UUID id, String dermatologist, LocalDate appointment, Instant start) {
		Referral referral = load(id);
		LocalDate day = start != null ? LocalDate.ofInstant(start, clock.getZone()) : appointment;
		if (start != null && appointment != null && !appointment.equals(day)) {
			throw new InvalidInput("appointmentStart", "referral.appointment.startNotOnDate", appointment.toString());
		}
		if (dermatologist != null && !dermatologist.isBlank() && staff.find(dermatologist)
			.filter(member -> member.role() == Role.DERMATOLOGIST)
			.isEmpty()) {
			throw new InvalidInput("dermatologist", "referral.dermatologist.unknown");
		}
		referral.accept(dermatologist, day, currentUser.username(), clock.instant(), LocalDate.now(clock));
		String booked = "";
		if (day != null) {
			ReferralAppointments.BookedVisit visit = appointments.getObject()
				.book(id, referral.patientId(), dermatologist.trim(), start, day, null);
			booked = ", appointment " + visit.appointmentId() + " at " + visit.start();
		}
		audit.record(AuditAction.UPDATE, referral.patientId(), "referral", id,
				"accepted, booked to " + dermatologist + booked);
		search.changed(id);
		events.publishEvent(new ReferralDecided(id, referral.patientId(), true));
		return referral;
	}

	/** The visit booked at acceptance, if any (the clinic module keeps it). */
	@Transactional(readOnly = true)
	public Optional<ReferralAppointments.BookedVisit> appointmentOf(UUID id) {
		ReferralAppointments clinic = appointments.getIfAvailable();
		return clinic == null ? Optional.empty() : clinic.of(id);
	}

	/**
	 * The time of the first visit as the form or the API gives it: ISO-8601 with an offset, or a
	 * local date-time of the center; null when not given.
	 */
	public Instant appointmentStart(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.trim()).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text.trim()).atZone(clock.getZone()).toInstant();
			}
			catch (DateTimeParseException e) {
				throw new InvalidInput("appointmentStart", "referral.appointment.startUnreadable");
			}
		}
	}

	/** The center's time zone, in which the pages show times. */
	public ZoneId zone() {
		return clock.getZone();
	}

	public Referral decline(UUID id, String reason) {
		Referral referral = load(id);
		referral.decline(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, referral.patientId(), "referral", id, "declined");
		search.changed(id);
		events.publishEvent(new ReferralDecided(id, referral.patientId(), false));
		return referral;
	}

	public Referral voidRecord(UUID id, String reason) {
		Referral referral = load(id);
		referral.voidRecord(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.VOID, referral.patientId(), "referral", id, reason);
		search.changed(id);
		return referral;
	}

	/** Voids every referral still waiting for triage of a patient whose registration was voided. */
	public int voidOpenReferralsOf(UUID patientId, String why) {
		int voided = 0;
		for (Referral referral : referrals.findByPatientIdOrderByReceivedAtDesc(patientId)) {
			if (referral.isOpen()) {
				referral.voidRecord(why, currentUser.username(), clock.instant());
				audit.record(AuditAction.VOID, patientId, "referral", referral.id(), why);
				search.changed(referral.id());
				voided++;
			}
		}
		return voided;
	}

	public Referral view(UUID id) {
		Referral referral = load(id);
		audit.record(AuditAction.VIEW, referral.patientId(), "referral", id, null);
		return referral;
	}

	private Referral load(UUID id) {
		return referrals.findById(id).orElseThrow(() -> new NotFound("referral", id));
	}
}
