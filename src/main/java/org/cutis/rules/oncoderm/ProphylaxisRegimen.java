package org.cutis.rules.oncoderm;

import static org.cutis.rules.oncoderm.ProphylaxisItem.LOW_POTENCY_TOPICAL_STEROID;
import static org.cutis.rules.oncoderm.ProphylaxisItem.MOISTURISER;
import static org.cutis.rules.oncoderm.ProphylaxisItem.ORAL_TETRACYCLINE;
import static org.cutis.rules.oncoderm.ProphylaxisItem.RT_BARRIER_FILM;
import static org.cutis.rules.oncoderm.ProphylaxisItem.RT_PHOTOBIOMODULATION;
import static org.cutis.rules.oncoderm.ProphylaxisItem.RT_TOPICAL_STEROID;
import static org.cutis.rules.oncoderm.ProphylaxisItem.SUNSCREEN;
import static org.cutis.rules.oncoderm.ProphylaxisItem.UREA_CREAM;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pre-emptive skin regimen proposed when a patient starts a drug class (reference section
 * 11.2). A class without a row has an empty regimen: the reference holds none, and Cutis invents none.
 *
 * @param weeks how long the regimen runs, or null where the source gives no duration
 */
public record ProphylaxisRegimen(DrugClass drugClass, List<ProphylaxisItem> items, Integer weeks,
		OncodermSource source, boolean verified) {

	private static final Map<DrugClass, ProphylaxisRegimen> TABLE = table();

	public ProphylaxisRegimen {
		Objects.requireNonNull(drugClass, "drugClass");
		items = List.copyOf(items);
		Objects.requireNonNull(source, "source");
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** The regimen of a drug class; an empty one, citing the reference, where it holds none. */
	public static ProphylaxisRegimen of(DrugClass drugClass) {
		return TABLE.getOrDefault(drugClass,
				new ProphylaxisRegimen(drugClass, List.of(), null, OncodermSource.CUTIS_REFERENCE, false));
	}

	/** The rows of the table, one per drug class that has a regimen. */
	public static List<ProphylaxisRegimen> all() {
		return List.copyOf(TABLE.values());
	}

	private static Map<DrugClass, ProphylaxisRegimen> table() {
		Map<DrugClass, ProphylaxisRegimen> table = new EnumMap<>(DrugClass.class);
		put(table, new ProphylaxisRegimen(DrugClass.EGFR_INHIBITOR,
				List.of(MOISTURISER, SUNSCREEN, LOW_POTENCY_TOPICAL_STEROID, ORAL_TETRACYCLINE), 6, OncodermSource.EGFRI, true));
		put(table, new ProphylaxisRegimen(DrugClass.FLUOROPYRIMIDINE, List.of(UREA_CREAM), null,
				OncodermSource.ESMO_DERM_2021, false));
		put(table, new ProphylaxisRegimen(DrugClass.MULTIKINASE_INHIBITOR, List.of(UREA_CREAM), null,
				OncodermSource.ESMO_DERM_2021, false));
		put(table, new ProphylaxisRegimen(DrugClass.RADIOTHERAPY,
				List.of(RT_TOPICAL_STEROID, RT_BARRIER_FILM, RT_PHOTOBIOMODULATION), null, OncodermSource.MASCC_RD_2023, true));
		return table;
	}

	private static void put(Map<DrugClass, ProphylaxisRegimen> table, ProphylaxisRegimen regimen) {
		table.put(regimen.drugClass(), regimen);
	}
}
