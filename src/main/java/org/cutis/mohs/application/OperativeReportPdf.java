package org.cutis.mohs.application;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.StaffNames;
import org.cutis.mohs.domain.ClockGeometry;
import org.cutis.mohs.domain.Margin;
import org.cutis.mohs.domain.MohsCase;
import org.cutis.mohs.domain.MohsCases;
import org.cutis.mohs.domain.MohsStage;
import org.cutis.mohs.domain.ReportAddendum;
import org.cutis.mohs.domain.TissueBlock;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.pdf.PdfFonts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed operative report on A4 in the reader's language: two patient identifiers, the lesion
 * and the AUC rating with its explanation (and the reason where one was needed), every stage with
 * its tissue map drawn as on the page, the defect and closure, the signature and signed addenda
 * (newest first, above the original). Only a signed report prints; a draft would be taken for one.
 */
@Component
public class OperativeReportPdf {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final float MAP_SIZE = 130;

	private final MohsCases cases;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final StaffNames staffNames;
	private final AuditLog audit;
	private final Clock clock;

	OperativeReportPdf(MohsCases cases, PatientDirectory patients, MessageSource messages, StaffNames staffNames,
			AuditLog audit, Clock clock) {
		this.cases = cases;
		this.patients = patients;
		this.messages = messages;
		this.staffNames = staffNames;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public byte[] print(UUID id, Locale locale) {
		MohsCase c = cases.findById(id).orElseThrow(() -> new NotFound("mohs-case", id));
		if (c.status() != MohsCase.Status.SIGNED) {
			throw new RefusedTransition("mohs.pdf.unsigned");
		}
		PatientSummary patient = patients.find(c.patientId()).orElseThrow(() -> new NotFound("patient", c.patientId()));
		audit.record(AuditAction.EXPORT, c.patientId(), "mohs-case", id, "operative report pdf");
		return render(c, patient, locale);
	}

	private byte[] render(MohsCase c, PatientSummary patient, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(msg("mohs.report.title", locale));
			document.open();
			document.add(new Paragraph(msg("mohs.report.title", locale), PdfFonts.bold(15)));
			document.add(new Paragraph(patient.displayName(), PdfFonts.bold(12)));
			document.add(line(messages.getMessage("mohs.pdf.ids", new Object[] { patient.mrn(), patient.birthDate().toString() },
					locale)));
			List<ReportAddendum> newestFirst = new java.util.ArrayList<>(c.addenda());
			java.util.Collections.reverse(newestFirst);
			for (ReportAddendum a : newestFirst) {
				Paragraph head = new Paragraph(messages.getMessage("mohs.addendum.heading",
						new Object[] { when(a.signedAt()), staffNames.label(a.signedBy(), locale),
								msg("identity.signature.method." + a.signatureMethod().code(), locale) }, locale),
						PdfFonts.bold(10));
				head.setSpacingBefore(8);
				document.add(head);
				document.add(line(a.text()));
			}
			heading(document, msg("mohs.case.lesion", locale));
			document.add(line(msg("mohs.field.lesion", locale) + ": " + (c.lesionLabel() == null ? "-" : c.lesionLabel())
					+ " · " + msg("rules.option.site." + c.site().code(), locale)));
			document.add(line(msg("mohs.field.tumor", locale) + ": " + msg("rules.option.tumor." + c.tumor(), locale)));
			document.add(line(msg("mohs.field.diameterCm", locale) + ": "
					+ (c.diameterCm() == null ? "-" : plain(c.diameterCm()) + " cm")));
			document.add(line(msg("mohs.field.patient", locale) + ": " + msg("rules.option.patient." + c.patientCategory(), locale)
					+ " · " + msg(c.recurrent() ? "mohs.recurrent.yes" : "mohs.recurrent.no", locale)
					+ " · " + msg(c.priorRadiationAtSite() ? "mohs.radiation.yes" : "mohs.radiation.no", locale)));
			heading(document, msg("mohs.auc.title", locale));
			document.add(new Paragraph(messages.getMessage("mohs.auc.rating",
					new Object[] { msg("mohs.auc.value." + c.aucValue(), locale), c.aucArea() }, locale), PdfFonts.bold(10)));
			Explanation.render(c.aucWhy(), locale).forEach(l -> document.add(line("· " + l)));
			if (c.reason() != null) {
				document.add(line(msg("mohs.field.reason", locale) + ": " + c.reason()));
			}
			heading(document, messages.getMessage("mohs.stages.title", new Object[] { c.stages().size(),
					c.frozenSectionMinutesTotal() }, locale));
			PdfContentByte canvas = writer.getDirectContent();
			for (MohsStage s : c.stages()) {
				document.add(stage(s, canvas, locale));
			}
			heading(document, msg("mohs.closure.title", locale));
			document.add(line(msg("mohs.field.defect", locale) + ": " + plain(c.defectLengthMm()) + " × "
					+ plain(c.defectWidthMm()) + " mm"));
			document.add(line(msg("mohs.field.closure", locale) + ": " + closure(c, locale)));
			Paragraph signed = new Paragraph(messages.getMessage("mohs.report.signedBy", new Object[] { when(c.signedAt()),
					staffNames.label(c.signedBy(), locale), msg("identity.signature.method." + c.signatureMethod().code(), locale) },
					locale), PdfFonts.font(9));
			signed.setSpacingBefore(12);
			document.add(signed);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	/** The closure in words: the kind, with the flap's or graft's type, or the surgeon's note as typed. */
	String closure(MohsCase c, Locale locale) {
		String kind = msg("mohs.closure." + c.closure().code(), locale);
		if (c.closureDetail() == null) {
			return kind;
		}
		return c.closure().types().isEmpty() ? kind + " — " + c.closureDetail()
				: kind + " (" + msg("mohs.closureType." + c.closureDetail(), locale) + ")";
	}

	/** One stage: its map drawn beside the table of its blocks. */
	private PdfPTable stage(MohsStage s, PdfContentByte canvas, Locale locale) {
		PdfPTable row = new PdfPTable(new float[] { 1.3f, 2f });
		row.setWidthPercentage(100);
		row.setSpacingBefore(8);
		PdfTemplate map = canvas.createTemplate(MAP_SIZE, MAP_SIZE + 14);
		draw(map, s.blocks());
		PdfPCell picture = new PdfPCell(Image.getInstance(map));
		picture.setBorder(0);
		picture.setHorizontalAlignment(Element.ALIGN_CENTER);
		row.addCell(picture);
		PdfPTable blocks = new PdfPTable(new float[] { 1, 2, 2 });
		blocks.setWidthPercentage(100);
		PdfPCell title = new PdfPCell(new Paragraph(messages.getMessage("mohs.stage.heading", new Object[] { s.number(),
				s.frozenSectionMinutes() == null ? "-" : s.frozenSectionMinutes() }, locale), PdfFonts.bold(10)));
		title.setColspan(3);
		blocks.addCell(title);
		blocks.addCell(cell(msg("mohs.block.number", locale)));
		blocks.addCell(cell(msg("mohs.block.clocks", locale)));
		blocks.addCell(cell(msg("mohs.block.margin", locale)));
		for (TissueBlock b : s.blocks()) {
			blocks.addCell(cell(String.valueOf(b.number())));
			blocks.addCell(cell(messages.getMessage("mohs.block.arc", new Object[] { b.fromClock(), b.toClock() }, locale)));
			blocks.addCell(cell(msg("mohs.margin." + b.margin().code(), locale)));
		}
		PdfPCell table = new PdfPCell(blocks);
		table.setBorder(0);
		row.addCell(table);
		return row;
	}

	/** The round map: sectors coloured by margin, block numbers, 12 o'clock marked at the top. */
	static void draw(PdfTemplate t, List<TissueBlock> blocks) {
		float cx = MAP_SIZE / 2;
		float cy = MAP_SIZE / 2;
		float r = MAP_SIZE / 2 - 14;
		// the whole round layer, faint, so a later stage's few blocks keep their place on the clock
		t.setColorStroke(Color.LIGHT_GRAY);
		t.setLineWidth(0.6f);
		t.circle(cx, cy, r);
		t.stroke();
		for (TissueBlock b : blocks) {
			t.setColorFill(colour(b.margin()));
			t.setColorStroke(Color.DARK_GRAY);
			t.setLineWidth(0.8f);
			double from = b.fromClock() % 12;
			int steps = b.spanHours() * 10;
			if (b.spanHours() < 12) {
				t.moveTo(cx, cy);
			}
			for (int i = 0; i <= steps; i++) {
				double h = from + b.spanHours() * (double) i / steps;
				float x = (float) ClockGeometry.x(cx, r, h);
				float y = (float) (2 * cy - ClockGeometry.screenY(cy, r, h));
				if (i == 0 && b.spanHours() == 12) {
					t.moveTo(x, y);
				}
				else {
					t.lineTo(x, y);
				}
			}
			t.closePathFillStroke();
		}
		t.setColorFill(Color.BLACK);
		t.beginText();
		t.setFontAndSize(PdfFonts.hangul(), 9);
		for (TissueBlock b : blocks) {
			double mid = ClockGeometry.middle(b);
			double at = b.spanHours() == 12 ? 0 : r * 0.6;
			t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(b.number()), (float) ClockGeometry.x(cx, at, mid),
					(float) (2 * cy - ClockGeometry.screenY(cy, at, mid)) - 3, 0);
		}
		for (int hour : new int[] { 12, 3, 6, 9 }) {
			float x = (float) ClockGeometry.x(cx, r + 8, hour);
			float y = (float) (2 * cy - ClockGeometry.screenY(cy, r + 8, hour)) - 3;
			t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(hour), x, y, 0);
		}
		t.endText();
		// the 12 o'clock mark: a notch at the top, as the tissue is nicked there
		t.setColorFill(Color.BLACK);
		t.moveTo(cx - 4, cy + r + 1);
		t.lineTo(cx + 4, cy + r + 1);
		t.lineTo(cx, cy + r - 5);
		t.closePathFillStroke();
	}

	static Color colour(Margin margin) {
		return switch (margin) {
			case CLEAR -> new Color(0xd9, 0xf0, 0xdc);
			case PERIPHERAL -> new Color(0xe0, 0x5a, 0x47);
			case DEEP -> new Color(0x7b, 0x2a, 0x8c);
		};
	}

	private void heading(Document document, String text) {
		Paragraph p = new Paragraph(text, PdfFonts.bold(11));
		p.setSpacingBefore(10);
		document.add(p);
	}

	private static PdfPCell cell(String text) {
		return new PdfPCell(new Paragraph(text, PdfFonts.font(9)));
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString();
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
