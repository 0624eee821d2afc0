package org.cutis.drug.web;

/** The add-a-drug form of the catalogue page. */
record DrugForm(String nameKo, String nameEn, String atc, String drugClass) {
	static DrugForm blank() {
		return new DrugForm(null, null, null, null);
	}
}
