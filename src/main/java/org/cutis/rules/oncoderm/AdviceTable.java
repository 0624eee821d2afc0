package org.cutis.rules.oncoderm;

import static org.cutis.rules.ctcae.CtcaeTerm.ALOPECIA;
import static org.cutis.rules.ctcae.CtcaeTerm.BULLOUS_DERMATITIS;
import static org.cutis.rules.ctcae.CtcaeTerm.DERMATITIS_RADIATION;
import static org.cutis.rules.ctcae.CtcaeTerm.DRY_SKIN;
import static org.cutis.rules.ctcae.CtcaeTerm.ERYTHEMA_MULTIFORME;
import static org.cutis.rules.ctcae.CtcaeTerm.NAIL_CHANGES;
import static org.cutis.rules.ctcae.CtcaeTerm.NAIL_LOSS;
import static org.cutis.rules.ctcae.CtcaeTerm.PALMAR_PLANTAR_ERYTHRODYSESTHESIA;
import static org.cutis.rules.ctcae.CtcaeTerm.PARONYCHIA;
import static org.cutis.rules.ctcae.CtcaeTerm.PHOTOSENSITIVITY;
import static org.cutis.rules.ctcae.CtcaeTerm.PRURITUS;
import static org.cutis.rules.ctcae.CtcaeTerm.RASH_ACNEIFORM;
import static org.cutis.rules.ctcae.CtcaeTerm.RASH_MACULO_PAPULAR;
import static org.cutis.rules.ctcae.CtcaeTerm.STEVENS_JOHNSON_SYNDROME;
import static org.cutis.rules.ctcae.CtcaeTerm.TOXIC_EPIDERMAL_NECROLYSIS;
import static org.cutis.rules.oncoderm.AdviceAction.CONTINUE;
import static org.cutis.rules.oncoderm.AdviceAction.CONTINUE_WITH_SKIN_TREATMENT;
import static org.cutis.rules.oncoderm.AdviceAction.DISCONTINUE;
import static org.cutis.rules.oncoderm.AdviceAction.HOLD_UNTIL_GRADE_1;
import static org.cutis.rules.oncoderm.AdviceAction.HOLD_UNTIL_GRADE_2;
import static org.cutis.rules.oncoderm.DrugClass.ANTHRACYCLINE;
import static org.cutis.rules.oncoderm.DrugClass.BRAF_MEK_INHIBITOR;
import static org.cutis.rules.oncoderm.DrugClass.EGFR_INHIBITOR;
import static org.cutis.rules.oncoderm.DrugClass.FLUOROPYRIMIDINE;
import static org.cutis.rules.oncoderm.DrugClass.HEDGEHOG_INHIBITOR;
import static org.cutis.rules.oncoderm.DrugClass.IMMUNE_CHECKPOINT_INHIBITOR;
import static org.cutis.rules.oncoderm.DrugClass.MULTIKINASE_INHIBITOR;
import static org.cutis.rules.oncoderm.DrugClass.RADIOTHERAPY;
import static org.cutis.rules.oncoderm.DrugClass.TAXANE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutis.rules.ctcae.CtcaeTerm;

/**
 * The management advice of the chemotherapy skin-care clinic (reference section 11.1). A case no
 * row covers is answered {@code no-advice}: where the sources are silent, Cutis invents nothing.
 * The same table is written in {@code docs/clinical-reference.md}; a test reads the document and
 * compares every row with the rule's answers, so the two cannot drift.
 */
public final class AdviceTable {

	private static final boolean V = true;
	private static final boolean M = false;

	private static final List<AdviceRow> ROWS = rows();

	private AdviceTable() {
	}

	/** Every row, in the order of the reference. */
	public static List<AdviceRow> all() {
		return ROWS;
	}

	public static Optional<AdviceRow> find(DrugClass drugClass, CtcaeTerm term, int grade) {
		return ROWS.stream().filter(r -> r.covers(drugClass, term, grade)).findFirst();
	}

