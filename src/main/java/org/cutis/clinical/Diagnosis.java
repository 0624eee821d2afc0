package org.cutis.clinical;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.cutis.rules.common.AnatomicSite;

/**
 * The coded diagnoses of the center, used for the clinical impression of a lesion and the
 * pathology diagnosis. Codes and their verification status follow the clinical reference,
 * section 9.1; where it has no verified code the code is absent or marked unverified.
 * The ICD-10 codes here are the "unspecified site" members (C43.9, C44.91 ...); a confirmed
 * diagnosis is coded at its site with {@link #icd10At} / {@link #codesAt} (C43.7 for a melanoma
 * of the thigh). A clinical impression carries no ICD code at all: {@link #impressionCodes}.
 */
public enum Diagnosis {
	MELANOMA("melanoma", Behaviour.MALIGNANT, Code.verified(Code.SNOMED, "372244006"), Code.verified(Code.ICD10, "C43.9"),
			Code.verified(Code.ICDO3, "8720/3")),
	MELANOMA_IN_SITU("melanoma-in-situ", Behaviour.IN_SITU, Code.verified(Code.SNOMED, "189758001"),
			Code.verified(Code.ICD10, "D03.9"), Code.unverified(Code.ICDO3, "8720/2")),
	BCC("bcc", Behaviour.MALIGNANT, Code.verified(Code.SNOMED, "254701007"), Code.verified(Code.ICD10, "C44.91"),
			Code.verified(Code.ICDO3, "8090/3")),
	CSCC("cscc", Behaviour.MALIGNANT, Code.verified(Code.SNOMED, "254651007"), Code.verified(Code.ICD10, "C44.92"),
			Code.verified(Code.ICDO3, "8070/3")),
	// Merkel cell carcinoma: ICD-10-CM has C4A.-, WHO ICD-10 has no C4A and codes it to the skin
	// of the site (C44.-); Korea's KCD follows WHO, so Cutis uses C44.x by site (C44.9 unsited)
	// SNOMED for actinic keratosis is disputed between apps (201101007 vs 396233003): unverified
	ACTINIC_KERATOSIS("actinic-keratosis", Behaviour.BENIGN, Code.unverified(Code.SNOMED, "201101007"),
			Code.verified(Code.ICD10, "L57.0"), null),
	BOWEN_DISEASE("bowen-disease", Behaviour.IN_SITU, null, Code.verified(Code.ICD10, "D04.9"), Code.verified(Code.ICDO3, "8081/2")),
	MERKEL_CELL_CARCINOMA("merkel-cell-carcinoma", Behaviour.MALIGNANT, Code.unverified(Code.SNOMED, "253001006"),
			Code.verified(Code.ICD10, "C44.9"), Code.verified(Code.ICDO3, "8247/3")),
	// behaviour /3 is ICD-O-3; newer WHO editions use /1, so the behaviour digit is unverified
	DFSP("dfsp", Behaviour.MALIGNANT, null, Code.unverified(Code.ICD10, "C44.99"), Code.unverified(Code.ICDO3, "8832/3")),
	// the reference lists no codes for a benign naevus or seborrhoeic keratosis
	BENIGN_NAEVUS("benign-naevus", Behaviour.BENIGN, null, null, null),
	SEBORRHOEIC_KERATOSIS("seborrhoeic-keratosis", Behaviour.BENIGN, null, null, null),
	// a melanoma metastasis (in-transit, satellite, nodal, distant) belongs to its primary's cancer;
	// the reference lists no codes for secondary melanoma
	MELANOMA_METASTASIS("melanoma-metastasis", Behaviour.MALIGNANT, null, null, null),
	// rarer skin malignancies: the reference lists no codes for them, so none are claimed
	ANGIOSARCOMA("angiosarcoma", Behaviour.MALIGNANT, null, null, null),
	SEBACEOUS_CARCINOMA("sebaceous-carcinoma", Behaviour.MALIGNANT, null, null, null),
	// ICD-O-3 gives atypical fibroxanthoma uncertain behaviour (/1); reviewed like a malignant result
	ATYPICAL_FIBROXANTHOMA("atypical-fibroxanthoma", Behaviour.UNCERTAIN, null, null, null),
	EXTRAMAMMARY_PAGET("extramammary-paget", Behaviour.MALIGNANT, null, null, null),
	CUTANEOUS_LYMPHOMA("cutaneous-lymphoma", Behaviour.MALIGNANT, null, null, null),
	// free text: the pathologist states the behaviour on the report; unstated is uncertain, never benign
	OTHER("other", Behaviour.UNCERTAIN, null, null, null);

