package org.cutis.tumorboard.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.application.CaseSummaries.CaseSummary;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.PlanItem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The printable packet of one meeting: a cover and one case summary per page. The Hangul font
 * is embedded as Identity-H (a subset), so names print on any machine and can be searched and
 * copied from the PDF.
 */
@Component
class MeetingPacket {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private final String fontPath;

	MeetingPacket(@Value("${cutis.tumorboard.packet-font:/usr/share/fonts/truetype/nanum/NanumGothic.ttf}") String fontPath) {
		this.fontPath = fontPath;
	}

	byte[] render(Meeting meeting, List<CaseSummary> cases, ZoneId zone) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		try {
			BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font title = new Font(base, 16, Font.BOLD);
			Font heading = new Font(base, 12, Font.BOLD);
			Font body = new Font(base, 10);
			document.addTitle(meeting.title());
			document.open();
			document.add(new Paragraph(meeting.title(), title));
			document.add(new Paragraph(WHEN.format(meeting.scheduledAt().atZone(zone)) + " · "
					+ (meeting.place() != null ? meeting.place() : meeting.videoLink()) + " · chair " + meeting.chair(), body));
			document.add(new Paragraph("Cases: " + cases.size(), body));
			for (CaseSummary s : cases) {
				document.newPage();
				writeCase(document, s, heading, body);
			}
			document.close();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void writeCase(Document document, CaseSummary s, Font heading, Font body) {
		String name = s.patient() == null ? "-" : s.patient().displayName() + " · MRN " + s.patient().mrn() + " · "
				+ s.patient().sex().name().toLowerCase() + " · born " + s.patient().birthDate();
		document.add(new Paragraph(name, heading));
		line(document, body, "Reason on the list", s.boardCase().reason().code());
		line(document, body, "Question for the board", s.boardCase().question());
		line(document, body, "ECOG", s.boardCase().ecog() == null ? "not recorded" : s.boardCase().ecog().toString());
		line(document, body, "Prior treatments", s.boardCase().priorTreatments() == null ? "none recorded" : s.boardCase().priorTreatments());
		CancerSummary c = s.cancer();
		if (c != null) {
			var f = c.findings();
			line(document, body, "Diagnosis", c.kind().code() + ", " + (c.lesionLabel() == null ? "" : c.lesionLabel())
					+ ", diagnosed " + c.diagnosisDate() + ", " + (c.histologicSubtype() == null ? "" : c.histologicSubtype()));
			line(document, body, "Pathology", "site " + f.site() + (f.breslowMm() != null ? ", Breslow " + f.breslowMm() + " mm" : "")
					+ (f.ulceration() ? ", ulcerated" : "") + (f.mitoticRatePerMm2() != null ? ", mitoses " + f.mitoticRatePerMm2() + "/mm²" : "")
					+ (f.diameterCm() != null ? ", diameter " + f.diameterCm() + " cm" : ""));
			line(document, body, "Stage", c.stage() + " (" + c.stagingLine() + ") · rules " + c.ruleVersion());
			c.explanation().forEach(e -> document.add(new Paragraph("  – " + e, body)));
			line(document, body, "Work-up", c.workup().isEmpty() ? "none" : String.join("; ", c.workup()));
		}
		line(document, body, "Lesion photos", "not available in this version of Cutis");
		if (s.boardCase().dataChangedAt() != null) {
			line(document, body, "Attention", "data changed since discussion");
		}
		if (s.recommendation() != null) {
			line(document, body, "Recommendation", s.recommendation().intent() + ": "
					+ String.join(", ", s.recommendation().items().stream().map(PlanItem::line).toList())
					+ " · signed by " + s.recommendation().signedBy());
		}
	}

	private static void line(Document document, Font body, String label, String value) {
		document.add(new Paragraph(label + ": " + (value == null ? "-" : value), body));
	}
}
