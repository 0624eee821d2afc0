package org.cutis.shared.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The font every Cutis PDF uses: Nanum Gothic from Debian's fonts-nanum, embedded as an
 * Identity-H (Unicode) font so Hangul names render and can be searched and copied as text.
 * There is no fallback: a label without the patient's name must not be printed.
 */
public final class PdfFonts {
	public static final Path NANUM_GOTHIC = Path.of(
			System.getProperty("cutis.pdf.font", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));
	private static BaseFont base;

	private PdfFonts() {
	}

	public static synchronized BaseFont hangul() {
		if (base == null) {
			if (!Files.isReadable(NANUM_GOTHIC)) {
				throw new IllegalStateException("The PDF font " + NANUM_GOTHIC
						+ " is missing: install the Debian package fonts-nanum (or set -Dcutis.pdf.font) "
						+ "so labels and reports can print Hangul names");
			}
			try {
				base = BaseFont.createFont(NANUM_GOTHIC.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot read the PDF font " + NANUM_GOTHIC, e);
			}
		}
		return base;
	}

	public static Font font(float size) {
		return new Font(hangul(), size);
	}

	public static Font bold(float size) {
		return new Font(hangul(), size, Font.BOLD);
	}
}
