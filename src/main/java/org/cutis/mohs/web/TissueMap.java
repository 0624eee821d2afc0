package org.cutis.mohs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cutis.mohs.domain.ClockGeometry;
import org.cutis.mohs.domain.TissueBlock;

/**
 * A stage's round map as the page draws it: one sector per block (an SVG path), its number where the
 * surgeon reads it, and the clock positions around it with 12 o'clock marked at the top.
 */
record TissueMap(List<Sector> sectors, List<Hour> hours) {
	static final double CENTRE = 110;
	static final double RADIUS = 85;

	record Sector(int index, int number, int fromClock, int toClock, String margin, String path, String labelX,
			String labelY) {
	}

	record Hour(int hour, String x, String y) {
	}

	static TissueMap of(List<TissueBlock> blocks) {
		List<Sector> sectors = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			TissueBlock b = blocks.get(i);
			double mid = ClockGeometry.middle(b);
			double at = b.spanHours() == 12 ? 0 : RADIUS * 0.62;
			sectors.add(new Sector(i, b.number(), b.fromClock(), b.toClock(), b.margin().code(),
					ClockGeometry.sectorPath(b, CENTRE, CENTRE, RADIUS), n(ClockGeometry.x(CENTRE, at, mid)),
					n(ClockGeometry.screenY(CENTRE, at, mid) + 5)));
		}
		List<Hour> hours = new ArrayList<>();
		for (int h = 1; h <= 12; h++) {
			hours.add(new Hour(h, n(ClockGeometry.x(CENTRE, RADIUS + 13, h)), n(ClockGeometry.screenY(CENTRE, RADIUS + 13, h) + 4)));
		}
		return new TissueMap(sectors, hours);
	}

	private static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
