package org.cutis.rules.bcc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Determination;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * NCCN Basal Cell Skin Cancer v2.2021 low/high recurrence risk (reference 3.1, Decision 4).
 * One high-risk factor makes the tumour high risk; "low" needs every factor to be known low.
 * When no recorded factor is high and a missing site, diameter, border or subtype could still
 * make it high, the answer is indeterminate and names those inputs, never a guessed "low".
 */
public final class BccRiskPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_BCC_2_2021;
	public static final String SOURCE = RULE_SET.source("stratification to determine treatment options and follow-up");

	/** Contract names of the inputs whose absence can leave the risk group undecided, in contract order. */
	public static final String SITE = "site";
	public static final String DIAMETER = "diameterCm";
	public static final String BORDERS = "borders";
	public static final String SUBTYPE = "subtype";

	public Finding<Determination<BccRisk>> assess(BccFindings bcc) {
		List<String> high = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		// inputs not recorded that could still make the tumour high risk, and what each one decides
		List<String> missing = new ArrayList<>();
		List<String> decides = new ArrayList<>();
		List<String> unrecorded = new ArrayList<>();

		if (bcc.site() == null) {
			unrecorded.add(SITE);
			if (bcc.diameter() != null && bcc.diameter().isAtLeast("2")) {
				high.add("diameter " + bcc.diameter() + " (2 cm or more is high risk at every NCCN location, so the unrecorded site cannot change it)");
			} else {
				missing.add(SITE);
				decides.add("site: the mask area of the face, genitalia, hands and feet and the cheeks, forehead, scalp, neck and pretibia are high risk at any size; the trunk and extremities are high risk only from 2 cm");
				if (bcc.diameter() == null) {
					unrecorded.add(DIAMETER);
					missing.add(DIAMETER);
					decides.add("diameterCm: on the trunk or extremities 2 cm or more is high risk, under 2 cm low risk");
				} else {
					notes.add("Diameter " + bcc.diameter() + " is under 2 cm: low risk by size only if the site is on the trunk or extremities");
				}
			}
		} else {
			BccLocation location = BccLocation.of(bcc.site());
			if (location.isHighRiskAtAnySize()) {
				high.add("location " + bcc.site().code() + " (" + location.description() + ": high risk at any size)");
				if (bcc.diameter() == null) {
					unrecorded.add(DIAMETER);
				}
				if (location == BccLocation.MASK_GENITALIA_HANDS_FEET && bcc.diameter() != null && !bcc.diameter().isAtLeast("0.6")) {
					notes.add("NCCN footnote: mask-area tumours under 6 mm without other high-risk features may be treated by other modalities if at least 4 mm clinically clear margins are feasible");
				}
			} else if (bcc.diameter() == null) {
				unrecorded.add(DIAMETER);
				missing.add(DIAMETER);
				decides.add("diameterCm: a BCC on the trunk or extremities of 2 cm or more is high risk, under 2 cm low risk");
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
		if (bcc.poorlyDefined() == null) {
			unrecorded.add(BORDERS);
			missing.add(BORDERS);
			decides.add("borders: poorly defined borders are high risk, well-defined borders low risk");
		} else if (bcc.poorlyDefined()) {
			high.add("poorly defined borders");
		}
		if (bcc.recurrent()) {
			high.add("recurrent tumour");
		}
		if (bcc.priorRadiotherapy()) {
			high.add("site of prior radiotherapy");
		}
		if (bcc.subtype() == null) {
			unrecorded.add(SUBTYPE);
			missing.add(SUBTYPE);
			decides.add("subtype: an aggressive growth pattern (infiltrative, micronodular, morpheaform, sclerosing, basosquamous, carcinosarcomatous) is high risk, nodular, superficial and other non-aggressive patterns low risk");
		} else if (bcc.subtype().isAggressive()) {
			high.add("aggressive growth pattern (" + bcc.subtype().code() + ")");
		}
		if (bcc.perineural()) {
			high.add("perineural involvement");
		}

		List<String> why = new ArrayList<>();
		Determination<BccRisk> risk;
		if (!high.isEmpty()) {
			risk = Determination.known(BccRisk.HIGH);
			why.add("High risk because of: " + String.join("; ", high));
			if (!unrecorded.isEmpty()) {
				why.add("Not recorded, but it cannot change the answer (one high-risk factor makes a BCC high risk): " + String.join(", ", unrecorded));
			}
		} else if (!missing.isEmpty()) {
			risk = Determination.indeterminate(EnumSet.of(BccRisk.LOW, BccRisk.HIGH), missing);
			why.add("Indeterminate: no recorded factor is high risk, but the missing " + inWords(missing)
					+ " decide" + (missing.size() == 1 ? "s" : "") + " between low and high risk; record "
					+ (missing.size() == 1 ? "it" : "them") + " to get the risk group (a missing value is never read as low risk)");
			decides.forEach(line -> why.add("Missing " + line));
		} else {
			risk = Determination.known(BccRisk.LOW);
			why.add("Low risk: no NCCN high-risk factor (location/size, poorly defined borders, recurrence, prior radiotherapy, aggressive subtype, perineural involvement)");
		}
		why.addAll(notes);
		why.add("Immunosuppression, listed by older NCCN versions, is not a factor in the v2.2021 table");
		return new Finding<>(risk, why, RULE_SET, SOURCE);
	}

	/** "borders", "borders and subtype", "site, borders and subtype". */
	private static String inWords(List<String> fields) {
		int last = fields.size() - 1;
		return last == 0 ? fields.get(0) : String.join(", ", fields.subList(0, last)) + " and " + fields.get(last);
	}
}
