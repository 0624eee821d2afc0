package org.cutis.treatment.plan.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.identity.StaffNames;
import org.cutis.patient.PatientDirectory;
import org.cutis.shared.pdf.PdfFonts;
import org.cutis.shared.web.EntryText;
import org.cutis.staging.CancerSummary;
import org.cutis.treatment.TreatmentCompleted.Responsible;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.plan.application.Timings;
import org.cutis.treatment.plan.application.TreatmentSummary;
import org.cutis.treatment.plan.domain.PlanItem;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The treatment summary as a PDF in the reader's language, in the font every Cutis PDF uses
 * ({@link PdfFonts}) so Hangul prints and can be searched. Staff by name and department; words a
 * person typed (a detail, a reason) as typed.
 */
@Component
class SummaryPdf {
	private final MessageSource messages;
	private final StaffNames staffNames;
	private final PatientDirectory patients;

	SummaryPdf(MessageSource messages, StaffNames staffNames, PatientDirectory patients) {
		this.messages = messages;
		this.staffNames = staffNames;
		this.patients = patients;
	}

	static ResponseEntity<byte[]> response(byte[] pdf, UUID cancerId) {
		return ResponseEntity.ok()
			.header("Content-Type", "application/pdf")
			.header("Content-Disposition", "inline; filename=\"treatment-summary-" + cancerId + ".pdf\"")
			.body(pdf);
	}

	byte[] render(TreatmentSummary s, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		Font title = PdfFonts.bold(16);
		Font heading = PdfFonts.bold(12);
		Font body = PdfFonts.font(10);
		String name = text("treatment.summary.title", locale);
		document.addTitle(name);
		document.open();
		document.add(new Paragraph(name, title));
		patients.find(s.plan().patientId())
			.ifPresent(p -> document.add(new Paragraph(p.displayName() + " · MRN " + p.mrn() + " · "
					+ text("patient.sex." + p.sex().code(), locale) + " · " + p.birthDate(), heading)));

		CancerSummary cancer = s.cancer();
		document.add(new Paragraph(text("treatment.summary.diagnosis", locale), heading));
		line(document, body, text("treatment.summary.diagnosisLine", locale),
				text("staging.kind." + cancer.kind().code(), locale)
						+ (cancer.histologicSubtype() == null ? "" : " · " + cancer.histologicSubtype()));
		line(document, body, text("treatment.summary.diagnosedOn", locale), date(cancer.diagnosisDate()));
		line(document, body, text("treatment.summary.codes", locale),
				"SNOMED CT " + orDash(cancer.findings().snomedCode()) + " · ICD-10 "
						+ orDash(cancer.findings().icd10Code()) + " · ICD-O-3 " + orDash(cancer.findings().icdO3Code()));
		line(document, body, text("treatment.summary.stage", locale), cancer.stage() == null
				? text("treatment.summary.notStaged", locale)
				: cancer.stage() + (cancer.stagingLine(locale) == null ? "" : " (" + cancer.stagingLine(locale) + ")"));
		line(document, body, text("treatment.plan.intent", locale), s.plan().intent() == null
				? text("treatment.intent.none", locale) : text("treatment.intent." + s.plan().intent().code(), locale));

		document.add(new Paragraph(text("treatment.summary.items", locale), heading));
		for (PlanItem item : s.plan().items()) {
			document.add(new Paragraph("• " + itemLine(item, locale), body));
		}
		document.add(new Paragraph(text("treatment.summary.recorded", locale), heading));
		if (s.recorded().isEmpty()) {
			document.add(new Paragraph(text("treatment.summary.noneRecorded", locale), body));
		}
		for (TreatmentEntry e : s.recorded()) {
			document.add(new Paragraph("• " + (e.type() == null ? "-" : text("treatment.type." + e.type().code(), locale)) + " · "
					+ date(e.startedOn()) + (e.endedOn() == null || e.endedOn().equals(e.startedOn()) ? ""
							: " – " + date(e.endedOn()))
					+ " · " + staffNames.label(e.responsible(), locale) + ": "
					+ EntryText.of(messages, e.messageKey(), e.args() == null ? List.of() : e.args(), locale), body));
		}

		document.add(new Paragraph(text("treatment.summary.timings", locale), heading));
		Timings t = s.timings();
		line(document, body, text("treatment.timings.firstTreatment", locale), date(t.firstTreatmentOn()));
		line(document, body, text("treatment.timings.diagnosisToTreatment", locale), days(t.daysDiagnosisToFirstTreatment(), locale));
		line(document, body, text("treatment.timings.boardToTreatment", locale), days(t.daysBoardToFirstTreatment(), locale));
		line(document, body, text("treatment.summary.completedOn", locale), date(s.plan().completedOn()));

		document.add(new Paragraph(text("treatment.summary.responsible", locale), heading));
		for (Responsible r : s.responsible()) {
			document.add(new Paragraph("• " + (r.username() != null ? staffNames.label(r.username(), locale)
					: text("identity.department." + r.department().code(), locale)), body));
		}
		document.close();
		return out.toByteArray();
	}

	private String itemLine(PlanItem item, Locale locale) {
		StringBuilder line = new StringBuilder(text("treatment.type." + item.type().code(), locale));
		if (item.detail() != null) {
			line.append(": ").append(item.detail());
		}
		line.append(" · ").append(text("treatment.status." + item.status().code(), locale));
		switch (item.status()) {
			case DONE -> line.append(" ").append(date(item.startedOn()))
				.append(item.doneOn().equals(item.startedOn()) ? "" : " – " + date(item.doneOn()));
			case CANCELLED -> line.append(" ").append(date(item.cancelledOn())).append(" (")
				.append(item.cancelReason()).append(")");
			case IN_PROGRESS -> line.append(" ").append(date(item.startedOn()));
			default -> {
			}
		}
		line.append(" · ").append(item.responsible() != null ? staffNames.label(item.responsible(), locale)
				: text("identity.department." + item.department().code(), locale));
		return line.toString();
	}

	private void line(Document document, Font font, String label, String value) {
		document.add(new Paragraph(label + ": " + value, font));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private String days(Long days, Locale locale) {
		return days == null ? "-" : text("treatment.timings.days", locale, days);
	}

	private static String date(LocalDate date) {
		return date == null ? "-" : date.toString();
	}

	private static String orDash(String text) {
		return text == null ? "-" : text;
	}
}
