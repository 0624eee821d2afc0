package org.cutis.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static org.cutis.identity.Role.ADMIN;
import static org.cutis.identity.Role.CLERK;
import static org.cutis.identity.Role.DERMATOLOGIST;
import static org.cutis.identity.Role.MONITORING;
import static org.cutis.identity.Role.NURSE;
import static org.cutis.identity.Role.ONCOLOGIST;
import static org.cutis.identity.Role.PATHOLOGIST;
import static org.cutis.identity.Role.PATIENT;
import static org.cutis.identity.Role.RADIATION_ONCOLOGIST;
import static org.cutis.identity.Role.SURGEON;

/**
 * The access matrix: every operation of Cutis and the roles that may perform it. This is the one
 * place that says who may do what. Every controller names the permission of each of its routes
 * with {@link Requires}; the security filter chain refuses a request whose route's permission the
 * user's role lacks (before the request body is read), refuses a route that names none, and a
 * generated test calls every route as anonymous and as every role against this table.
 * <p>
 * The roles only decide what kind of thing a person may do. Which records they may do it to is
 * decided next to the records: a patient account reads only its own chart and lesions, a case
 * summary is for the board's members and the patient's clinicians, an action item is closed by
 * its assignee (or by those with {@link #ACTION_ITEM_CLOSE_ANY}), a recommendation is signed by
 * the meeting's chair.
 * <p>
 * Clinical data (lesions and photos, specimens, pathology reports, cancers, stages and work-up,
 * the tumor board) is for the clinical roles: the five physician roles and the nurses. Clerks
 * and administrators see demographics, referrals and appointments.
 */
public enum Permission {
	/** The center's public site, the login page, the refusal page. */
	PUBLIC("the public site and login", true, Audience.EVERY_ACCOUNT),
	/** The start page, one's own password and API token, the API documentation. */
	SIGNED_IN("start page, own password and API token, API documentation", Audience.EVERY_ACCOUNT),
	METRICS_READ("read the metrics (/actuator/prometheus)", EnumSet.of(ADMIN, MONITORING)),
	ACCOUNTS_MANAGE("manage staff accounts, roles and everyone's API tokens", EnumSet.of(ADMIN)),
	AUDIT_READ("read the audit log", EnumSet.of(ADMIN)),

	PATIENT_SEARCH("search the patient registry", Audience.STAFF),
	PATIENT_REGISTER("register a patient", Audience.STAFF),
	PATIENT_READ("open a chart: demographics, change history, timeline (its clinical entries only with their "
			+ "own permission; a patient account only its own chart)", Audience.STAFF_AND_PATIENT),
	PATIENT_CHANGE("change a patient's details", Audience.STAFF),
	PATIENT_VOID("void a patient registered in error", EnumSet.of(ADMIN, CLERK, NURSE)),
	/**
	 * The whole resident registration number. Registration staff check it against the insurance
	 * eligibility and identity papers; the treating physicians need it on certificates,
	 * prescriptions and the cancer registry report. Nurses, pathologists (who work from specimens)
	 * and administrators (who manage accounts) do not, and a patient's own number is not shown back.
	 */
	PATIENT_RRN_READ("see a resident registration number unmasked (audited)",
			EnumSet.of(CLERK, DERMATOLOGIST, ONCOLOGIST, SURGEON, RADIATION_ONCOLOGIST)),
	SPECIAL_COPAY_WORKLIST("the cancer special co-payment (V193) worklist: registrations expiring, cancers without one",
			EnumSet.of(CLERK, ADMIN, NURSE)),

	REFERRAL_READ("the triage worklist and referrals", Audience.STAFF),
	REFERRAL_RECEIVE("record a referral", Audience.STAFF),
	REFERRAL_TRIAGE("accept or decline a referral", EnumSet.of(NURSE, DERMATOLOGIST, ADMIN)),

	CALCULATORS("the clinical calculators and rules API (no patient data)", Audience.STAFF),

	LESION_READ("lesions, body map, photos and lineage (a patient account only its own)",
			Audience.CLINICAL_AND_PATIENT),
	LESION_RECORD("record or void a lesion", EnumSet.of(DERMATOLOGIST, SURGEON)),
	LESION_PHOTOGRAPH("add a lesion photo", EnumSet.of(DERMATOLOGIST, SURGEON, NURSE)),