	private final String code;
	private final Behaviour behaviour;
	private final Code snomed;
	private final Code icd10;
	private final Code icdO3;

	Diagnosis(String code, Behaviour behaviour, Code snomed, Code icd10, Code icdO3) {
		this.code = code;
		this.behaviour = behaviour;
		this.snomed = snomed;
		this.icd10 = icd10;
		this.icdO3 = icdO3;
	}

	public String code() {
		return code;
	}

	/** Malignant or in situ: such a result opens a cancer diagnosis. */
	public boolean isMalignant() {
		return behaviour.isCancer();
	}

	/** The behaviour this diagnosis has by definition; for {@code OTHER} the report states it. */
	public Behaviour behaviour() {
		return behaviour;
	}

	/** A melanoma, in situ or invasive, of the primary tumour (not a metastasis). */
	public boolean isMelanomaPrimary() {
		return this == MELANOMA || this == MELANOMA_IN_SITU;
	}

	/** The tumour family a diagnosis belongs to; an addendum that changes it needs a reason. */
	public String family() {
		return switch (this) {
			case MELANOMA, MELANOMA_IN_SITU, MELANOMA_METASTASIS -> "melanoma";
			case CSCC, BOWEN_DISEASE, ACTINIC_KERATOSIS -> "keratinocyte-squamous";
			case BCC -> "bcc";
			default -> code;
		};
	}

	public Code snomed() {
		return snomed;
	}

	public Code icd10() {
		return icd10;
	}

	public Code icdO3() {
		return icdO3;
	}

	public List<Code> codes() {
		return Stream.of(snomed, icd10, icdO3).filter(Objects::nonNull).toList();
	}

	/**
	 * The ICD-10 code of this diagnosis confirmed at a site: the fourth character by the skin
	 * region ({@link SkinSite}) for melanoma (C43), melanoma in situ (D03), Bowen disease (D04)
	 * and the keratinocyte cancers and Merkel cell carcinoma (C44). For basal cell and squamous
	 * cell carcinoma the fifth character gives the histology, .x1 BCC and .x2 SCC, the convention
	 * of the clinic's reference (C44.91, C44.92) as in the national modifications with a fifth
	 * character (KCD); Merkel cell carcinoma stays at four characters. Other diagnoses keep their
	 * code. Null when ICD-10 codes the site elsewhere (genital skin: the organ's category) or the
	 * diagnosis has no code; the verification of the unsited code carries over, as the fourth
	 * character is the tabular list's own subdivision.
	 */
	public Code icd10At(AnatomicSite site) {
		if (icd10 == null || site == null) {
			return icd10;
		}
		SkinSite region = SkinSite.of(site);
		Character fourth = region.fourthCharacter();
		String code = switch (this) {
			case MELANOMA -> fourth == null ? null : "C43." + fourth;
			// D03 excludes no genital skin: melanoma in situ there is D03.8, "other sites" (the scrotum's, per ICD-10-CM)
			case MELANOMA_IN_SITU -> "D03." + (fourth == null ? '8' : fourth);
			case BOWEN_DISEASE -> fourth == null ? null : "D04." + fourth;
			case BCC -> fourth == null ? null : "C44." + fourth + "1";
			case CSCC -> fourth == null ? null : "C44." + fourth + "2";
			case MERKEL_CELL_CARCINOMA -> fourth == null ? null : "C44." + fourth;
			default -> icd10.value();
		};
		return code == null ? null : new Code(Code.ICD10, code, icd10.verified());
	}

	/** SNOMED CT, the site's ICD-10 and ICD-O-3: the codes of a diagnosis confirmed by pathology. */
	public List<Code> codesAt(AnatomicSite site) {
		return Stream.of(snomed, icd10At(site), icdO3).filter(Objects::nonNull).toList();
	}

	/**
	 * The codes of a clinical impression, before histology: the disorder's SNOMED CT concept
	 * only, to be read in the finding context "suspected" ({@link #SUSPECTED_CONTEXT}). ICD-10
	 * and ICD-O-3 classify confirmed diagnoses (ICD-O-3's morphology is histology), so an
	 * impression never carries them; no ICD-10 R-code describes "suspected melanoma" faithfully.
	 */
	public List<Code> impressionCodes() {
		return snomed == null ? List.of() : List.of(snomed);
	}

	/**
	 * SNOMED CT's finding context for an impression: 408729009 |Finding context| = 415684004
	 * |Suspected|, as in a finding with explicit context (413350009).
	 */
	public static final String SUSPECTED_CONTEXT = "408729009 = 415684004";

	public static Diagnosis fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(d -> d.code.equals(code.trim())).findFirst().orElse(null);
	}
}
