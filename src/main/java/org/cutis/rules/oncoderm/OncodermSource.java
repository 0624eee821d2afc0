package org.cutis.rules.oncoderm;

import org.cutis.rules.common.RuleSet;

/**
 * The guidelines and labels the chemotherapy skin-care advice cites, each a versioned rule set
 * with its year or edition. The keys are those of the table in {@code docs/clinical-reference.md} (section 11).
 */
public enum OncodermSource {
	IRAE("ASCO-IRAE-2021/ESMO-IRAE-2022",
			"ASCO guideline update 2021, Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy (Schneider et al., J Clin Oncol 2021;39:4073-4126), Table 1 cutaneous toxicities; ESMO Clinical Practice Guideline 2022, Management of toxicities from immunotherapy (Haanen et al., Ann Oncol 2022;33:1217-1238)"),
	EGFRI("ESMO-DERM-2021/MASCC-EGFRI-2011",
			"ESMO Clinical Practice Guidelines 2021, Prevention and management of dermatological toxicities related to anticancer agents (Lacouture et al., Ann Oncol 2021;32:157-170); MASCC 2011 guideline for EGFR inhibitor-associated dermatologic toxicities (Lacouture et al., Support Care Cancer 2011;19:1079-1095)"),
	CAPECITABINE_LABEL("CAPECITABINE-LABEL/ESMO-DERM-2021",
			"Capecitabine (Xeloda) prescribing information, dose modification for hand-foot syndrome; ESMO Clinical Practice Guidelines 2021, dermatological toxicities (Lacouture et al., Ann Oncol 2021;32:157-170)"),
	SORAFENIB_LABEL("SORAFENIB-LABEL/ESMO-DERM-2021",
			"Sorafenib (Nexavar) prescribing information, dose modification for hand-foot skin reaction; ESMO Clinical Practice Guidelines 2021, dermatological toxicities (Lacouture et al., Ann Oncol 2021;32:157-170)"),
	BRAF_MEK_LABELS("BRAF-MEK-LABELS",
			"BRAF and MEK inhibitor prescribing information (vemurafenib; dabrafenib with trametinib), dose modification for skin toxicity"),
	PLD_LABEL("PLD-LABEL",
			"Pegylated liposomal doxorubicin (Doxil/Caelyx) prescribing information, dose modification for hand-foot syndrome"),
	HEDGEHOG_LABELS("HEDGEHOG-LABELS",
			"Vismodegib (Erivedge) and sonidegib (Odomzo) prescribing information, adverse reactions"),
	ESMO_DERM_2021("ESMO-DERM-2021",
			"ESMO Clinical Practice Guidelines 2021, Prevention and management of dermatological toxicities related to anticancer agents (Lacouture et al., Ann Oncol 2021;32:157-170)"),
	MASCC_RD_2023("MASCC-RD-2023",
			"MASCC clinical practice guidelines for the prevention and management of acute radiation dermatitis: international Delphi consensus-based recommendations (Behroozian et al., Lancet Oncol 2023;24:e172-e185)"),
	BAD_SJS_TEN_2016("BAD-SJS-TEN-2016",
			"UK guidelines for the management of Stevens-Johnson syndrome/toxic epidermal necrolysis in adults 2016 (Creamer et al., Br J Dermatol 2016;174:1194-1227)"),
	CUTIS_REFERENCE("CUTIS-ONCODERM",
			"Cutis clinical reference, section 11 (chemotherapy skin care): no guideline row for this case");

	private final RuleSet ruleSet;

	OncodermSource(String id, String citation) {
		this.ruleSet = new RuleSet(id, citation);
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}

	/** The guideline with its year or edition, as the result's {@code source} carries it. */
	public String citation() {
		return ruleSet.source();
	}
}
