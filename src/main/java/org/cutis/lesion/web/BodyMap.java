package org.cutis.lesion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cutis.lesion.BodyView;
import org.cutis.rules.common.AnatomicSite;

/**
 * The body-map drawings as clickable regions. Each region is a site of the shared vocabulary;
 * the drawing's coordinates are its viewBox, positions are stored as percent of it. On the
 * front and head views the patient faces the viewer, so the patient's right is on the viewer's
 * left; on the back view it is on the viewer's right. Regions without a fixed side get their
 * laterality from the click (left/right of the midline, a narrow band counts as midline).
 */
public final class BodyMap {
	public record Region(String site, String side, int x, int y, int w, int h, int r) {
		public String siteCode() {
			return AnatomicSite.valueOf(site).code();
		}
	}

	public record Drawing(BodyView view, int width, int height, boolean mirrored, List<Region> regions) {
		public String viewBox() {
			return "0 0 " + width + " " + height;
		}
	}

	static final Map<BodyView, Drawing> DRAWINGS = Map.of(BodyView.FRONT, front(), BodyView.BACK, back(),
			BodyView.HEAD, head(), BodyView.HANDS, hands(), BodyView.FEET, feet());

	static final List<Drawing> ALL = List.of(DRAWINGS.get(BodyView.FRONT), DRAWINGS.get(BodyView.BACK),
			DRAWINGS.get(BodyView.HEAD), DRAWINGS.get(BodyView.HANDS), DRAWINGS.get(BodyView.FEET));

	private BodyMap() {
	}

	private static Drawing front() {
		List<Region> r = new ArrayList<>();
		r.add(new Region("FOREHEAD", null, 80, 8, 40, 22, 14));
		r.add(new Region("CHEEK", null, 80, 30, 40, 34, 12));
		r.add(new Region("NECK", null, 90, 64, 20, 16, 3));
		limbsAndTrunk(r, "CHEST", "ABDOMEN", "GENITALIA", "PRETIBIAL");
		return new Drawing(BodyView.FRONT, 200, 400, true, r);
	}

	private static Drawing back() {
		List<Region> r = new ArrayList<>();
		r.add(new Region("SCALP", null, 80, 8, 40, 56, 18));
		r.add(new Region("NECK", null, 90, 64, 20, 16, 3));
		limbsAndTrunk(r, "BACK", "BACK", "BUTTOCK", "LEG");
		return new Drawing(BodyView.BACK, 200, 400, false, r);
	}

	/** Trunk, arms and legs, the same outline front and back; only the trunk and shin sites differ. */
	private static void limbsAndTrunk(List<Region> r, String upperTrunk, String lowerTrunk, String pelvis,
			String shin) {
		r.add(new Region("SHOULDER", null, 56, 80, 22, 22, 8));
		r.add(new Region("SHOULDER", null, 122, 80, 22, 22, 8));
		r.add(new Region(upperTrunk, null, 78, 80, 44, 60, 4));
		r.add(new Region(lowerTrunk, null, 78, 140, 44, 55, 4));
		r.add(new Region(pelvis, null, 80, 195, 40, 20, 6));
		r.add(new Region("UPPER_ARM", null, 48, 102, 22, 58, 8));
		r.add(new Region("UPPER_ARM", null, 130, 102, 22, 58, 8));
		r.add(new Region("FOREARM", null, 40, 160, 22, 56, 8));
		r.add(new Region("FOREARM", null, 138, 160, 22, 56, 8));
		r.add(new Region("HAND", null, 34, 216, 26, 34, 10));
		r.add(new Region("HAND", null, 140, 216, 26, 34, 10));
		r.add(new Region("THIGH", null, 74, 215, 25, 80, 8));
		r.add(new Region("THIGH", null, 101, 215, 25, 80, 8));
		r.add(new Region(shin, null, 76, 295, 22, 64, 6));
		r.add(new Region(shin, null, 102, 295, 22, 64, 6));
		r.add(new Region("ANKLE", null, 78, 359, 18, 12, 4));
		r.add(new Region("ANKLE", null, 104, 359, 18, 12, 4));
		r.add(new Region("FOOT", null, 70, 371, 28, 20, 8));
		r.add(new Region("FOOT", null, 102, 371, 28, 20, 8));
	}

