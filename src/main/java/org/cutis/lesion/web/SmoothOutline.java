package org.cutis.lesion.web;

import java.util.List;
import java.util.Locale;

/**
 * A body-map part's outline as SVG path data: a smooth closed curve through its few points, so
 * the parts look like a body and not like polygons. Coordinates are written with at most one
 * decimal (the drawing's viewBox is 200 or 300 wide), dot-separated whatever the locale.
 */
final class SmoothOutline {
	private SmoothOutline() {
	}

	/**
	 * A closed Catmull-Rom spline through the points as cubic Bézier segments: each segment from
	 * P1 to P2 has the control points P1 + (P2 - P0) / 6 and P2 - (P3 - P1) / 6.
	 */
	static String path(List<double[]> points) {
		int n = points.size();
		StringBuilder d = new StringBuilder("M").append(num(points.get(0)[0])).append(',').append(num(points.get(0)[1]));
		for (int i = 0; i < n; i++) {
			double[] p0 = points.get((i - 1 + n) % n);
			double[] p1 = points.get(i);
			double[] p2 = points.get((i + 1) % n);
			double[] p3 = points.get((i + 2) % n);
			d.append(" C")
				.append(num(p1[0] + (p2[0] - p0[0]) / 6)).append(',').append(num(p1[1] + (p2[1] - p0[1]) / 6)).append(' ')
				.append(num(p2[0] - (p3[0] - p1[0]) / 6)).append(',').append(num(p2[1] - (p3[1] - p1[1]) / 6)).append(' ')
				.append(num(p2[0])).append(',').append(num(p2[1]));
		}
		return d.append(" Z").toString();
	}

	private static String num(double value) {
		String s = String.format(Locale.ROOT, "%.1f", value);
		return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
	}
}
