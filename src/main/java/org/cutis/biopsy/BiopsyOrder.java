package org.cutis.biopsy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.biopsy.PunchDiameter;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.SpecimenRole;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the dermatologist asks for: technique (punch with its diameter, excision with its
 * margin), what the biopsy is for (a diagnostic biopsy unless said otherwise: a re-excision, a
 * suspected recurrence or metastasis), and the clinical information the pathologist needs
 * (history and a photo; the impression comes from the lesion).
 */
public record BiopsyOrder(BiopsyTechnique technique, BigDecimal punchDiameterMm, BigDecimal excisionMarginMm,
		String clinicalHistory, UUID photoId, boolean acknowledgeMelanomaWarning, SpecimenRole purpose) {
	static final BigDecimal MAX_MARGIN_MM = new BigDecimal("50");

	public BiopsyOrder {
		purpose = purpose == null ? SpecimenRole.DIAGNOSTIC : purpose;
		clinicalHistory = clinicalHistory == null || clinicalHistory.isBlank() ? null : clinicalHistory.trim();
		if (technique == BiopsyTechnique.PUNCH && punchDiameterMm == null) {
			punchDiameterMm = PunchDiameter.DEFAULT.mm();
		}
	}

	/**
	 * Whether this diagnostic biopsy samples only part of a suspected melanoma: a shave or an
	 * incisional biopsy, or a punch narrower than the lesion's clinical size (a 3 mm punch of an
	 * 8 mm lesion). Partial sampling may miss the thickest part and under-stage Breslow thickness.
	 * An unknown size says nothing about the punch.
	 */
	public boolean isPartial(BigDecimal lesionSizeMm) {
		if (technique == null) {
			return false;
		}
		if (technique.warnsForSuspectedMelanoma()) {
			return true;
		}
		return technique == BiopsyTechnique.PUNCH && purpose == SpecimenRole.DIAGNOSTIC && lesionSizeMm != null
				&& punchDiameterMm != null && punchDiameterMm.compareTo(lesionSizeMm) < 0;
	}

	/**
	 * Every problem at once. A partial biopsy of a suspected melanoma ({@link #isPartial}) is
	 * refused until the clinician acknowledges it deliberately (the reference allows it in stated
	 * cases); the refusal says why, a shave or incisional biopsy on the technique, a punch smaller
	 * than the lesion with both sizes on the punch diameter.
	 */
	public void validate(boolean suspectedMelanoma, BigDecimal lesionSizeMm, boolean photoOfThisLesion) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!SpecimenRole.BIOPSY_PURPOSES.contains(purpose)) {
			problems.add(invalidPurpose(purpose.code()));
		}
		if (technique == null) {
			problems.add(new FieldProblem("technique", "error.field.required"));
		}
		if (technique == BiopsyTechnique.PUNCH) {
			try {
				new PunchDiameter(punchDiameterMm);
			}
			catch (InvalidInput invalid) {
				problems.addAll(invalid.problems());
			}
		}
		else if (punchDiameterMm != null) {
			problems.add(new FieldProblem("punchDiameterMm", "biopsy.punch.onlyForPunch"));
		}
		if (technique == BiopsyTechnique.EXCISIONAL) {
			if (excisionMarginMm == null) {
				problems.add(new FieldProblem("excisionMarginMm", "error.field.required"));
			}
			else if (excisionMarginMm.signum() < 0 || excisionMarginMm.compareTo(MAX_MARGIN_MM) > 0) {
				problems.add(new FieldProblem("excisionMarginMm", "biopsy.margin.range", MAX_MARGIN_MM));
			}
		}
		else if (excisionMarginMm != null) {
			problems.add(new FieldProblem("excisionMarginMm", "biopsy.margin.onlyForExcision"));
		}
		if (clinicalHistory == null) {
			problems.add(new FieldProblem("clinicalHistory", "error.field.required"));
		}
		else if (clinicalHistory.length() > 2000) {
			problems.add(new FieldProblem("clinicalHistory", "error.field.tooLong", 2000));
		}
		if (photoId == null) {
			problems.add(new FieldProblem("photoId", "biopsy.photo.required"));
		}
		else if (!photoOfThisLesion) {
			problems.add(new FieldProblem("photoId", "biopsy.photo.notOfLesion"));
		}
		if (suspectedMelanoma && isPartial(lesionSizeMm) && !acknowledgeMelanomaWarning) {
			problems.add(technique.warnsForSuspectedMelanoma()
					? new FieldProblem("technique", "biopsy.melanoma.warning")
					: new FieldProblem("punchDiameterMm", "biopsy.melanoma.partialPunch",
							punchDiameterMm.stripTrailingZeros().toPlainString(),
							lesionSizeMm.stripTrailingZeros().toPlainString()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** The purpose a caller gave is not one a biopsy of a lesion may be ordered for; names the allowed ones. */
	public static FieldProblem invalidPurpose(String given) {
		return new FieldProblem("purpose", "biopsy.purpose.invalid", given,
				SpecimenRole.BIOPSY_PURPOSES.stream().map(SpecimenRole::code).collect(Collectors.joining(", ")));
	}
}