	/** The face seen from the front: patient's right on the viewer's left. */
	private static Drawing head() {
		List<Region> r = new ArrayList<>();
		r.add(new Region("SCALP", null, 50, 2, 100, 26, 20));
		r.add(new Region("FOREHEAD", null, 60, 28, 80, 26, 6));
		r.add(new Region("TEMPLE", "right", 46, 34, 14, 28, 5));
		r.add(new Region("TEMPLE", "left", 140, 34, 14, 28, 5));
		r.add(new Region("EYEBROW", "right", 64, 54, 28, 8, 3));
		r.add(new Region("EYEBROW", "left", 108, 54, 28, 8, 3));
		r.add(new Region("EYELID", "right", 66, 62, 24, 12, 5));
		r.add(new Region("EYELID", "left", 110, 62, 24, 12, 5));
		r.add(new Region("PERIORBITAL", "right", 60, 74, 32, 8, 3));
		r.add(new Region("PERIORBITAL", "left", 108, 74, 32, 8, 3));
		r.add(new Region("NOSE", "midline", 92, 62, 16, 46, 5));
		r.add(new Region("CHEEK", "right", 56, 82, 36, 40, 8));
		r.add(new Region("CHEEK", "left", 108, 82, 36, 40, 8));
		r.add(new Region("EAR", "right", 28, 60, 16, 40, 8));
		r.add(new Region("EAR", "left", 156, 60, 16, 40, 8));
		r.add(new Region("PREAURICULAR", "right", 44, 64, 12, 36, 3));
		r.add(new Region("PREAURICULAR", "left", 144, 64, 12, 36, 3));
		r.add(new Region("POSTAURICULAR", "right", 16, 64, 12, 34, 5));
		r.add(new Region("POSTAURICULAR", "left", 172, 64, 12, 34, 5));
		r.add(new Region("LIP", "midline", 78, 122, 44, 14, 7));
		r.add(new Region("JAWLINE", "right", 52, 122, 26, 30, 8));
		r.add(new Region("JAWLINE", "left", 122, 122, 26, 30, 8));
		r.add(new Region("CHIN", "midline", 78, 136, 44, 20, 9));
		r.add(new Region("NECK", null, 70, 158, 60, 38, 4));
		return new Drawing(BodyView.HEAD, 200, 200, true, r);
	}

	/** Both hands, backs up: the patient's right hand on the viewer's left. */
	private static Drawing hands() {
		List<Region> r = new ArrayList<>();
		hand(r, 20, "right");
		hand(r, 170, "left");
		return new Drawing(BodyView.HANDS, 300, 200, true, r);
	}

	private static void hand(List<Region> r, int left, String side) {
		r.add(new Region("HAND", side, left, 90, 110, 80, 16));
		for (int i = 0; i < 4; i++) {
			int fx = left + 6 + i * 26;
			r.add(new Region("FINGER", side, fx, 26, 20, 64, 8));
			r.add(new Region("NAIL_UNIT", side, fx + 3, 14, 14, 12, 5));
		}
		int thumb = side.equals("right") ? left + 110 : left - 22;
		r.add(new Region("FINGER", side, thumb, 100, 22, 44, 8));
		r.add(new Region("FOREARM", side, left + 20, 170, 70, 28, 4));
	}

	/** Both feet, tops up: the patient's right foot on the viewer's left. */
	private static Drawing feet() {
		List<Region> r = new ArrayList<>();
		foot(r, 30, "right");
		foot(r, 170, "left");
		return new Drawing(BodyView.FEET, 300, 200, true, r);
	}

	private static void foot(List<Region> r, int left, String side) {
		r.add(new Region("FOOT", side, left, 50, 100, 110, 20));
		for (int i = 0; i < 5; i++) {
			int tx = left + 4 + i * 19;
			r.add(new Region("TOE", side, tx, 22, 16, 28, 7));
			r.add(new Region("NAIL_UNIT", side, tx + 3, 12, 10, 10, 4));
		}
		r.add(new Region("ANKLE", side, left + 20, 160, 60, 30, 8));
	}
}