	SPECIMEN_READ("specimens, their labels and steps, the path log", Audience.CLINICAL),
	BIOPSY_ORDER("order a biopsy", EnumSet.of(DERMATOLOGIST, SURGEON)),
	SPECIMEN_COLLECT("record a specimen collected or sent", EnumSet.of(DERMATOLOGIST, SURGEON, NURSE)),
	SPECIMEN_RECEIVE("receive, gross or reject a specimen in the laboratory", EnumSet.of(PATHOLOGIST)),
	SPECIMEN_REVIEW("review a signed result", EnumSet.of(DERMATOLOGIST, SURGEON)),
	SPECIMEN_COMMUNICATE("record a result communicated to the patient", EnumSet.of(DERMATOLOGIST, SURGEON, NURSE)),
	SPECIMEN_VOID("void a specimen", EnumSet.of(DERMATOLOGIST, SURGEON)),

	REPORT_READ("pathology reports and their PDF", Audience.CLINICAL),
	REPORT_WRITE("the pathologist's worklist; draft, sign and amend a report", EnumSet.of(PATHOLOGIST)),
	REPORT_CORRELATE("record the clinician's correlation with a report", EnumSet.of(DERMATOLOGIST, SURGEON)),

	CANCER_READ("cancers, stages, evidence and work-up; the work-up worklist and staging proposals",
			Audience.CLINICAL),
	CANCER_STAGE("accept, override or withdraw a stage; clinical findings; recurrence", Audience.CLINICIANS),
	WORKUP_ORDER("confirm or decline a proposed work-up order", Audience.CLINICIANS),
	WORKUP_RESULT("record a work-up result", Audience.CLINICAL),

	BOARD_READ("tumor board meetings, case lists, proposals, case summaries and packets", Audience.CLINICAL),
	BOARD_COORDINATE("schedule meetings, list or defer cases, record attendance, add addenda", Audience.CLINICAL),
	BOARD_SUBMIT("submit a cancer with a question from its page", Audience.CLINICIANS),
	BOARD_RECOMMEND("sign a board recommendation (the meeting's chair)", Audience.CLINICIANS),
	BOARD_METRICS("tumor board metrics (no patient data)", Audience.CLINICAL_AND_ADMIN),
	ACTION_ITEM_READ("my action items (assigned to me or my departments); close them", Audience.STAFF),
	ACTION_ITEM_CLOSE_ANY("close anyone's action item", EnumSet.of(ADMIN, NURSE)),

	// issue 11, surgery
	PROCEDURE_READ("wide excisions and procedures: records, proposed and histological margins", Audience.CLINICAL),
	PROCEDURE_RECORD("record, correct or void a wide excision or procedure", EnumSet.of(DERMATOLOGIST, SURGEON)),

	// issue 11, Mohs surgery
	MOHS_READ("Mohs cases, their stage maps and the operative report PDF", Audience.CLINICAL),
	MOHS_RECORD("open a Mohs case, record stages and closure, sign and amend the operative report",
			EnumSet.of(DERMATOLOGIST, SURGEON)),

	// oncology (issue 11): records of what the oncology departments decided, not orders
	ONCOLOGY_READ("systemic therapy and radiotherapy courses of a cancer", Audience.CLINICAL),
	SYSTEMIC_COURSE_RECORD("start a systemic therapy course, record its cycles, holds and dose reductions, end it",
			EnumSet.of(ONCOLOGIST)),
	RADIOTHERAPY_COURSE_RECORD("record a radiotherapy course summary and its end", EnumSet.of(RADIATION_ONCOLOGIST)),
	REGIMEN_CATALOGUE("the systemic therapy regimen catalogue: list, add, retire (no patient data)",
			EnumSet.of(ONCOLOGIST, ADMIN)),

