package org.cutis.drug;

/**
 * One drug of the catalogue as other modules see it. The names are generic (international
 * nonproprietary) names; brand names are not kept.
 *
 * @param code   stable key, the English generic name in lower case ("cetuximab")
 * @param atc    WHO ATC code ("L01FE01")
 * @param active false once retired: records that named it keep it, new ones no longer offer it
 */
public record CatalogueDrug(String code, String nameKo, String nameEn, String atc, DrugClass drugClass, boolean active) {

	/** The name in the reader's language: Korean pages show the Korean generic name. */
	public String name(boolean korean) {
		return korean ? nameKo : nameEn;
	}
}
