package org.cutis.referral;

import java.util.ArrayList;
import java.util.List;

import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.cutis.referral.SourceKind;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the referrer tells us. An internal referral names a department of the hospital, an
 * outside one the clinic. A skin problem during cancer treatment must name the drug(s) and the
 * treating oncologist: the dermatologist needs both to judge a drug reaction.
 */
public record ReferralDetails(SourceKind sourceKind, String sourceDepartment, String sourceClinic,
		String referringPhysician, ReferralReason reason, String cancerDrugs, String treatingOncologist,
		Urgency urgency, String note) {

	/** Departments of the hospital that send patients to the center. */
	public static final List<String> DEPARTMENTS = List.of("dermatology", "hematology-oncology", "plastic-surgery",
			"radiation-oncology", "pathology", "general-surgery", "internal-medicine", "emergency", "family-medicine",
			"other");

	public ReferralDetails {
		sourceDepartment = blank(sourceDepartment);
		sourceClinic = blank(sourceClinic);
		referringPhysician = blank(referringPhysician);
		cancerDrugs = blank(cancerDrugs);
		treatingOncologist = blank(treatingOncologist);
		note = blank(note);
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
			if (cancerDrugs == null) {
				problems.add(new FieldProblem("cancerDrugs", "referral.cancerDrugs.required"));
			}
			if (treatingOncologist == null) {
				problems.add(new FieldProblem("treatingOncologist", "referral.oncologist.required"));
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