	private static List<AdviceRow> rows() {
		List<AdviceRow> rows = new ArrayList<>();
		OncodermSource irae = OncodermSource.IRAE;
		DrugClass ici = IMMUNE_CHECKPOINT_INHIBITOR;
		rows.add(row(ici, RASH_MACULO_PAPULAR, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.ICI_RASH_G1, irae, V, null));
		rows.add(row(ici, RASH_MACULO_PAPULAR, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.ICI_RASH_G2, irae, V, "iciConsiderHolding"));
		rows.add(row(ici, RASH_MACULO_PAPULAR, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.ICI_RASH_G3, irae, V, "iciResume"));
		rows.add(row(ici, PRURITUS, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.ICI_PRURITUS_G1, irae, M, null));
		rows.add(row(ici, PRURITUS, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.ICI_PRURITUS_G2, irae, M, "iciConsiderHolding"));
		rows.add(row(ici, PRURITUS, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.ICI_PRURITUS_G3, irae, V, "iciResume"));
		rows.add(row(ici, BULLOUS_DERMATITIS, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.ICI_BULLOUS_G1, irae, M, "iciConsiderHolding"));
		rows.add(row(ici, BULLOUS_DERMATITIS, 2, 2, HOLD_UNTIL_GRADE_1, SkinTreatment.ICI_BULLOUS_G2, irae, M, null));
		rows.add(row(ici, BULLOUS_DERMATITIS, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.ICI_BULLOUS_G3_4, irae, M, "iciResume"));
		rows.add(row(ici, BULLOUS_DERMATITIS, 4, 4, DISCONTINUE, SkinTreatment.ICI_BULLOUS_G3_4, irae, M, null));
		rows.add(row(ici, STEVENS_JOHNSON_SYNDROME, 3, 4, DISCONTINUE, SkinTreatment.ICI_SEVERE_REACTION, irae, V, "iciSevereReaction"));
		rows.add(row(ici, TOXIC_EPIDERMAL_NECROLYSIS, 4, 4, DISCONTINUE, SkinTreatment.ICI_SEVERE_REACTION, irae, V, "iciSevereReaction"));
		rows.add(row(ici, ERYTHEMA_MULTIFORME, 3, 4, DISCONTINUE, SkinTreatment.ICI_SEVERE_REACTION, irae, M, null));

		OncodermSource egfri = OncodermSource.EGFRI;
		rows.add(row(EGFR_INHIBITOR, RASH_ACNEIFORM, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_RASH_G1, egfri, V, null));
		rows.add(row(EGFR_INHIBITOR, RASH_ACNEIFORM, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_RASH_G2, egfri, V, null));
		rows.add(row(EGFR_INHIBITOR, RASH_ACNEIFORM, 3, 3, HOLD_UNTIL_GRADE_2, SkinTreatment.EGFR_RASH_G3, egfri, V, "egfrResume"));
		rows.add(row(EGFR_INHIBITOR, RASH_ACNEIFORM, 4, 4, DISCONTINUE, SkinTreatment.EGFR_RASH_G4, egfri, V, null));
		rows.add(row(EGFR_INHIBITOR, PARONYCHIA, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_PARONYCHIA_G1, egfri, V, null));
		rows.add(row(EGFR_INHIBITOR, PARONYCHIA, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_PARONYCHIA_G2, egfri, V, null));
		rows.add(row(EGFR_INHIBITOR, PARONYCHIA, 3, 3, HOLD_UNTIL_GRADE_2, SkinTreatment.EGFR_PARONYCHIA_G3, egfri, M, "egfrResume"));
		rows.add(row(EGFR_INHIBITOR, DRY_SKIN, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_DRY_SKIN_G1, egfri, M, null));
		rows.add(row(EGFR_INHIBITOR, DRY_SKIN, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_DRY_SKIN_G2, egfri, M, null));
		rows.add(row(EGFR_INHIBITOR, PRURITUS, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_PRURITUS_G1, egfri, V, null));
		rows.add(row(EGFR_INHIBITOR, PRURITUS, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.EGFR_PRURITUS_G2, egfri, V, null));

		OncodermSource capecitabine = OncodermSource.CAPECITABINE_LABEL;
		rows.add(row(FLUOROPYRIMIDINE, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.HAND_FOOT_CARE_G1, capecitabine, V, null));
		rows.add(row(FLUOROPYRIMIDINE, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 2, 2, HOLD_UNTIL_GRADE_1, SkinTreatment.HAND_FOOT_CARE_G2_3, capecitabine, V, "capecitabineGrade2"));
		rows.add(row(FLUOROPYRIMIDINE, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.HAND_FOOT_CARE_G2_3, capecitabine, V, "capecitabineGrade3"));

		OncodermSource sorafenib = OncodermSource.SORAFENIB_LABEL;
		rows.add(row(MULTIKINASE_INHIBITOR, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.KERATOLYTIC_G1, sorafenib, V, null));
		rows.add(row(MULTIKINASE_INHIBITOR, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.KERATOLYTIC_G2_3, sorafenib, V, "sorafenibGrade2"));
		rows.add(row(MULTIKINASE_INHIBITOR, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.KERATOLYTIC_G2_3, sorafenib, V, "sorafenibGrade3"));

		OncodermSource brafMek = OncodermSource.BRAF_MEK_LABELS;
		rows.add(row(BRAF_MEK_INHIBITOR, RASH_MACULO_PAPULAR, 1, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.BRAF_RASH_G1_2, brafMek, M, null));
		rows.add(row(BRAF_MEK_INHIBITOR, RASH_MACULO_PAPULAR, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.BRAF_RASH_G3, brafMek, M, "brafMekResume"));
		rows.add(row(BRAF_MEK_INHIBITOR, PHOTOSENSITIVITY, 1, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.SUN_PROTECTION, brafMek, M, null));

		OncodermSource esmo = OncodermSource.ESMO_DERM_2021;
		rows.add(row(TAXANE, ALOPECIA, 1, 2, CONTINUE, SkinTreatment.SCALP_COOLING, esmo, M, null));
		rows.add(row(TAXANE, NAIL_CHANGES, 1, 1, CONTINUE, SkinTreatment.NAIL_CARE, esmo, M, null));
		rows.add(row(TAXANE, NAIL_LOSS, 1, 2, CONTINUE, SkinTreatment.NAIL_CARE, esmo, M, null));
		rows.add(row(ANTHRACYCLINE, ALOPECIA, 1, 2, CONTINUE, SkinTreatment.SCALP_COOLING, esmo, M, null));
		OncodermSource pld = OncodermSource.PLD_LABEL;
		rows.add(row(ANTHRACYCLINE, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.HAND_FOOT_CARE_G1, pld, M, "pegylatedLiposomalOnly"));
		rows.add(row(ANTHRACYCLINE, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 2, 2, HOLD_UNTIL_GRADE_1, SkinTreatment.HAND_FOOT_CARE_G2_3, pld, M, "pegylatedLiposomalGrade2"));
		rows.add(row(ANTHRACYCLINE, PALMAR_PLANTAR_ERYTHRODYSESTHESIA, 3, 3, HOLD_UNTIL_GRADE_1, SkinTreatment.HAND_FOOT_CARE_G2_3, pld, M, "pegylatedLiposomalGrade3"));
		rows.add(row(HEDGEHOG_INHIBITOR, ALOPECIA, 1, 2, CONTINUE, SkinTreatment.HAIR_LOSS_CAMOUFLAGE, OncodermSource.HEDGEHOG_LABELS, M, null));

		OncodermSource mascc = OncodermSource.MASCC_RD_2023;
		rows.add(row(RADIOTHERAPY, DERMATITIS_RADIATION, 1, 1, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.RADIATION_G1, mascc, M, "radiotherapyDecision"));
		rows.add(row(RADIOTHERAPY, DERMATITIS_RADIATION, 2, 2, CONTINUE_WITH_SKIN_TREATMENT, SkinTreatment.RADIATION_G2, mascc, M, "radiotherapyDecision"));

		// SJS/TEN caused by any other drug: the suspected drug is withdrawn (checkpoint inhibitors above)
		for (DrugClass drug : List.of(EGFR_INHIBITOR, BRAF_MEK_INHIBITOR, MULTIKINASE_INHIBITOR, FLUOROPYRIMIDINE, TAXANE,
				ANTHRACYCLINE, HEDGEHOG_INHIBITOR, DrugClass.OTHER)) {
			rows.add(row(drug, STEVENS_JOHNSON_SYNDROME, 3, 4, DISCONTINUE, SkinTreatment.WITHDRAW_SUSPECTED_DRUG,
					OncodermSource.BAD_SJS_TEN_2016, M, null));
			rows.add(row(drug, TOXIC_EPIDERMAL_NECROLYSIS, 4, 4, DISCONTINUE, SkinTreatment.WITHDRAW_SUSPECTED_DRUG,
					OncodermSource.BAD_SJS_TEN_2016, M, null));
		}
		return List.copyOf(rows);
	}

	private static AdviceRow row(DrugClass drugClass, CtcaeTerm term, int from, int to, AdviceAction action,
			SkinTreatment treatment, OncodermSource source, boolean verified, String note) {
		return new AdviceRow(drugClass, term, from, to, action, treatment, source, verified, note);
	}
}
