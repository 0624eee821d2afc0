package org.cutis.recurrence.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceExtent;
import org.cutis.recurrence.domain.Recurrence;
import org.cutis.recurrence.domain.RecurrenceCorrection;
import org.cutis.recurrence.domain.RecurrenceCorrections;
import org.cutis.recurrence.domain.Recurrences;
import org.cutis.recurrence.domain.RelapseWorkup;
import org.cutis.recurrence.domain.RelapseWorkups;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerRestaging;
import org.cutis.staging.CancerSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurrences as the clinician records them: directly (distant disease on imaging, a nodal recurrence
 * on examination) with extent and date, which restages the cancer and closes an open work-up; the
 * extent a re-biopsy proposed, confirmed or changed; corrections with a reason, kept beside the
 * record. Nothing is deleted. Every view and change is audited.
 */
@Service
@Transactional
public class RecurrenceRecords {
	static final int MAX_TEXT = 2000;

	private final Recurrences recurrences;
	private final RecurrenceCorrections corrections;
	private final RelapseWorkups workups;
	private final CancerDirectory cancers;
	private final CancerRestaging restaging;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RecurrenceRecords(Recurrences recurrences, RecurrenceCorrections corrections, RelapseWorkups workups,
			CancerDirectory cancers, CancerRestaging restaging, CurrentUser currentUser, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.recurrences = recurrences;
		this.corrections = corrections;
		this.workups = workups;
		this.cancers = cancers;
		this.restaging = restaging;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a recurrence the clinician found. Every problem at once: the extent (local, regional,
	 * distant), the date (required, not in the future, not before the diagnosis), the detail's length.
	 */
	public Recurrence record(UUID cancerId, String extent, LocalDate detectedOn, String detail) {
		CancerSummary cancer = cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
		List<FieldProblem> problems = new ArrayList<>();
		RecurrenceExtent parsed = extent(extent, problems);
		date(detectedOn, cancer, problems);
		String text = detail == null || detail.isBlank() ? null : detail.trim();
		if (text != null && text.length() > MAX_TEXT) {
			problems.add(new FieldProblem("detail", "error.field.tooLong", MAX_TEXT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Recurrence recurrence = recurrences.save(Recurrence.clinical(cancer.patientId(), cancerId, parsed, detectedOn,
				text, currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, cancer.patientId(), "recurrence", recurrence.id(),
				"recorded " + parsed.code() + " detected " + detectedOn);
		// the recurrence the re-biopsy path was looking for is found: its open work-ups are closed by it
		workups.findByCancerIdOrderByOpenedAtDesc(cancerId).stream().filter(RelapseWorkup::isOpen).forEach(w -> {
			w.confirmed(recurrence.id(), currentUser.username(), clock.instant());
			audit.record(AuditAction.UPDATE, w.patientId(), "relapse-workup", w.id(),
					"closed by recurrence " + recurrence.id() + " recorded by the clinician");
		});
		restaging.atRecurrence(cancerId);
		events.publishEvent(new RecurrenceConfirmed(recurrence.id(), cancerId, cancer.patientId(), parsed, detectedOn));
		return recurrence;
	}

	/** The clinician confirms the extent a re-biopsy proposed, or gives the right one. */
	public Recurrence confirmExtent(UUID id, String extent, Long version) {
		Recurrence recurrence = load(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		RecurrenceExtent parsed = extent(extent, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		RecurrenceExtent proposed = recurrence.extent();
		recurrence.confirmExtent(parsed, currentUser.username(), clock.instant());
		recurrences.saveAndFlush(recurrence);
		audit.record(AuditAction.UPDATE, recurrence.patientId(), "recurrence", id,
				"extent confirmed " + parsed.code() + (parsed == proposed ? "" : " (proposed " + proposed.code() + ")"));
		return recurrence;
	}

	/** Corrects the extent or the date with a reason; the values before are kept with it. */
	public Recurrence correct(UUID id, String extent, LocalDate detectedOn, String reason, Long version) {
		Recurrence recurrence = load(id, version);
		CancerSummary cancer = cancers.find(recurrence.cancerId()).orElseThrow();
		List<FieldProblem> problems = new ArrayList<>();
		RecurrenceExtent parsed = extent == null || extent.isBlank() ? recurrence.extent() : extent(extent, problems);
		LocalDate date = detectedOn == null ? recurrence.detectedOn() : detectedOn;
		date(date, cancer, problems);
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (why == null) {
			problems.add(new FieldProblem("reason", "error.field.required"));
		}
		else if (why.length() > MAX_TEXT) {
			problems.add(new FieldProblem("reason", "error.field.tooLong", MAX_TEXT));
		}
		if (problems.isEmpty() && parsed == recurrence.extent() && date.equals(recurrence.detectedOn())) {
			problems.add(new FieldProblem("extent", "recurrence.correction.nothing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		RecurrenceCorrection correction = recurrence.correct(parsed, date, why, currentUser.username(), clock.instant());
		corrections.save(correction);
		recurrences.saveAndFlush(recurrence);
		audit.record(AuditAction.UPDATE, recurrence.patientId(), "recurrence", id,
				"corrected " + correction.extentBefore().code() + " " + correction.detectedOnBefore() + " -> "
						+ parsed.code() + " " + date + ": " + why);
		return recurrence;
	}

	/** The cancer's recurrences, latest first; audited as a view of the patient's record. */
	public List<Recurrence> ofCancer(UUID cancerId) {
		CancerSummary cancer = cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
		audit.record(AuditAction.VIEW, cancer.patientId(), "recurrence", cancerId, "recurrences of the cancer");
		return recurrences.findByCancerIdOrderByDetectedOnDescRecordedAtDesc(cancerId);
	}

	/** For the cancer page's section (the page audits its own view). */
	@Transactional(readOnly = true)
	public List<Recurrence> listedOn(UUID cancerId) {
		return recurrences.findByCancerIdOrderByDetectedOnDescRecordedAtDesc(cancerId);
	}

	public Recurrence view(UUID id) {
		Recurrence recurrence = recurrences.findById(id).orElseThrow(() -> new NotFound("recurrence", id));
		audit.record(AuditAction.VIEW, recurrence.patientId(), "recurrence", id, null);
		return recurrence;
	}

	@Transactional(readOnly = true)
	public Optional<Recurrence> find(UUID id) {
		return recurrences.findById(id);
	}

	@Transactional(readOnly = true)
	public List<RecurrenceCorrection> correctionsOf(UUID id) {
		return corrections.findByRecurrenceIdOrderByCorrectedAtAsc(id);
	}

	/** "local, regional, distant", for the error that names the allowed codes. */
	public static String allowedExtents() {
		return Arrays.stream(RecurrenceExtent.values()).map(RecurrenceExtent::code).collect(Collectors.joining(", "));
	}

	private static RecurrenceExtent extent(String given, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			problems.add(new FieldProblem("extent", "recurrence.extent.required", allowedExtents()));
			return null;
		}
		RecurrenceExtent parsed = RecurrenceExtent.fromCode(given.toLowerCase(java.util.Locale.ROOT));
		if (parsed == null) {
			problems.add(new FieldProblem("extent", "recurrence.extent.invalid", given, allowedExtents()));
		}
		return parsed;
	}

	private void date(LocalDate detectedOn, CancerSummary cancer, List<FieldProblem> problems) {
		LocalDate today = LocalDate.now(clock);
		if (detectedOn == null) {
			problems.add(new FieldProblem("detectedOn", "recurrence.detectedOn.required"));
		}
		else if (detectedOn.isAfter(today)) {
			problems.add(new FieldProblem("detectedOn", "recurrence.detectedOn.future", today));
		}
		else if (cancer.diagnosisDate() != null && detectedOn.isBefore(cancer.diagnosisDate())) {
			problems.add(new FieldProblem("detectedOn", "recurrence.detectedOn.beforeDiagnosis", cancer.diagnosisDate()));
		}
	}

	private Recurrence load(UUID id, Long version) {
		Recurrence recurrence = recurrences.findById(id).orElseThrow(() -> new NotFound("recurrence", id));
		if (version != null && version != recurrence.version()) {
			throw new ConcurrentEdit("recurrence", Map.of());
		}
		return recurrence;
	}
}
