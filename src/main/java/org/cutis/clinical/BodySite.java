package org.cutis.clinical;

import java.util.Objects;

import org.cutis.rules.common.AnatomicSite;

/** An anatomic site of the rules' vocabulary with the patient's side: "left cheek", "midline back". */
public record BodySite(AnatomicSite site, Laterality laterality) {
	public BodySite {
		Objects.requireNonNull(site, "site");
	}

	@Override
	public String toString() {
		return (laterality == null ? "" : laterality.code() + " ") + site.code();
	}
}
