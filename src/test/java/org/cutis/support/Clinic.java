package org.cutis.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.cutis.patient.Sex;
import org.cutis.patient.application.PatientManagement;
import org.cutis.patient.PatientDetails;

import org.springframework.stereotype.Component;

/** Patients and images for the clinical modules' tests. */
@Component
public class Clinic {
	public static final String HANGUL_NAME = "한가람";
	private final PatientManagement patients;

	Clinic(PatientManagement patients) {
		this.patients = patients;
	}

	public UUID patient() {
		return patients.register(new PatientDetails(HANGUL_NAME, "HAN Garam", Sex.FEMALE, LocalDate.of(1961, 4, 2),
				"010-1111-2222", null, "ko", null, null, null, null)).id();
	}

	/** A small synthetic lesion image: a brown blot on skin tone. */
	public static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(232, 196, 170));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(92, 58, 33));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
