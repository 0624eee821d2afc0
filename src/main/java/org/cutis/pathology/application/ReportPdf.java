package org.cutis.pathology.application;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinical.Code;
import org.cutis.identity.StaffNames;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.domain.Addenda;
import org.cutis.pathology.domain.Addendum;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;
import org.cutis.pathology.domain.ReceivedSpecimen;
import org.cutis.pathology.domain.ReceivedSpecimens;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.pdf.PdfFonts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed report on A4: two patient identifiers, the specimen, addenda above the original
 * (as on the page) and the synoptic findings with pT and its explanation. Only signed reports
 * print; a draft on paper would be mistaken for a result.
 */
@Component
public class ReportPdf {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PathologyReports reports;
	private final Addenda addenda;
	private final ReceivedSpecimens specimens;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;
	private final StaffNames staffNames;

	ReportPdf(PathologyReports reports, Addenda addenda, ReceivedSpecimens specimens, PatientDirectory patients,
			MessageSource messages, AuditLog audit, Clock clock, StaffNames staffNames) {
		this.reports = reports;
		this.addenda = addenda;
		this.specimens = specimens;
		this.patients = patients;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.staffNames = staffNames;
	}

	@Transactional
	public byte[] print(UUID reportId, Locale locale) {
		PathologyReport r = reports.findById(reportId).orElseThrow(() -> new NotFound("pathology-report", reportId));
		if (r.status() != PathologyReport.Status.SIGNED) {
			throw new RefusedTransition("pathology.pdf.unsigned");
		}
		PatientSummary patient = patients.find(r.patientId()).orElseThrow(() -> new NotFound("patient", r.patientId()));
		SpecimenForReport specimen = specimens.findById(r.specimenId())
			.map(ReceivedSpecimen::summary)
			.orElseThrow(() -> new NotFound("specimen", r.specimenId()));
		audit.record(AuditAction.EXPORT, r.patientId(), "pathology-report", r.id(), "pdf");
		return render(r, addenda.findByReportIdOrderBySignedAtDesc(reportId), patient, specimen, locale);
	}

	private byte[] render(PathologyReport r, List<Addendum> amendments, PatientSummary patient, SpecimenForReport s,
			Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(s.accession());
			document.open();
			document.add(new Paragraph(msg("pathology.report.title", locale), PdfFonts.bold(15)));
			document.add(new Paragraph(patient.displayName(), PdfFonts.bold(12)));
			document.add(line(messages.getMessage("pathology.pdf.ids",
					new Object[] { patient.mrn(), patient.birthDate().toString() }, locale)));
			document.add(line(msg("pathology.specimen", locale) + ": " + s.accession() + " · "
					+ msg("rules.option.site." + s.site().code(), locale) + " · "
					+ msg("lesion.laterality." + s.laterality().code(), locale) + " · "
					+ msg("biopsy.technique." + s.technique().code(), locale)));
			for (Addendum a : amendments) {
				Paragraph head = new Paragraph(messages.getMessage("pathology.addendum.heading",
						new Object[] { when(a.signedAt()), staffNames.label(a.signedBy(), locale) }, locale) + " — " + a.reason(), PdfFonts.bold(10));
				head.setSpacingBefore(10);
				document.add(head);
				document.add(line(a.text()));
				if (!a.changeLines().isEmpty()) {
					document.add(line(msg("pathology.addendum.changed", locale) + ": " + String.join("; ", a.changeLines())));
				}
			}
			Paragraph diagnosis = new Paragraph(msg("pathology.field.diagnosis", locale) + ": "
					+ msg("lesion.impression." + r.diagnosis().code(), locale) + codes(r.diagnosis().codesAt(s.site())),
					PdfFonts.bold(11));
			diagnosis.setSpacingBefore(12);
			document.add(diagnosis);
			PdfPTable table = new PdfPTable(new float[] { 2, 3 });
			table.setWidthPercentage(100);
			table.setSpacingBefore(6);
			for (ReportLines.Line l : ReportLines.of(r)) {
				table.addCell(new Paragraph(msg(l.labelKey(), locale), PdfFonts.font(9)));
				String value = (l.valueKey() == null ? "" : msg(l.valueKey(), locale) + " ")
						+ (l.text() == null ? "" : l.text());
				table.addCell(new Paragraph(value.trim(), PdfFonts.font(9)));
			}
			document.add(table);
			if (r.ptCategory() != null) {
				Paragraph pt = new Paragraph(msg("pathology.pt", locale) + ": " + r.ptCategory() + " (" + r.ptRuleSet()
						+ ")", PdfFonts.bold(11));
				pt.setSpacingBefore(8);
				document.add(pt);
				List<String> why = org.cutis.rules.common.Explanation.render(r.ptWhy(), locale);
				why.forEach(line -> document.add(line(line)));
				if (why.stream().anyMatch(line -> line.contains("[M]"))) {
					document.add(line(msg("rules.note.unverified", locale)));
				}
				if (r.ptSource() != null) {
					// the guideline as cited, in its own language, after the reader's word for "source"
					document.add(line(msg("rules.result.source", locale) + ": " + r.ptSource()));
				}
			}
			Paragraph signed = new Paragraph(messages.getMessage("pathology.signedBy",
					new Object[] { when(r.signedAt()), staffNames.label(r.signedBy(), locale) }, locale), PdfFonts.font(9));
			signed.setSpacingBefore(12);
			document.add(signed);
			if (r.signatureMethod() != null) {
				// how the electronic signature was confirmed, as on the page
				document.add(new Paragraph(msg("pathology.signature", locale) + ": " + messages.getMessage(
						"pathology.signature.method", new Object[] {
								msg("identity.signature.method." + r.signatureMethod().code(), locale), when(r.signedAt()) },
						locale), PdfFonts.font(9)));
			}
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	private static String codes(List<Code> codes) {
		if (codes.isEmpty()) {
			return "";
		}
		StringBuilder b = new StringBuilder(" (");
		for (int i = 0; i < codes.size(); i++) {
			Code c = codes.get(i);
			b.append(i == 0 ? "" : ", ").append(c.system()).append(' ').append(c.value()).append(c.verified() ? "" : "?");
		}
		return b.append(')').toString();
	}

	private String when(Instant at) {
		return at.atZone(clock.getZone()).format(WHEN);
	}

	private Paragraph line(String text) {
		return new Paragraph(text, PdfFonts.font(9));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