	// issue 11, treatment plan: everyone at the desk follows a plan's progress (what, which
	// department, who, status, dates) to book it; its clinical detail (intent, margins, reasons,
	// diagnosis, stage, the summary) is for the clinical roles
	TREATMENT_PLAN_STATUS("a treatment plan's progress: items, departments, responsible physicians, status and dates, "
			+ "without clinical detail", Audience.STAFF),
	TREATMENT_PLAN_READ("a treatment plan's clinical detail, its timings and the treatment summary (page and PDF)",
			Audience.CLINICAL),
	TREATMENT_PLAN_CREATE("create a cancer's treatment plan (from the signed board recommendation or directly), add items",
			Audience.TREATING),
	TREATMENT_ITEM_UPDATE("change a plan item's status (staff of the item's department, or an administrator)",
			Audience.union(Audience.TREATING, EnumSet.of(NURSE, ADMIN))),
	TREATMENT_WORKLIST("my patients to treat: the plan items I or my department are responsible for",
			Audience.union(Audience.TREATING, EnumSet.of(NURSE))),

	// issue 12, the drug catalogue: names and classes of cancer drugs, no patient data; everyone
	// who writes a referral picks the drugs from it
	DRUG_CATALOGUE_READ("the drug catalogue: search cancer drugs by name or ATC code (no patient data)", Audience.STAFF),
	DRUG_CATALOGUE_MANAGE("the drug catalogue: add a drug, retire or restore one (no patient data)",
			EnumSet.of(ONCOLOGIST, ADMIN)),

	// issue 12, skin adverse events: clinical detail for the clinical roles (oncologists read what
	// the skin-care clinic found); grading and attributing a drug are a dermatologist's judgement,
	// while nurses photograph as they do lesions. Patient accounts do not see them: the grade and
	// the advice are for the clinicians to discuss with the patient.
	SKIN_AE_READ("skin adverse events of cancer drugs: grades over time, attributed drugs, photos and advice",
			Audience.CLINICAL),
	SKIN_AE_RECORD("record a skin adverse event, its assessments, confirmed grade, attributed drugs; resolve or void it",
			EnumSet.of(DERMATOLOGIST)),
	SKIN_AE_PHOTOGRAPH("add a photo of a skin adverse event", EnumSet.of(DERMATOLOGIST, NURSE)),

	// issue 12, advice to oncology and prophylaxis: the skin-care clinic's dermatologist advises, the
	// treating oncologist (or the department) answers; the whole clinical team reads
	ONCOLOGY_ADVICE_READ("the skin-care clinic's recommendations to oncology: worklists, each recommendation and its answer",
			Audience.CLINICAL),
	ONCOLOGY_ADVICE_SEND("send a recommendation about a skin adverse event to the treating oncologist",
			EnumSet.of(DERMATOLOGIST)),
	ONCOLOGY_ADVICE_ACKNOWLEDGE("acknowledge a recommendation with what was done (the oncologist addressed or an "
			+ "oncologist of that department)", EnumSet.of(ONCOLOGIST, RADIATION_ONCOLOGIST)),
	SKIN_PROPHYLAXIS_READ("proposed pre-emptive skin regimens (EGFR inhibitors) and the decisions on them",
			Audience.CLINICAL),
	SKIN_PROPHYLAXIS_DECIDE("accept or decline (with reason) a proposed pre-emptive skin regimen",
			EnumSet.of(DERMATOLOGIST)),

	// issue 13, clinic: sessions, appointments and the clinic lists are run by the front desk and the
	// nurses with the doctors (a doctor keeps their own sessions and leave); visit notes are the doctors'
	CLINIC_READ("clinic sessions, appointments and each doctor's clinic list",
			Audience.union(Audience.CLINICAL, EnumSet.of(CLERK, ADMIN))),
	CLINIC_SESSION_MANAGE("open or close clinic sessions and record leave (a doctor: their own)",
			Audience.union(Audience.TREATING, EnumSet.of(CLERK, NURSE, ADMIN))),
	APPOINTMENT_BOOK("book, move or cancel an appointment", Audience.union(Audience.TREATING, EnumSet.of(CLERK, NURSE))),
	APPOINTMENT_STATUS("mark a patient arrived or not shown", Audience.union(Audience.TREATING, EnumSet.of(CLERK, NURSE))),
	VISIT_NOTE_READ("visit notes: history, skin and lymph node examination, assessment and plan", Audience.CLINICAL),
	VISIT_NOTE_WRITE("write and sign a visit note, add an addendum", Audience.TREATING),

