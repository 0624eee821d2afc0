package org.cutis.lesion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cutis.lesion.BodyView;
import org.cutis.rules.common.AnatomicSite;

/**
 * The body-map drawings as clickable regions shaped like the body's parts. Each region is a site
 * of the shared vocabulary, outlined by a few points through which a smooth closed curve is drawn
 * (Catmull-Rom as cubic Béziers, {@link SmoothOutline}), so the parts look like a body and not
 * like boxes. The drawing's coordinates are its viewBox; lesion positions are stored as percent
 * of it.
 * <p>
 * On the front, head, hands and feet views the patient faces the viewer, so the patient's right
 * is on the viewer's left; on the back view it is on the viewer's right. Paired parts are drawn
 * once for the patient's right and mirrored, and carry their side; parts across the midline
 * (chest, back, face) get the side from the click (a narrow band counts as midline).
 */
public final class BodyMap {
	/** One clickable part: its site, its side when the part has one, and its outline. */
	public record Region(String site, String side, List<double[]> outline) {
		public String siteCode() {
			return AnatomicSite.valueOf(site).code();
		}

		/** The outline as SVG path data: a smooth closed curve through the points. */
		public String path() {
			return SmoothOutline.path(outline);
		}

		public double x() {
			return outline.stream().mapToDouble(p -> p[0]).min().orElse(0);
		}

		public double y() {
			return outline.stream().mapToDouble(p -> p[1]).min().orElse(0);
		}

		public double w() {
			return outline.stream().mapToDouble(p -> p[0]).max().orElse(0) - x();
		}

		public double h() {
			return outline.stream().mapToDouble(p -> p[1]).max().orElse(0) - y();
		}

		/** Where the keyboard and the site picker put the dot: the middle of the part. */
		public double cx() {
			return outline.stream().mapToDouble(p -> p[0]).average().orElse(0);
		}

