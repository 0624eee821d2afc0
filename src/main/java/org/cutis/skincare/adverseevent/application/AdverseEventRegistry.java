package org.cutis.skincare.adverseevent.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.patient.PatientDirectory;
import org.cutis.referral.DrugReactionReferrals;
import org.cutis.referral.RedFlag;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;
import org.cutis.skincare.adverseevent.domain.AdverseEventPhotos;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.AttributedDrugs;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;
import org.cutis.skincare.adverseevent.domain.GradeAssessments;
import org.cutis.skincare.adverseevent.domain.GradeProposal;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Recording skin adverse events, their assessments and confirmed grades, drugs and resolution
 * (the photos are {@link AdverseEventPhotoRecords}'s, the drugs' naming {@link NamedDrugs}').
 * Services load, call one domain method, save and audit; every view is audited.
 */
@Service
@Transactional
public class AdverseEventRegistry {
	private final SkinAdverseEvents events;
	private final GradeAssessments assessments;
	private final AttributedDrugs drugs;
	private final AdverseEventPhotos photos;
	private final NamedDrugs namedDrugs;
	private final PatientDirectory patients;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final JsonMapper json;
	private final Clock clock;
	private final DrugReactionReferrals referrals;
	private final AdverseEventSearchDocuments search;

	AdverseEventRegistry(SkinAdverseEvents events, GradeAssessments assessments, AttributedDrugs drugs,
			AdverseEventPhotos photos, NamedDrugs namedDrugs, PatientDirectory patients, AuditLog audit,
			CurrentUser currentUser, JsonMapper json, Clock clock,
			DrugReactionReferrals referrals, AdverseEventSearchDocuments search) {
		this.search = search;
		this.referrals = referrals;
		this.events = events;
		this.assessments = assessments;
		this.drugs = drugs;
		this.photos = photos;
		this.namedDrugs = namedDrugs;
		this.patients = patients;
		this.audit = audit;
		this.currentUser = currentUser;
		this.json = json;
		this.clock = clock;
	}

	/** A drug as the clinician named it: a catalogue code (or name), or a free entry so marked. */
	public record DrugEntry(String drug, String attribution, Boolean freeEntry) {
	}

	/** What the clinician entered for a new adverse event. */
	public record NewEvent(String term, Map<String, Object> findings, LocalDate onsetDate, List<DrugEntry> drugs,
			UUID referralId, List<String> redFlags) {

		public NewEvent(String term, Map<String, Object> findings, LocalDate onsetDate, List<DrugEntry> drugs,
				UUID referralId) {
			this(term, findings, onsetDate, drugs, referralId, List.of());
		}
	}

	public AdverseEventRecord record(UUID patientId, NewEvent in) {
		patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		List<FieldProblem> problems = new ArrayList<>();
		CtcaeTerm term = null;
		if (in.term() == null || in.term().isBlank()) {
			problems.add(new FieldProblem("term", "error.field.required"));
		} else {
			try {
				term = CtcaeTerm.byName(in.term());
			} catch (InvalidInputException unknown) {
				problems.add(new FieldProblem("term", "adverseevent.term.unknown", in.term().strip(), knownTerms()));
			}
		}
		List<NamedDrugs.Resolved> named = namedDrugs.resolve(in.drugs(), problems);
		// the event answers a referral of this patient; another patient's referral would send the
		// reply and the red flags to the wrong chart
		if (in.referralId() != null && referrals.find(in.referralId())
			.filter(r -> r.patientId().equals(patientId))
			.isEmpty()) {
			problems.add(new FieldProblem("referralId", "adverseevent.referral.notThisPatients"));
		}
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		try {
			flags = RedFlag.parse(in.redFlags(), "redFlags");
		} catch (InvalidInput unknown) {
			problems.addAll(unknown.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		GradeProposal proposal = GradeProposal.of(term, in.findings());
		LocalDate today = LocalDate.now(clock);
		String by = currentUser.username();
		SkinAdverseEvent.Opened opened = SkinAdverseEvent.open(patientId, in.referralId(), term, in.onsetDate(), today,
				findingsJson(in.findings()), proposal, today, by, clock.instant());
		SkinAdverseEvent event = events.saveAndFlush(opened.event());
		opened.assessment().noteRedFlags(flags);
		assessments.save(opened.assessment());
		int position = 0;
		for (NamedDrugs.Resolved drug : named) {
			drugs.save(new AttributedDrug(event.id(), position++, drug.code(), drug.name(), drug.attribution(), by,
					clock.instant()));
		}
		search.changed(event);
		audit.record(AuditAction.CREATE, patientId, "skin-adverse-event", event.id(),
				term.termName() + " onset " + event.onsetDate() + ", proposed grade " + proposal.grade()
						+ (flags.isEmpty() ? "" : ", red flags " + flags.stream().map(RedFlag::code).toList())
						+ (named.isEmpty() ? "" : ", drugs " + named.stream()
							.map(d -> d.name() + " (" + d.attribution().code() + ")").toList()));
		return recordOf(event.id());
	}

	/** The latest assessment's grade confirmed or changed (with the reason). */
	public AdverseEventRecord confirmGrade(UUID id, Long version, Integer grade, String reason) {
		SkinAdverseEvent event = load(id, version);
		GradeAssessment latest = latestOf(id);
		event.confirm(latest, grade, reason, currentUser.username(), clock.instant());
		assessments.save(latest);
		events.saveAndFlush(event);
		search.changed(event);
		audit.record(AuditAction.UPDATE, event.patientId(), "skin-adverse-event", id,
				"grade " + grade + " confirmed (proposed " + latest.proposedGrade() + ")"
						+ (latest.confirmationReason() == null ? "" : ": " + latest.confirmationReason()));
		return recordOf(id);
	}

	/** A follow-up assessment: a new proposal from the day's findings, to be confirmed. */
	public AdverseEventRecord assess(UUID id, Long version, LocalDate date, Map<String, Object> findings) {
		return assess(id, version, date, findings, List.of());
	}

	/** A follow-up assessment with the red flags asked again at this visit. */
	public AdverseEventRecord assess(UUID id, Long version, LocalDate date, Map<String, Object> findings,
			List<String> redFlags) {
		Set<RedFlag> flags = RedFlag.parse(redFlags, "redFlags");
		SkinAdverseEvent event = load(id, version);
		GradeProposal proposal = GradeProposal.of(event.term(), findings);
		GradeAssessment assessment = event.assess(date, findingsJson(findings), proposal, LocalDate.now(clock),
				currentUser.username(), clock.instant());
		assessment.noteRedFlags(flags);
		assessments.save(assessment);
		events.saveAndFlush(event);
		search.changed(event);
		audit.record(AuditAction.UPDATE, event.patientId(), "skin-adverse-event", id,
				"assessed " + date + ", proposed grade " + proposal.grade()
						+ (flags.isEmpty() ? "" : ", red flags " + flags.stream().map(RedFlag::code).toList()));
		return recordOf(id);
	}

	public AdverseEventRecord resolve(UUID id, Long version, LocalDate date) {
		SkinAdverseEvent event = load(id, version);
		event.resolve(date, LocalDate.now(clock), currentUser.username(), clock.instant());
		events.saveAndFlush(event);
		search.changed(event);
		audit.record(AuditAction.UPDATE, event.patientId(), "skin-adverse-event", id, "resolved " + date);
		return recordOf(id);
	}

	public AdverseEventRecord voidEvent(UUID id, Long version, String reason) {
		SkinAdverseEvent event = load(id, version);
		event.voidRecord(reason, currentUser.username(), clock.instant());
		events.saveAndFlush(event);
		search.changed(event);
		audit.record(AuditAction.VOID, event.patientId(), "skin-adverse-event", id, reason);
		return recordOf(id);
	}

	/** Opens an event (audited as a view of the patient's record). */
	public AdverseEventRecord view(UUID id) {
		AdverseEventRecord record = recordOf(id);
		audit.record(AuditAction.VIEW, record.event().patientId(), "skin-adverse-event", id, null);
		return record;
	}

	/** A patient's events, voided ones last (audited as one view of the list). */
	public List<AdverseEventRecord> ofPatient(UUID patientId) {
		patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		List<AdverseEventRecord> all = ofPatientUnaudited(patientId);
		audit.record(AuditAction.VIEW, patientId, "skin-adverse-events", patientId, all.size() + " events");
		return all;
	}

	/** Not audited: for a caller that audits its own view (the chart timeline). */
	@Transactional(readOnly = true)
	public List<AdverseEventRecord> ofPatientUnaudited(UUID patientId) {
		List<AdverseEventRecord> all = new ArrayList<>();
		for (SkinAdverseEvent event : events.findByPatientIdOrderByOnsetDateDescCreatedAtDesc(patientId)) {
			all.add(recordOf(event));
		}
		all.sort((a, b) -> Boolean.compare(a.event().voided(), b.event().voided()));
		return all;
	}

	/** An event with its history, not audited: for a caller that audits its own view. */
	@Transactional(readOnly = true)
	public AdverseEventRecord recordOf(UUID id) {
		return recordOf(events.findById(id).orElseThrow(() -> new NotFound("skin-adverse-event", id)));
	}

	/** The findings of an assessment as entered. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> findingsOf(GradeAssessment assessment) {
		return json.readValue(assessment.findings(), LinkedHashMap.class);
	}

	private AdverseEventRecord recordOf(SkinAdverseEvent event) {
		return new AdverseEventRecord(event, assessments.findByAdverseEventIdOrderByAssessedOnAscAssessedAtAsc(event.id()),
				drugs.findByAdverseEventIdOrderByPositionAsc(event.id()),
				photos.findByAdverseEventIdAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(event.id()));
	}

	private GradeAssessment latestOf(UUID id) {
		List<GradeAssessment> history = assessments.findByAdverseEventIdOrderByAssessedOnAscAssessedAtAsc(id);
		return history.get(history.size() - 1);
	}

	private SkinAdverseEvent load(UUID id, Long version) {
		SkinAdverseEvent event = events.findById(id).orElseThrow(() -> new NotFound("skin-adverse-event", id));
		if (version != null && version != event.version()) {
			throw new ConcurrentEdit("skin-adverse-event", Map.of());
		}
		return event;
	}

	private String findingsJson(Map<String, Object> findings) {
		Map<String, Object> kept = new LinkedHashMap<>();
		if (findings != null) {
			findings.forEach((k, v) -> {
				if (v != null) {
					kept.put(k, v);
				}
			});
		}
		return json.writeValueAsString(kept);
	}

	private static String knownTerms() {
		List<String> names = new ArrayList<>();
		for (CtcaeTerm term : CtcaeTerm.values()) {
			names.add(term.termName());
		}
		return String.join(", ", names);
	}
}
