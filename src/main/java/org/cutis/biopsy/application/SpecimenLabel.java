package org.cutis.biopsy.application;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.clinical.SpecimenRole;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.NotFound;
import org.cutis.shared.pdf.PdfFonts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The specimen container label, 90 × 38 mm: two patient identifiers (name and MRN, with the
 * birth date), site and side, technique, date, the purpose when it is not a diagnostic biopsy, and
 * the specimen id as Code 128 barcode and text.
 */
@Component
public class SpecimenLabel {
	static final float WIDTH = 255f; // 90 mm
	static final float HEIGHT = 108f; // 38 mm
	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Specimens specimens;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	SpecimenLabel(Specimens specimens, PatientDirectory patients, MessageSource messages, AuditLog audit, Clock clock) {
		this.specimens = specimens;
		this.patients = patients;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public byte[] print(UUID specimenId, Locale locale) {
		Specimen s = specimens.findById(specimenId).orElseThrow(() -> new NotFound("specimen", specimenId));
		PatientSummary patient = patients.find(s.patientId()).orElseThrow(() -> new NotFound("patient", s.patientId()));
		audit.record(AuditAction.EXPORT, s.patientId(), "specimen-label", s.accession(), null);
		return render(s, patient, locale);
	}

	byte[] render(Specimen s, PatientSummary patient, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(new Rectangle(WIDTH, HEIGHT), 8, 8, 6, 4);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(s.accession());
			document.open();
			Paragraph name = new Paragraph(patient.displayName(), PdfFonts.bold(9));
			name.setLeading(10);
			document.add(name);
			document.add(line(messages.getMessage("biopsy.label.ids",
					new Object[] { patient.mrn(), patient.birthDate().format(DATE) }, locale)));
			document.add(line(message("rules.option.site." + s.site().code(), locale) + " · "
					+ message("lesion.laterality." + s.laterality().code(), locale) + " · "
					+ message("biopsy.technique." + s.technique().code(), locale)
					+ (s.punchDiameterMm() == null ? "" : " " + s.punchDiameterMm().stripTrailingZeros().toPlainString() + " mm")));
			// a re-excision, recurrence or metastasis is said on the container; a diagnostic biopsy is the default
			document.add(line(s.ordered().at().atZone(clock.getZone()).toLocalDate().format(DATE)
					+ (s.role() == SpecimenRole.DIAGNOSTIC ? "" : " · " + message("biopsy.purpose." + s.role().code(), locale))));
			PdfContentByte canvas = writer.getDirectContent();
			Barcode128 barcode = new Barcode128();
			barcode.setCode(s.accession());
			barcode.setBarHeight(22f);
			barcode.setX(0.9f);
			Image image = barcode.createImageWithBarcode(canvas, null, null);
			image.setAlignment(Element.ALIGN_LEFT);
			document.add(image);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	private Paragraph line(String text) {
		Paragraph p = new Paragraph(text, PdfFonts.font(7));
		p.setLeading(8.5f);
		return p;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
