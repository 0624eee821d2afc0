package org.cutis.treatment;

import java.util.List;
import java.util.UUID;

/**
 * A module that records treatments (surgery, Mohs, systemic therapy, radiotherapy) lists them for
 * the treatment summary. The treatment module collects every contributor, so it never depends on
 * the modules that treat.
 */
public interface TreatmentContributor {

	List<TreatmentEntry> treatmentsOf(UUID cancerId);
}
