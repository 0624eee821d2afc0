package org.cutis.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back as text, the way a search or a screen reader would. */
public final class Pdf {
	private Pdf() {
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
