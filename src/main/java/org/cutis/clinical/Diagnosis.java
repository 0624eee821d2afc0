package org.cutis.clinical;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The coded diagnoses of the center, used for the clinical impression of a lesion and the
 * pathology diagnosis. Codes and their verification status follow the clinical reference,
 * section 9.1; where it has no verified code the code is absent or marked unverified.
 * ICD-10 codes are the "unspecified site" members (C43.9, C44.91 ...); the site-specific
 * fourth character is not derived here.
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
	// SNOMED for actinic keratosis is disputed between apps (201101007 vs 396233003): unverified
	ACTINIC_KERATOSIS("actinic-keratosis", Behaviour.BENIGN, Code.unverified(Code.SNOMED, "201101007"),
			Code.verified(Code.ICD10, "L57.0"), null),
	BOWEN_DISEASE("bowen-disease", Behaviour.IN_SITU, null, Code.verified(Code.ICD10, "D04.9"), Code.verified(Code.ICDO3, "8081/2")),
	MERKEL_CELL_CARCINOMA("merkel-cell-carcinoma", Behaviour.MALIGNANT, Code.unverified(Code.SNOMED, "253001006"),
			Code.verified(Code.ICD10, "C4A.9"), Code.verified(Code.ICDO3, "8247/3")),
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

	public static Diagnosis fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(d -> d.code.equals(code.trim())).findFirst().orElse(null);
	}
}