	// issue 13, follow-up: the doctors plan and activate surveillance; the nurses run the recall list
	SURVEILLANCE_READ("surveillance plans, their calendar and history", Audience.CLINICAL),
	SURVEILLANCE_PLAN("propose, activate, change or reassign a surveillance plan", Audience.TREATING),
	SURVEILLANCE_END("take a patient out of surveillance with the reason (death, transfer, declined)",
			Audience.union(Audience.TREATING, EnumSet.of(NURSE))),
	RECALL_READ("the recall worklist: due, missed and overdue visits and imaging with contact details",
			Audience.union(Audience.CLINICAL, EnumSet.of(CLERK))),
	RECALL_CONTACT("record a contact attempt (called, letter sent, declined with reason)", EnumSet.of(NURSE, CLERK)),
	RECURRENCE_READ("recurrences and the re-biopsy path after relapse suspected", Audience.CLINICAL),
	RECURRENCE_RECORD("record or correct a recurrence (local, regional, distant) and its date",
			EnumSet.of(DERMATOLOGIST, SURGEON, ONCOLOGIST)),

	// plan-more (issue 13): doctors and nurses link a booked appointment to a surveillance visit and
	// give the reason of a visit outside its due window
	SURVEILLANCE_VISIT("link a booked appointment to a surveillance visit; the reason of a visit outside its due window",
			Audience.union(Audience.TREATING, EnumSet.of(NURSE))),

	// issue 14, public site: the editor keeps the center's public pages (no patient data)
	SITE_EDIT("the public site's pages: edit in Markdown with a preview, publish, restore an earlier version",
			EnumSet.of(Role.EDITOR)),

	// issue 14, clinical-search: one box over the whole record; each result still needs its own
	// permission (a clerk finds patients, not reports), a patient account finds only its own records
	CLINICAL_SEARCH("search the clinical record: patients, referrals, lesions, specimens, reports, cancers and stages, "
			+ "board recommendations, treatments, visit notes, skin adverse events (each result only with its own "
			+ "permission; a patient account only its own records)", Audience.STAFF_AND_PATIENT);

	private final String description;
	private final boolean anonymous;
	private final Set<Role> roles;

	Permission(String description, Set<Role> roles) {
		this(description, false, roles);
	}

	Permission(String description, boolean anonymous, Set<Role> roles) {
		this.description = description;
		this.anonymous = anonymous;
		this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	public boolean allows(Role role) {
		return roles.contains(role);
	}

	/** Someone who has not logged in. */
	public boolean allowsAnonymous() {
		return anonymous;
	}

	public Set<Role> roles() {
		return roles;
	}

	public String description() {
		return description;
	}

	/** The groups of roles the matrix uses more than once. */
	private static final class Audience {
		static final Set<Role> EVERY_ACCOUNT = EnumSet.allOf(Role.class);
		// the public site's editor (issue 14) works on the website only: no patient data
		static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(PATIENT, MONITORING, Role.EDITOR));
		static final Set<Role> STAFF_AND_PATIENT = EnumSet.complementOf(EnumSet.of(MONITORING, Role.EDITOR));
		static final Set<Role> CLINICIANS = EnumSet.of(DERMATOLOGIST, PATHOLOGIST, Role.ONCOLOGIST, SURGEON,
				Role.RADIATION_ONCOLOGIST);
		static final Set<Role> CLINICAL = union(CLINICIANS, EnumSet.of(NURSE));
		static final Set<Role> CLINICAL_AND_PATIENT = union(CLINICAL, EnumSet.of(PATIENT));
		static final Set<Role> CLINICAL_AND_ADMIN = union(CLINICAL, EnumSet.of(ADMIN));
		/** The physicians who treat (pathologists diagnose). */
		static final Set<Role> TREATING = EnumSet.of(DERMATOLOGIST, Role.ONCOLOGIST, SURGEON, Role.RADIATION_ONCOLOGIST);

		static Set<Role> union(Set<Role> a, Set<Role> b) {
			Set<Role> all = EnumSet.copyOf(a);
			all.addAll(b);
			return all;
		}
	}
}
