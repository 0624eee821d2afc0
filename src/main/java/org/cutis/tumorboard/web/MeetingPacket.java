package org.cutis.tumorboard.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.clinical.Diagnosis;
import org.cutis.identity.StaffNames;
import org.cutis.shared.Message;
import org.cutis.shared.pdf.PdfFonts;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.ChangeLines;
import org.cutis.tumorboard.application.CaseSummaries.CaseSummary;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.CaseChange;
import org.cutis.tumorboard.domain.Correlation;
import org.cutis.tumorboard.domain.Meeting;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable packet of one meeting: a cover and one case summary per page, in the font every
 * Cutis PDF uses ({@link PdfFonts}), so Hangul names print and can be searched and copied.
 */
@Component
class MeetingPacket {
	private final ChangeLines changeLines;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private final MessageSource messages;
	private final StaffNames staffNames;

	MeetingPacket(MessageSource messages, StaffNames staffNames, ChangeLines changeLines) {
		this.changeLines = changeLines;
		this.messages = messages;
		this.staffNames = staffNames;
	}

	/** The packet in the reader's language; names and the rules' explanations print as recorded. */
	byte[] render(Meeting meeting, List<CaseSummary> cases, ZoneId zone, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		Text text = new Text(messages, locale);
		Font title = PdfFonts.bold(16);
		Font heading = PdfFonts.bold(12);
		Font body = PdfFonts.font(10);
		document.addTitle(meeting.title());
		document.open();
		document.add(new Paragraph(meeting.title(), title));
		document.add(new Paragraph(WHEN.format(meeting.scheduledAt().atZone(zone)) + " · "
				+ (meeting.place() != null ? meeting.place() : meeting.videoLink()) + " · "
				+ text.get("tumorboard.packet.chair", staffNames.label(meeting.chair(), locale)), body));
		document.add(new Paragraph(text.get("tumorboard.packet.cases", cases.size()), body));
		boolean unverified = false;
		for (CaseSummary s : cases) {
			document.newPage();
			unverified |= writeCase(document, s, heading, body, text);
		}
		if (unverified) {
			document.add(new Paragraph(text.get("rules.note.unverified"), body));
		}
		document.close();
		return out.toByteArray();
	}

