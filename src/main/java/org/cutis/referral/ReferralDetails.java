package org.cutis.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the referrer tells us. An internal referral names a department of the hospital, an
 * outside one the clinic. A skin problem during cancer treatment must name the drug(s), each from
 * the drug catalogue or marked as a free entry, and the treating oncologist (a staff account of
 * oncology, or name and hospital of an outside one): the dermatologist needs both to judge a drug
 * reaction and to answer the oncologist. Red flags of a severe drug reaction may come with any
 * reason; whether a code is in the catalogue or a staff account is an oncologist is checked where
 * the catalogue and the staff are known ({@code ReferralManagement}).
 */
public record ReferralDetails(SourceKind sourceKind, String sourceDepartment, String sourceClinic,
		String referringPhysician, ReferralReason reason, List<DrugChoice> drugs, String oncologist,
		OutsideOncologist outsideOncologist, Set<RedFlag> redFlags, Urgency urgency, String note) {

	/** Departments of the hospital that send patients to the center. */
	public static final List<String> DEPARTMENTS = List.of("dermatology", "hematology-oncology", "plastic-surgery",
			"radiation-oncology", "pathology", "general-surgery", "internal-medicine", "emergency", "family-medicine",
			"other");

	/** A drug's name as the catalogue and the referral_drug table keep it. */
	static final int DRUG_NAME_MAX = 120;

	public ReferralDetails {
		sourceDepartment = blank(sourceDepartment);
		sourceClinic = blank(sourceClinic);
		referringPhysician = blank(referringPhysician);
		drugs = drugs == null ? List.of() : List.copyOf(drugs);
		oncologist = blank(oncologist);
		outsideOncologist = outsideOncologist == null || outsideOncologist.isEmpty() ? null : outsideOncologist;
		// enum order: the flags read the same on every page and in the JSON
		redFlags = redFlags == null || redFlags.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(redFlags));
		note = blank(note);
	}

	/** A referral without drugs, oncologist or red flags (a suspected skin cancer, a follow-up). */
	public static ReferralDetails of(SourceKind sourceKind, String sourceDepartment, String sourceClinic,
			String referringPhysician, ReferralReason reason, Urgency urgency, String note) {
		return new ReferralDetails(sourceKind, sourceDepartment, sourceClinic, referringPhysician, reason, List.of(),
				null, null, Set.of(), urgency, note);
	}

	/** A possible severe cutaneous adverse reaction: at least one red flag. */
	public boolean scarWarning() {
		return !redFlags.isEmpty();
	}

	/**
	 * The urgency the referral is saved with: a red flag makes a routine referral urgent (a
	 * possible SJS/TEN or DRESS cannot wait weeks); a faster choice stays.
	 */
	public Urgency effectiveUrgency() {
		if (urgency != null && scarWarning() && urgency.rank() > Urgency.URGENT.rank()) {
			return Urgency.URGENT;
		}
		return urgency;
	}

	public void validate() {
		List<FieldProblem> problems = new ArrayList<>();
		if (sourceKind == null) {
			problems.add(new FieldProblem("sourceKind", "referral.source.required"));
		}
		else if (sourceKind == SourceKind.INTERNAL && sourceDepartment == null) {
			problems.add(new FieldProblem("sourceDepartment", "referral.department.required"));
		}
		else if (sourceKind == SourceKind.INTERNAL && !DEPARTMENTS.contains(sourceDepartment)) {
			problems.add(new FieldProblem("sourceDepartment", "referral.department.unknown",
					String.join(", ", DEPARTMENTS)));
		}
		else if (sourceKind == SourceKind.EXTERNAL && sourceClinic == null) {
			problems.add(new FieldProblem("sourceClinic", "referral.clinic.required"));
		}
		if (reason == null) {
			problems.add(new FieldProblem("reason", "referral.reason.required"));
		}
		else if (reason == ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT) {
			if (drugs.isEmpty()) {
				problems.add(new FieldProblem("drugs", "referral.drugs.required"));
			}
			if (oncologist == null && outsideOncologist == null) {
				problems.add(new FieldProblem("oncologist", "referral.oncologist.required"));
			}
		}
		for (int i = 0; i < drugs.size(); i++) {
			if (drugs.get(i) == null || drugs.get(i).drug() == null) {
				problems.add(new FieldProblem("drugs[" + i + "].drug", "referral.drug.required"));
			}
			else if (drugs.get(i).drug().length() > DRUG_NAME_MAX) {
				problems.add(new FieldProblem("drugs[" + i + "].drug", "error.field.tooLong", DRUG_NAME_MAX));
			}
		}
		if (oncologist != null && outsideOncologist != null) {
			problems.add(new FieldProblem("oncologist", "referral.oncologist.both"));
		}
		if (outsideOncologist != null) {
			if (outsideOncologist.name() == null) {
				problems.add(new FieldProblem("outsideOncologist.name", "referral.outsideOncologist.name.required"));
			}
			if (outsideOncologist.hospital() == null) {
				problems.add(new FieldProblem("outsideOncologist.hospital",
						"referral.outsideOncologist.hospital.required"));
			}
		}
		if (urgency == null) {
			problems.add(new FieldProblem("urgency", "referral.urgency.required"));
		}
		if (note != null && note.length() > 4000) {
			problems.add(new FieldProblem("note", "error.field.tooLong", 4000));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
