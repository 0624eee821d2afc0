package org.cutis.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Synthetic lesion pictures drawn with Java2D: a clinical view (a blot on skin) and a
 * dermoscopic view (the same blot magnified, with a pigment network, in the dark round field of
 * a dermatoscope). Nobody's skin is shown.
 */
final class DemoImages {
	private DemoImages() {
	}

	static byte[] clinical(Random random, boolean irregular) {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setColor(new Color(226 + random.nextInt(15), 186 + random.nextInt(20), 160 + random.nextInt(20)));
		g.fillRect(0, 0, 320, 240);
		g.setColor(new Color(95 + random.nextInt(30), 60 + random.nextInt(20), 35));
		g.fillPolygon(blot(random, 160, 120, 26, irregular));
		return png(image, g);
	}

	static byte[] dermoscopic(Random random, boolean irregular) {
		BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setColor(Color.BLACK);
		g.fillRect(0, 0, 320, 320);
		g.setColor(new Color(236, 196, 172));
		g.fillOval(10, 10, 300, 300);
		g.setColor(new Color(140, 90, 55));
		Polygon blot = blot(random, 160, 160, 90, irregular);
		g.fillPolygon(blot);
		// pigment network: darker lines over the lesion only
		g.setClip(blot);
		g.setColor(new Color(80, 45, 25));
		g.setStroke(new BasicStroke(irregular ? 3f : 2f));
		for (int i = 40; i < 300; i += 18 + (irregular ? random.nextInt(10) : 0)) {
			g.drawLine(i, 0, i + (irregular ? random.nextInt(30) - 15 : 0), 320);
			g.drawLine(0, i, 320, i + (irregular ? random.nextInt(30) - 15 : 0));
		}
		g.setClip(null);
		if (irregular) {
			g.setColor(new Color(70, 80, 110));
			g.fillOval(170, 150, 30, 22);
		}
		return png(image, g);
	}

	private static Graphics2D start(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		return g;
	}

	/** A round blot; an irregular one (as a melanoma might be) has a ragged, asymmetric border. */
	private static Polygon blot(Random random, int cx, int cy, int radius, boolean irregular) {
		Polygon p = new Polygon();
		for (int i = 0; i < 36; i++) {
			double angle = Math.PI * 2 * i / 36;
			double r = radius * (irregular ? 0.7 + random.nextDouble() * 0.6 + (i < 12 ? 0.25 : 0) : 0.95 + random.nextDouble() * 0.1);
			p.addPoint(cx + (int) (Math.cos(angle) * r), cy + (int) (Math.sin(angle) * r));
		}
		return p;
	}

	private static byte[] png(BufferedImage image, Graphics2D g) {
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
