package org.cutis.mohs.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One numbered block of a Mohs layer: the arc of the round map it covers, clockwise from
 * {@code fromClock} to {@code toClock} (clock positions 1-12, 12 at the patient's head as marked
 * on the map; the same number twice is the whole circle), and its margin.
 */
public record TissueBlock(int number, int fromClock, int toClock, Margin margin) {

	/** The arc's start in hours from 12 o'clock (12 reads as 0). */
	double startHours() {
		return fromClock % 12;
	}

	/** The arc's length in hours: 1 to 12. */
	public int spanHours() {
		int span = Math.floorMod(toClock - fromClock, 12);
		return span == 0 ? 12 : span;
	}

	/** Whether the two arcs share more than a boundary (a later block over an earlier positive one). */
	public boolean overlaps(TissueBlock other) {
		for (int h = 0; h < spanHours(); h++) {
			int hour = (fromClock + h) % 12;
			for (int k = 0; k < other.spanHours(); k++) {
				if ((other.fromClock + k) % 12 == hour) {
					return true;
				}
			}
		}
		return false;
	}

	/** Stored as "1:12-2:clear;2:2-4:peripheral" (one column; a stage is never changed). */
	public static String encode(List<TissueBlock> blocks) {
		StringBuilder out = new StringBuilder();
		for (TissueBlock b : blocks) {
			out.append(out.isEmpty() ? "" : ";")
				.append(b.number)
				.append(':')
				.append(b.fromClock)
				.append('-')
				.append(b.toClock)
				.append(':')
				.append(b.margin.code());
		}
		return out.toString();
	}

	public static List<TissueBlock> decode(String stored) {
		List<TissueBlock> blocks = new ArrayList<>();
		if (stored == null || stored.isBlank()) {
			return blocks;
		}
		for (String part : stored.split(";")) {
			String[] f = part.split(":");
			String[] clocks = f[1].split("-");
			blocks.add(new TissueBlock(Integer.parseInt(f[0]), Integer.parseInt(clocks[0]), Integer.parseInt(clocks[1]),
					Margin.fromCode(f[2])));
		}
		return blocks;
	}

	/** The layer divided into {@code count} equal blocks starting at 12 o'clock (count divides 12), all clear. */
	public static List<TissueBlock> divided(int count) {
		int n = List.of(1, 2, 3, 4, 6, 12).contains(count) ? count : 4;
		int span = 12 / n;
		List<TissueBlock> blocks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int from = i * span == 0 ? 12 : i * span;
			int to = (i + 1) * span;
			blocks.add(new TissueBlock(i + 1, from, to == 0 ? 12 : to, Margin.CLEAR));
		}
		return blocks;
	}
}
