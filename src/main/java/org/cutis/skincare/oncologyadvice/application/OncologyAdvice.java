package org.cutis.skincare.oncologyadvice.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation.Addressee;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice to oncology that waits for an answer: sent by the skin-care clinic about an adverse event,
 * listed for the oncologist addressed and the department, acknowledged once with what was done.
 * Every change and every view is audited.
 */
@Service
@Transactional
@EnableConfigurationProperties(AdviceProperties.class)
public class OncologyAdvice {
	/** The lists a recommendation can be asked for. */
	public enum Listing {
		OPEN, ACKNOWLEDGED;

		public static Listing of(String status) {
			if (status == null || status.isBlank() || status.trim().equals("open")) {
				return OPEN;
			}
			if (status.trim().equals("acknowledged")) {
				return ACKNOWLEDGED;
			}
			throw new InvalidInput("status", "error.field.oneOf", "open, acknowledged");
		}

		String stored() {
			return name().toLowerCase();
		}
	}

	/** Urgent first, the escalated among them first, then the longest waiting. */
	public static final Comparator<OncologyRecommendation> URGENT_FIRST = Comparator
		.comparing((OncologyRecommendation r) -> r.urgent() ? 0 : 1)
		.thenComparing(r -> r.escalated() ? 0 : 1)
		.thenComparing(OncologyRecommendation::sentAt);

