package org.cutis.rules.bcc;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/**
 * NCCN Basal Cell Skin Cancer v2.2021 low/high recurrence risk (reference 3.1, Decision 4).
 * One high-risk factor makes the tumour high risk; "low" needs every factor to be known low,
 * so a missing site or (on trunk/extremities) a missing diameter is an error, not a guess.
 */
public final class BccRiskPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_BCC_2_2021;
	public static final String SOURCE = RULE_SET.source("stratification to determine treatment options and follow-up");

	public Finding<BccRisk> assess(BccFindings bcc) {
		List<String> high = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		String unknownField = null;
		String unknownMessage = null;

		if (bcc.site() == null) {
			unknownField = "site";
			unknownMessage = "Site is required to call a BCC low risk (no other high-risk factor was recorded)";
		} else {
			BccLocation location = BccLocation.of(bcc.site());
			if (location.isHighRiskAtAnySize()) {
				high.add("location " + bcc.site().code() + " (" + location.description() + ": high risk at any size)");
				if (location == BccLocation.MASK_GENITALIA_HANDS_FEET && bcc.diameter() != null && !bcc.diameter().isAtLeast("0.6")) {
					notes.add("NCCN footnote: mask-area tumours under 6 mm without other high-risk features may be treated by other modalities if at least 4 mm clinically clear margins are feasible");
				}
			} else if (bcc.diameter() == null) {
				unknownField = "diameterCm";
				unknownMessage = "Tumour diameter (0 to 100 cm) is required for a BCC on the trunk or extremities: 2 cm or more is high risk";
			} else if (bcc.diameter().isAtLeast("2")) {
				high.add("trunk/extremity tumour of " + bcc.diameter() + " (2 cm or more)");
			} else {
				notes.add("Trunk/extremity tumour of " + bcc.diameter() + " (under 2 cm) is low risk by location and size");
			}
			if (bcc.site() == AnatomicSite.ANKLE) {
				notes.add("The ankle is read as an extremity: the v2.2021 table does not name it, although older NCCN area definitions excluded ankles from the low-risk area L – confirm clinically");
			}
			if (bcc.site() == AnatomicSite.NIPPLE) {
				notes.add("NCCN does not list the nipple as a high-risk site (the Mohs AUC does); it is read as trunk");
			}
		}
		if (Boolean.TRUE.equals(bcc.poorlyDefined())) {
			high.add("poorly defined borders");
		} else if (bcc.poorlyDefined() == null) {
			notes.add("Borders not recorded: not counted as poorly defined");
		}
		if (bcc.recurrent()) {
			high.add("recurrent tumour");
		}
		if (bcc.priorRadiotherapy()) {
			high.add("site of prior radiotherapy");
		}
		if (bcc.subtype() == null) {
			notes.add("Histological subtype not recorded: not counted as aggressive");
		} else if (bcc.subtype().isAggressive()) {
			high.add("aggressive growth pattern (" + bcc.subtype().code() + ")");
		}
		if (bcc.perineural()) {
			high.add("perineural involvement");
		}

		List<String> why = new ArrayList<>();
		BccRisk risk;
		if (!high.isEmpty()) {
			risk = BccRisk.HIGH;
			why.add("High risk because of: " + String.join("; ", high));
		} else if (unknownField != null) {
			throw new InvalidInputException(unknownField, unknownMessage);
		} else {
			risk = BccRisk.LOW;
			why.add("Low risk: no NCCN high-risk factor (location/size, poorly defined borders, recurrence, prior radiotherapy, aggressive subtype, perineural involvement)");
		}
		why.addAll(notes);
		why.add("Immunosuppression, listed by older NCCN versions, is not a factor in the v2.2021 table");
		return new Finding<>(risk, why, RULE_SET, SOURCE);
	}
}