		public double cy() {
			return outline.stream().mapToDouble(p -> p[1]).average().orElse(0);
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

	/** The whole body from the front, 200 by 400: the patient's right on the viewer's left. */
	private static Drawing front() {
		List<Region> r = new ArrayList<>();
		// the head: forehead above the brows, the rest of the face below (details on the head view)
		r.add(region("FOREHEAD", null, 80, 33, 82, 18, 92, 11, 100, 10, 108, 11, 118, 18, 120, 33, 100, 30));
		r.add(region("CHEEK", null, 80, 33, 100, 30, 120, 33, 120, 44, 116, 54, 108, 61, 100, 63, 92, 61, 84, 54,
				80, 44));
		r.add(region("NECK", null, 91, 60, 100, 64, 109, 60, 110, 70, 113, 77, 100, 79, 87, 77, 90, 70));
		r.add(region("CHEST", null, 87, 77, 100, 79, 113, 77, 123, 82, 126, 96, 125, 118, 123, 138, 100, 141, 77,
				138, 75, 118, 74, 96, 77, 82));
		r.add(region("ABDOMEN", null, 77, 138, 100, 141, 123, 138, 124, 156, 127, 176, 129, 196, 112, 201, 100, 202,
				88, 201, 71, 196, 73, 176, 76, 156));
		r.add(region("GENITALIA", "midline", 92, 203, 100, 202, 108, 203, 107, 212, 100, 221, 93, 212));
		pair(r, 200, region("SHOULDER", "right", 87, 77, 77, 82, 74, 96, 68, 104, 58, 108, 56, 97, 61, 86, 72, 79));
		limbs(r, "PRETIBIAL");
		return new Drawing(BodyView.FRONT, 200, 400, true, r);
	}

	/** The whole body from the back: the patient's right on the viewer's right. */
	private static Drawing back() {
		List<Region> r = new ArrayList<>();
		r.add(region("SCALP", null, 80, 36, 81, 20, 90, 11, 100, 9, 110, 11, 119, 20, 120, 36, 116, 52, 108, 60, 100,
				61, 92, 60, 84, 52));
		r.add(region("NECK", null, 90, 58, 100, 61, 110, 58, 110, 70, 113, 77, 100, 79, 87, 77, 90, 70));
		// the back in two: the upper back with the shoulder blades, the lower back to the waist
		r.add(region("BACK", null, 87, 77, 100, 79, 113, 77, 123, 82, 126, 96, 125, 118, 123, 138, 100, 141, 77, 138,
				75, 118, 74, 96, 77, 82));
		r.add(region("BACK", null, 77, 138, 100, 141, 123, 138, 124, 156, 127, 176, 128, 190, 100, 192, 72, 190, 73,
				176, 76, 156));
		limbs(r, "LEG");
		// the buttocks over the tops of the thighs, each with its side
		Region buttock = region("BUTTOCK", "left", 72, 190, 86, 191, 99, 192, 99, 206, 96, 218, 84, 220, 73, 214,
				70, 202);
		pair(r, 200, buttock);
		r.add(region("SHOULDER", "left", 87, 77, 77, 82, 74, 96, 68, 104, 58, 108, 56, 97, 61, 86, 72, 79));
		r.add(mirror(r.get(r.size() - 1), 200));
		return new Drawing(BodyView.BACK, 200, 400, false, sideFromClickOnBack(r));
	}

	/**
	 * Arms and legs, front and back alike except the shin (pretibial in front, the calf behind).
	 * Drawn for the viewer's left side and mirrored; the sides are the front's and swapped on the
	 * back view by {@link #sideFromClickOnBack}.
	 */
	private static void limbs(List<Region> r, String shin) {
		pair(r, 200, region("UPPER_ARM", "right", 58, 108, 68, 104, 71, 116, 69, 132, 66, 150, 62, 162, 50, 160, 49,
				144, 51, 124, 54, 112));
		pair(r, 200, region("FOREARM", "right", 50, 160, 62, 162, 61, 178, 58, 196, 56, 213, 46, 213, 44, 196, 44,
				178));
		pair(r, 200, region("HAND", "right", 46, 213, 56, 213, 60, 222, 61, 238, 57, 252, 51, 258, 45, 256, 41, 246,
				38, 236, 40, 226));
		pair(r, 200, region("THIGH", "right", 71, 196, 88, 201, 96, 205, 99, 222, 98, 244, 96, 268, 94, 292, 80,
				292, 77, 268, 73, 244, 70, 220));
		pair(r, 200, region(shin, "right", 80, 292, 94, 292, 95, 304, 95, 322, 93, 342, 91, 360, 82, 360, 80, 342,
				77, 322, 78, 304));
		pair(r, 200, region("ANKLE", "right", 82, 360, 91, 360, 92, 366, 93, 372, 81, 372, 81, 366));
		pair(r, 200, region("FOOT", "right", 81, 372, 93, 372, 96, 380, 95, 389, 86, 392, 76, 391, 72, 386, 76,
				380));
	}

	/** Seen from behind, the part on the viewer's left is the patient's left: the sides swap. */
	private static List<Region> sideFromClickOnBack(List<Region> regions) {
		return regions.stream().map(r -> {
			if (r.site().equals("BUTTOCK") || r.site().equals("SHOULDER")) {
				return r; // drawn with the back's own sides
			}
			String side = r.side() == null ? null
					: r.side().equals("right") ? "left" : r.side().equals("left") ? "right" : r.side();
			return new Region(r.site(), side, r.outline());
		}).toList();
	}

	/** The face from the front, 200 by 200: the patient's right on the viewer's left. */
	private static Drawing head() {
		List<Region> r = new ArrayList<>();
		r.add(region("SCALP", null, 50, 62, 51, 40, 62, 20, 80, 10, 100, 7, 120, 10, 138, 20, 149, 40, 150, 62, 140,
				52, 130, 44, 100, 38, 70, 44, 60, 52));
		r.add(region("FOREHEAD", null, 60, 52, 70, 44, 100, 38, 130, 44, 140, 52, 138, 60, 120, 58, 100, 58, 80, 58,
				62, 60));
		r.add(region("NECK", null, 72, 150, 86, 156, 100, 160, 114, 156, 128, 150, 131, 170, 140, 196, 100, 198, 60,
				196, 69, 170));
		pair(r, 200, region("TEMPLE", "right", 51, 62, 60, 54, 62, 60, 63, 70, 62, 82, 56, 84, 52, 74));
		pair(r, 200, region("EYEBROW", "right", 66, 65, 72, 61, 80, 60, 88, 61, 93, 64, 88, 66, 80, 65, 72, 66));
		pair(r, 200, region("EYELID", "right", 68, 74, 73, 70, 80, 68, 87, 70, 92, 74, 87, 77, 80, 78, 73, 77));
		pair(r, 200, region("PERIORBITAL", "right", 64, 80, 72, 81, 80, 82, 88, 81, 93, 79, 93, 85, 88, 90, 80, 92,
				72, 91, 66, 88));
		pair(r, 200, region("CHEEK", "right", 62, 86, 70, 91, 80, 94, 90, 93, 88, 104, 84, 116, 76, 124, 66, 120, 60,
				110, 58, 96));
		pair(r, 200, region("PREAURICULAR", "right", 52, 76, 56, 85, 58, 96, 59, 108, 57, 115, 53, 108, 51, 94, 51,
				84));
		pair(r, 200, region("EAR", "right", 44, 68, 49, 66, 51, 74, 51, 88, 51, 100, 48, 110, 42, 108, 39, 96, 37, 82,
				39, 72));
		pair(r, 200, region("POSTAURICULAR", "right", 37, 76, 36, 88, 38, 100, 41, 110, 35, 110, 31, 100, 30, 88, 32,
				78));
		pair(r, 200, region("JAWLINE", "right", 58, 112, 64, 122, 76, 128, 84, 134, 86, 146, 80, 146, 70, 140, 62, 132,
				57, 122));
		// the midline parts last, over the cheeks' edges
		r.add(region("NOSE", "midline", 95, 64, 105, 64, 106, 80, 109, 94, 114, 104, 108, 110, 100, 112, 92, 110, 86,
				104, 91, 94, 94, 80));
		r.add(region("LIP", "midline", 84, 121, 92, 117, 100, 119, 108, 117, 116, 121, 110, 128, 100, 131, 90, 128));
		r.add(region("CHIN", "midline", 86, 135, 100, 133, 114, 135, 114, 145, 108, 154, 100, 157, 92, 154, 86,
				145));
		return new Drawing(BodyView.HEAD, 200, 200, true, r);
	}

	/**
	 * Both hands with their backs to the viewer, fingers up, as the patient holds them up when
	 * facing the viewer: the patient's right hand on the viewer's left, each thumb on the outside.
	 */
	private static Drawing hands() {
		List<Region> r = new ArrayList<>();
		List<Region> right = new ArrayList<>();
		right.add(region("FOREARM", "right", 48, 170, 96, 170, 98, 184, 99, 198, 47, 198, 46, 184));
		right.add(region("HAND", "right", 38, 96, 62, 90, 86, 90, 108, 96, 110, 124, 100, 152, 96, 170, 48, 170, 44,
				152, 40, 124));
		// four fingers from the index (beside the thumb) to the little finger, each with its nail
		int[][] fingers = { { 46, 26, 64 }, { 66, 18, 72 }, { 86, 24, 66 }, { 103, 42, 52 } };
		for (int[] f : fingers) {
			right.add(finger("FINGER", "right", f[0], f[1], 15, f[2] + 4));
			right.add(nail("right", f[0], f[1], 15));
		}
		// the thumb, outside and lower, slanting away from the hand
		right.add(region("FINGER", "right", 38, 104, 40, 124, 30, 140, 22, 150, 13, 146, 14, 136, 22, 118, 30, 106));
		right.add(region("NAIL_UNIT", "right", 14, 138, 20, 132, 24, 138, 20, 146, 15, 146));
		r.addAll(right);
		right.forEach(region -> r.add(mirror(region, 300)));
		return new Drawing(BodyView.HANDS, 300, 200, true, r);
	}

	/** Both feet from above, toes up: the patient's right foot on the viewer's left, big toes inside. */
	private static Drawing feet() {
		List<Region> r = new ArrayList<>();
		List<Region> right = new ArrayList<>();
		right.add(region("ANKLE", "right", 54, 160, 104, 160, 106, 178, 104, 196, 56, 196, 52, 178));
		right.add(region("FOOT", "right", 40, 62, 60, 52, 84, 48, 110, 48, 128, 56, 126, 84, 116, 118, 106, 148, 104,
				160, 54, 160, 50, 140, 42, 104));
		// the little toe outside (viewer's left) to the big toe inside
		int[][] toes = { { 44, 44, 13, 20 }, { 61, 34, 14, 20 }, { 78, 28, 15, 22 }, { 95, 24, 16, 26 },
				{ 114, 16, 22, 38 } };
		for (int[] t : toes) {
			right.add(finger("TOE", "right", t[0], t[1], t[2], t[3]));
			right.add(nail("right", t[0], t[1], t[2]));
		}
		r.addAll(right);
		right.forEach(region -> r.add(mirror(region, 300)));
		return new Drawing(BodyView.FEET, 300, 200, true, r);
	}

	/** A finger or toe standing up: centre x, tip y, width and length, rounded at the tip. */
	private static Region finger(String site, String side, double cx, double tip, double width, double length) {
		double h = width / 2;
		double bottom = tip + length;
		return new Region(site, side, List.of(p(cx - h, bottom), p(cx - h, tip + h), p(cx - h * 0.6, tip + h * 0.25),
				p(cx, tip), p(cx + h * 0.6, tip + h * 0.25), p(cx + h, tip + h), p(cx + h, bottom)));
	}

	/** The nail on a finger's or toe's tip. */
	private static Region nail(String side, double cx, double tip, double width) {
		double h = width * 0.32;
		return new Region("NAIL_UNIT", side, List.of(p(cx - h, tip + width * 0.85), p(cx - h, tip + width * 0.35),
				p(cx, tip + width * 0.18), p(cx + h, tip + width * 0.35), p(cx + h, tip + width * 0.85)));
	}

	/** Adds the part and its mirror image across the drawing's vertical midline (the other side). */
	private static void pair(List<Region> regions, int width, Region region) {
		regions.add(region);
		regions.add(mirror(region, width));
	}

	private static Region mirror(Region region, int width) {
		List<double[]> points = new ArrayList<>();
		// reversed, so that the mirrored outline runs the same way round
		for (int i = region.outline().size() - 1; i >= 0; i--) {
			double[] p = region.outline().get(i);
			points.add(p(width - p[0], p[1]));
		}
		String side = region.side() == null ? null
				: region.side().equals("right") ? "left" : region.side().equals("left") ? "right" : region.side();
		return new Region(region.site(), side, List.copyOf(points));
	}

	/**
	 * Where a site is put on the map when it is chosen in the site picker: its own part, or for
	 * the sites not drawn as a part of their own, the part they lie on (the nipple on the chest).
	 */
	static Map<String, String> placeOfSite() {
		Map<String, String> places = new java.util.LinkedHashMap<>();
		for (AnatomicSite site : AnatomicSite.values()) {
			places.put(site.name(), switch (site) {
				case TRUNK, NIPPLE -> "CHEST";
				case ARM -> "UPPER_ARM";
				case PERIANAL -> "BUTTOCK";
				default -> site.name();
			});
		}
		return places;
	}

	private static Region region(String site, String side, double... xy) {
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i + 1 < xy.length; i += 2) {
			points.add(p(xy[i], xy[i + 1]));
		}
		return new Region(site, side, List.copyOf(points));
	}

	private static double[] p(double x, double y) {
		return new double[] { x, y };
	}
}
