package org.cutis.rules.common;

import java.util.Objects;

/**
 * A versioned set of rules taken from one edition of one guideline. Every result names the
 * rule set that produced it, so a later edition (AJCC 9, a new NCCN version) can be added
 * beside the old one without silently changing stored results.
 *
 * @param id     short stable identifier stored with results, e.g. {@code AJCC-8}
 * @param source the guideline and edition as a clinician would cite it
 */
public record RuleSet(String id, String source) {

	public static final RuleSet AJCC_8 = new RuleSet("AJCC-8", "AJCC Cancer Staging Manual, 8th edition");
	public static final RuleSet NCCN_MELANOMA = new RuleSet("NCCN-MELANOMA",
			"NCCN Clinical Practice Guidelines in Oncology, Cutaneous Melanoma");
	public static final RuleSet BWH = new RuleSet("BWH-2014",
			"Brigham and Women's Hospital tumour classification for cutaneous SCC (Jambusaria-Pahlajani 2013, Karia 2014)");
	public static final RuleSet NCCN_BCC_2_2021 = new RuleSet("NCCN-BCC-2.2021",
			"NCCN Clinical Practice Guidelines in Oncology, Basal Cell Skin Cancer, version 2.2021");
	public static final RuleSet MOHS_AUC_2012 = new RuleSet("MOHS-AUC-2012",
			"AAD/ACMS/ASDSA/ASMS 2012 Appropriate Use Criteria for Mohs Micrographic Surgery (Connolly et al., J Am Acad Dermatol 2012;67:531-550)");
	public static final RuleSet CTCAE_5_0 = new RuleSet("CTCAE-5.0",
			"NCI Common Terminology Criteria for Adverse Events (CTCAE) version 5.0, 27 November 2017");
	public static final RuleSet NCCN_FOLLOWUP = new RuleSet("NCCN-FOLLOWUP",
			"NCCN Clinical Practice Guidelines in Oncology, follow-up recommendations (Cutaneous Melanoma; Basal Cell and Squamous Cell Skin Cancers)");
	public static final RuleSet CCA_FOLLOWUP = new RuleSet("CCA-FOLLOWUP",
			"Cancer Council Australia, Clinical practice guidelines for the diagnosis and management of melanoma, follow-up");
	public static final RuleSet SIGN_FOLLOWUP = new RuleSet("SIGN-FOLLOWUP",
			"NHS Scotland / SIGN cutaneous melanoma follow-up schedule");

	public RuleSet {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(source, "source");
	}

	/** The source with the chapter or part of the guideline that a rule uses. */
	public String source(String chapter) {
		return source + ", " + chapter;
	}
}
