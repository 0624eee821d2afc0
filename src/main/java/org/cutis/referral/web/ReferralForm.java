package org.cutis.referral.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.referral.DrugChoice;
import org.cutis.referral.OutsideOncologist;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.Urgency;

/**
 * The referral intake form. {@code drugs} are catalogue codes picked from the list;
 * {@code otherDrugs} names drugs the catalogue lacks (comma-separated), each a free entry. The
 * oncologist is an account picked from the list or, left empty, the outside oncologist's name and hospital.
 */
record ReferralForm(UUID patientId, SourceKind sourceKind, String sourceDepartment, String sourceClinic,
		String referringPhysician, ReferralReason reason, List<String> drugs, String otherDrugs, String oncologist,
		String outsideOncologistName, String outsideOncologistHospital, List<RedFlag> redFlags, Urgency urgency,
		String note) {

	static ReferralForm blank(UUID patientId) {
		return new ReferralForm(patientId, SourceKind.EXTERNAL, null, null, null, null, List.of(), null, null, null,
				null, List.of(), Urgency.ROUTINE, null);
	}

	ReferralDetails details() {
		List<DrugChoice> choices = new ArrayList<>();
		if (drugs != null) {
			drugs.stream().filter(code -> code != null && !code.isBlank()).map(DrugChoice::catalogue).forEach(choices::add);
		}
		if (otherDrugs != null) {
			Arrays.stream(otherDrugs.split("[,;]"))
				.map(String::strip)
				.filter(name -> !name.isEmpty())
				.map(name -> new DrugChoice(name, true))
				.forEach(choices::add);
		}
		return new ReferralDetails(sourceKind, sourceDepartment, sourceClinic, referringPhysician, reason, choices,
				oncologist, new OutsideOncologist(outsideOncologistName, outsideOncologistHospital),
				redFlags == null ? Set.of() : Set.copyOf(redFlags.stream().filter(f -> f != null).toList()), urgency,
				note);
	}
}