	/** @return whether a printed sentence carries the [M] mark, so the packet ends with the one note explaining it */
	private boolean writeCase(Document document, CaseSummary s, Font heading, Font body, Text text) {
		boolean unverified = false;
		String name = s.patient() == null ? "-"
				: s.patient().displayName() + " · MRN " + s.patient().mrn() + " · "
						+ text.get("patient.sex." + s.patient().sex().code()) + " · " + s.patient().birthDate();
		document.add(new Paragraph(name, heading));
		line(document, body, text.get("tumorboard.packet.reason"),
				text.get("tumorboard.reason." + s.boardCase().reason().code()));
		line(document, body, text.get("tumorboard.packet.question"), s.boardCase().question());
		line(document, body, "ECOG", s.boardCase().ecog() == null ? text.get("tumorboard.packet.notRecorded")
				: s.boardCase().ecog().toString());
		line(document, body, text.get("tumorboard.packet.priorTreatments"),
				s.boardCase().priorTreatments() == null ? text.get("tumorboard.packet.notRecorded")
						: s.boardCase().priorTreatments());
		Correlation correlation = s.boardCase().correlation();
		if (s.lesion() != null) {
			line(document, body, text.get("tumorboard.packet.lesion"), s.lesion().label() + " · "
					+ text.get("tumorboard.packet.photos", s.photos().size()));
		}
		if (correlation != null) {
			line(document, body, text.get("tumorboard.packet.correlation"),
					text.get("tumorboard.case.correlationLine", diagnosis(text, correlation.reportDiagnosis()),
							diagnosis(text, correlation.clinicalImpression())));
			line(document, body, text.get("tumorboard.packet.correlationNote"), correlation.note());
		}
		List<CaseChange> changes = s.boardCase().status() == BoardCase.Status.DISCUSSED
				? s.boardCase().changesSinceDiscussion() : s.boardCase().changes();
		if (!changes.isEmpty()) {
			line(document, body, text.get("tumorboard.packet.changes"),
					String.join("; ", changes.stream().map(ch -> changeLines.text(ch.description(), text.locale())).toList()));
		}
		CancerSummary c = s.cancer();
		if (c == null) {
			line(document, body, text.get("tumorboard.packet.diagnosis"), text.get("tumorboard.packet.noCancer"));
		}
		else {
			var f = c.findings();
			line(document, body, text.get("tumorboard.packet.diagnosis"), text.get("staging.kind." + c.kind().code()) + ", "
					+ (c.lesionLabel() == null ? "" : c.lesionLabel()) + ", " + c.diagnosisDate() + ", "
					+ (c.histologicSubtype() == null ? "" : c.histologicSubtype()));
			line(document, body, text.get("tumorboard.packet.pathology"), (f.site() == null ? "" : text.get("rules.option.site." + f.site()))
					+ (f.breslowMm() != null ? ", Breslow " + f.breslowMm() + " mm" : "")
					+ (f.ulceration() ? ", " + text.get("tumorboard.packet.ulcerated") : "")
					+ (f.mitoticRatePerMm2() != null ? ", " + f.mitoticRatePerMm2() + "/mm²" : "")
					+ (f.diameterCm() != null ? ", " + f.diameterCm() + " cm" : ""));
			line(document, body, text.get("tumorboard.packet.stage"),
					c.stage() + " (" + c.stagingLine(text.locale()) + ") · " + c.ruleVersion());
			List<String> why = c.explanation(text.locale());
			why.forEach(e -> document.add(new Paragraph("  – " + e, body)));
			unverified |= why.stream().anyMatch(e -> e.contains("[M]"));
			line(document, body, text.get("tumorboard.packet.workup"), c.workupLines().isEmpty()
					? text.get("tumorboard.packet.none")
					: String.join("; ", c.workupLines().stream().map(text::get).toList()));
		}
		if (s.boardCase().dataChangedAt() != null) {
			line(document, body, text.get("tumorboard.packet.attention"), text.get("tumorboard.packet.dataChanged"));
		}
		if (s.recommendation() != null) {
			line(document, body, text.get("tumorboard.packet.recommendation"),
					text.get("tumorboard.intent." + s.recommendation().intent()) + ": "
							+ String.join(", ", s.recommendation().items().stream().map(item -> item.detail() == null
									? text.get("tumorboard.plan." + item.type())
									: text.get("tumorboard.plan." + item.type()) + ": "
											+ text.messages().getMessage("tumorboard.systemic." + item.detail(), null, item.detail(),
													text.locale())).toList())
							+ " · " + text.get("tumorboard.packet.signedBy", staffNames.label(s.recommendation().signedBy(), text.locale()))
							+ (s.recommendation().signatureMethod() == null ? ""
									: " · " + text.get("tumorboard.recommendation.signature",
											text.get("identity.signature.method." + s.recommendation().signatureMethod().code()),
											WHEN.format(s.recommendation().signedAt().atZone(ZoneId.systemDefault())))));
		}
		return unverified;
	}

	private static String diagnosis(Text text, Diagnosis diagnosis) {
		return diagnosis == null ? "-" : text.get("lesion.impression." + diagnosis.code());
	}

	private static void line(Document document, Font body, String label, String value) {
		document.add(new Paragraph(label + ": " + (value == null ? "-" : value), body));
	}

	/** Messages in one language; a key without a text prints as the key rather than failing the packet. */
	private record Text(MessageSource messages, Locale locale) {
		String get(String key, Object... args) {
			return messages.getMessage(key, args, key, locale);
		}

		String get(Message message) {
			return messages.getMessage(message, locale);
		}
	}
}
