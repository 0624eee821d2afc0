package org.cutis.lesion.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cutis.lesion.BodyView;
import org.cutis.lesion.domain.Lesion;

/** A lesion drawn on its body-map view, in the drawing's own coordinates. */
public record Markers(BodyView view, UUID id, String label, double cx, double cy, boolean voided) {

	static List<Markers> of(List<Lesion> lesions) {
		return lesions.stream().map(l -> {
			BodyMap.Drawing d = BodyMap.DRAWINGS.get(l.view());
			return new Markers(l.view(), l.id(), l.label(), scale(l.x(), d.width()), scale(l.y(), d.height()),
					l.isVoided());
		}).toList();
	}

	private static double scale(BigDecimal percent, int size) {
		return percent.doubleValue() * size / 100.0;
	}
}
