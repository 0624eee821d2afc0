package org.cutis.lesion;

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
	MELANOMA("melanoma", true, Code.verified(Code.SNOMED, "372244006"), Code.verified(Code.ICD10, "C43.9"),
			Code.verified(Code.ICDO3, "8720/3")),
	MELANOMA_IN_SITU("melanoma-in-situ", true, Code.verified(Code.SNOMED, "189758001"),
			Code.verified(Code.ICD10, "D03.9"), Code.unverified(Code.ICDO3, "8720/2")),
	BCC("bcc", true, Code.verified(Code.SNOMED, "254701007"), Code.verified(Code.ICD10, "C44.91"),
			Code.verified(Code.ICDO3, "8090/3")),
	CSCC("cscc", true, Code.verified(Code.SNOMED, "254651007"), Code.verified(Code.ICD10, "C44.92"),
			Code.verified(Code.ICDO3, "8070/3")),
	// SNOMED for actinic keratosis is disputed between apps (201101007 vs 396233003): unverified
	ACTINIC_KERATOSIS("actinic-keratosis", false, Code.unverified(Code.SNOMED, "201101007"),
			Code.verified(Code.ICD10, "L57.0"), null),
	BOWEN_DISEASE("bowen-disease", true, null, Code.verified(Code.ICD10, "D04.9"), Code.verified(Code.ICDO3, "8081/2")),
	MERKEL_CELL_CARCINOMA("merkel-cell-carcinoma", true, Code.unverified(Code.SNOMED, "253001006"),
			Code.verified(Code.ICD10, "C4A.9"), Code.verified(Code.ICDO3, "8247/3")),
	// behaviour /3 is ICD-O-3; newer WHO editions use /1, so the behaviour digit is unverified
	DFSP("dfsp", true, null, Code.unverified(Code.ICD10, "C44.99"), Code.unverified(Code.ICDO3, "8832/3")),
	// the reference lists no codes for a benign naevus or seborrhoeic keratosis
	BENIGN_NAEVUS("benign-naevus", false, null, null, null),
	SEBORRHOEIC_KERATOSIS("seborrhoeic-keratosis", false, null, null, null),
	OTHER("other", false, null, null, null);

	private final String code;
	private final boolean malignantOrInSitu;
	private final Code snomed;
	private final Code icd10;
	private final Code icdO3;

	Diagnosis(String code, boolean malignantOrInSitu, Code snomed, Code icd10, Code icdO3) {
		this.code = code;
		this.malignantOrInSitu = malignantOrInSitu;
		this.snomed = snomed;
		this.icd10 = icd10;
		this.icdO3 = icdO3;
	}

	public String code() {
		return code;
	}

	/** Malignant or in situ: such a result may not wait unreviewed (the path log flags it). */
	public boolean isMalignant() {
		return malignantOrInSitu;
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
		return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst().orElse(null);
	}
}
