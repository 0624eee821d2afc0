package org.cutis.mohs.domain;

/**
 * The round tissue map's geometry, shared by the SVG on the page and the drawing in the PDF: clock
 * positions are angles clockwise from 12 o'clock (30 degrees an hour).
 */
public final class ClockGeometry {
	private ClockGeometry() {
	}

	/** The angle in radians, clockwise from 12 o'clock, of a clock position (hours may be fractional). */
	public static double angle(double hours) {
		return Math.toRadians((hours % 12) * 30);
	}

	/** x of a point at {@code hours} on a circle of radius r around cx (both screen and page). */
	public static double x(double cx, double r, double hours) {
		return cx + r * Math.sin(angle(hours));
	}

	/** y on screen (y grows downwards). On a PDF page, where y grows upwards, use {@code cy + (cy - screenY)}. */
	public static double screenY(double cy, double r, double hours) {
		return cy - r * Math.cos(angle(hours));
	}

	/** The middle of a block's arc in hours, where its number is written. */
	public static double middle(TissueBlock b) {
		return b.fromClock() % 12 + b.spanHours() / 2.0;
	}

	/** An SVG path of a block's sector (a full circle when the block is the whole layer). */
	public static String sectorPath(TissueBlock b, double cx, double cy, double r) {
		if (b.spanHours() == 12) {
			return String.format(java.util.Locale.ROOT, "M %.2f %.2f A %.2f %.2f 0 1 1 %.2f %.2f A %.2f %.2f 0 1 1 %.2f %.2f Z",
					cx, cy - r, r, r, cx, cy + r, r, r, cx, cy - r);
		}
		double from = b.fromClock() % 12;
		double to = from + b.spanHours();
		return String.format(java.util.Locale.ROOT, "M %.2f %.2f L %.2f %.2f A %.2f %.2f 0 %d 1 %.2f %.2f Z", cx, cy,
				x(cx, r, from), screenY(cy, r, from), r, r, b.spanHours() > 6 ? 1 : 0, x(cx, r, to), screenY(cy, r, to));
	}
}