	private final OncologyRecommendations recommendations;
	private final AdverseEventStates adverseEvents;
	private final StaffDirectory staff;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	OncologyAdvice(OncologyRecommendations recommendations, AdverseEventStates adverseEvents, StaffDirectory staff,
			CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.recommendations = recommendations;
		this.adverseEvents = adverseEvents;
		this.staff = staff;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	public OncologyRecommendation recommend(UUID adverseEventId, String action, String oncologist, String note) {
		var ae = adverseEvents.find(adverseEventId).orElseThrow(() -> new NotFound("adverse-event", adverseEventId));
		OncologyRecommendation r = OncologyRecommendation.send(ae, action, oncologist, addressee(oncologist), note,
				currentUser.username(), clock.instant());
		recommendations.save(r);
		audit.record(AuditAction.CREATE, r.patientId(), "oncology-recommendation", r.id(),
				r.action().code() + " to " + r.oncologist() + " (" + r.department().code() + "), grade " + r.grade()
						+ (r.urgent() ? ", urgent" : "") + ", adverse event " + adverseEventId);
		return r;
	}

	/**
	 * An active account with the oncologist or radiation oncologist role, with the department its
	 * advice also goes to; null for anyone else (a field error).
	 */
	Addressee addressee(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		return Stream.of(Role.ONCOLOGIST, Role.RADIATION_ONCOLOGIST)
			.flatMap(role -> staff.withRole(role).stream())
			.filter(m -> m.username().equals(username.trim()))
			.findFirst()
			.map(m -> new Addressee(m.username(), departmentOf(m)))
			.orElse(null);
	}

	/** Whom advice can be sent to: active oncologists and radiation oncologists, by name. */
	@Transactional(readOnly = true)
	public List<StaffMember> oncologists() {
		return Stream.of(Role.ONCOLOGIST, Role.RADIATION_ONCOLOGIST).flatMap(role -> staff.withRole(role).stream()).toList();
	}

	private static Department departmentOf(StaffMember oncologist) {
		Department usual = oncologist.role() == Role.RADIATION_ONCOLOGIST ? Department.RADIATION_ONCOLOGY
				: Department.HEMATOLOGY_ONCOLOGY;
		return oncologist.departments().contains(usual) || oncologist.departments().isEmpty() ? usual
				: oncologist.departments().stream().sorted().findFirst().orElse(usual);
	}

	/**
	 * The caller's recommendations: those addressed to them or sent by them and, for oncologists,
	 * those of their departments; urgent first. Every patient listed is audited.
	 */
	public List<OncologyRecommendation> concerningMe(Listing listing) {
		CutisPrincipal me = currentUser.principal().orElseThrow();
		Set<String> departments = isOncologist(me)
				? me.departments().stream().map(Department::code).collect(Collectors.toSet()) : Set.of();
		List<OncologyRecommendation> found = recommendations
			.concerning(listing.stored(), me.username(), departments.isEmpty() ? Set.of("-") : departments)
			.stream()
			.sorted(URGENT_FIRST)
			.toList();
		return listed("oncology-recommendations", found);
	}

	/** "Awaiting my answer": open recommendations addressed to the caller, urgent first. */
	public List<OncologyRecommendation> awaitingMe() {
		String me = currentUser.username();
		return listed("oncology-recommendations-mine", recommendations
			.concerning(OncologyRecommendation.OPEN, me, Set.of("-"))
			.stream()
			.filter(r -> r.oncologist().equals(me))
			.sorted(URGENT_FIRST)
			.toList());
	}

	/** The open recommendations of the caller's departments (the department's list), urgent first. */
	public List<OncologyRecommendation> ofMyDepartments() {
		CutisPrincipal me = currentUser.principal().orElseThrow();
		return listed("oncology-recommendations-department", me.departments()
			.stream()
			.flatMap(d -> recommendations.findByStatusAndDepartment(OncologyRecommendation.OPEN, d.code()).stream())
			.sorted(URGENT_FIRST)
			.toList());
	}

	private List<OncologyRecommendation> listed(String list, List<OncologyRecommendation> found) {
		audit.listed(list, null, found.stream().map(OncologyRecommendation::patientId).distinct().toList());
		return found;
	}

	private static boolean isOncologist(CutisPrincipal me) {
		return me.role() == Role.ONCOLOGIST || me.role() == Role.RADIATION_ONCOLOGIST;
	}

	public OncologyRecommendation acknowledge(UUID id, String outcome, String reason, Long version) {
		OncologyRecommendation r = load(id);
		if (version != null && version != r.version()) {
			throw new ConcurrentEdit("oncology-recommendation", java.util.Map.of());
		}
		CutisPrincipal me = currentUser.principal().orElseThrow();
		r.acknowledge(outcome, reason, me.username(), me.role(), me.departments(), clock.instant());
		recommendations.saveAndFlush(r);
		audit.record(AuditAction.UPDATE, r.patientId(), "oncology-recommendation", id,
				"acknowledged: " + r.outcome().code() + (r.reason() == null ? "" : ": " + r.reason()));
		return r;
	}

	/** Opens a recommendation (audited as a view of the patient's record). */
	public OncologyRecommendation view(UUID id) {
		OncologyRecommendation r = load(id);
		audit.record(AuditAction.VIEW, r.patientId(), "oncology-recommendation", id, null);
		return r;
	}

	/** For a page that audits its own view (the adverse event's, the chart's, the referral's). */
	@Transactional(readOnly = true)
	public List<OncologyRecommendation> ofAdverseEvent(UUID adverseEventId) {
		return recommendations.findByAdverseEventIdOrderBySentAtAsc(adverseEventId);
	}

	@Transactional(readOnly = true)
	public List<OncologyRecommendation> ofPatient(UUID patientId) {
		return recommendations.findByPatientIdOrderBySentAtAsc(patientId);
	}

	@Transactional(readOnly = true)
	public List<OncologyRecommendation> ofReferral(UUID referralId) {
		return recommendations.findByReferralIdOrderBySentAtAsc(referralId);
	}

	@Transactional(readOnly = true)
	public Optional<OncologyRecommendation> find(UUID id) {
		return recommendations.findById(id);
	}

	private OncologyRecommendation load(UUID id) {
		return recommendations.findById(id).orElseThrow(() -> new NotFound("oncology-recommendation", id));
	}

	public static String link(UUID id) {
		return "/oncology-recommendations/" + id;
	}
}
