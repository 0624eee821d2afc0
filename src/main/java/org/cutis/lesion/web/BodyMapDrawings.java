package org.cutis.lesion.web;

import java.util.List;
import java.util.UUID;

import org.cutis.lesion.domain.Lesions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body map for other modules' pages, by bean name ({@code @lesionBodyMap}) from the
 * {@code lesion/bodymap :: map} fragment, so a page elsewhere (the visit note's skin examination)
 * draws the same map with the patient's lesions without depending on this package. Not audited:
 * the page that includes it audits its own view of the patient.
 */
@Component("lesionBodyMap")
@Transactional(readOnly = true)
public class BodyMapDrawings {
	private final Lesions lesions;

	BodyMapDrawings(Lesions lesions) {
		this.lesions = lesions;
	}

	public List<BodyMap.Drawing> drawings() {
		return BodyMap.ALL;
	}

	public List<Markers> markersOf(UUID patientId) {
		return Markers.of(lesions.findByPatientIdOrderByNumber(patientId));
	}

	public java.util.Map<String, String> sitePlaces() {
		return BodyMap.placeOfSite();
	}
}
