package org.cutis.clinic.visit.application;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.LymphNodeFinding;
import org.cutis.clinic.visit.domain.VisitNote;
import org.cutis.clinic.visit.domain.VisitNoteAddenda;
import org.cutis.clinic.visit.domain.VisitNoteAddendum;
import org.cutis.clinic.visit.domain.VisitNotes;
import org.cutis.identity.StaffNames;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.pdf.PdfFonts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed visit note on A4 in the reader's language: two patient identifiers, the signed addenda
 * first (newest first), then history, skin and node examination, results, assessment, plan and the
 * signature. Only a signed note prints; a draft would be taken for one.
 */
@Component
public class VisitNotePdf {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final VisitNotes notes;
	private final VisitNoteAddenda addenda;
	private final PatientDirectory patients;
	private final LesionDirectory lesions;
	private final MessageSource messages;
	private final StaffNames staffNames;
	private final AuditLog audit;
	private final ReviewableResults results;
	private final Clock clock;

	VisitNotePdf(VisitNotes notes, VisitNoteAddenda addenda, PatientDirectory patients, LesionDirectory lesions,
			MessageSource messages, StaffNames staffNames, AuditLog audit, ReviewableResults results, Clock clock) {
		this.results = results;
		this.notes = notes;
		this.addenda = addenda;
		this.patients = patients;
		this.lesions = lesions;
		this.messages = messages;
		this.staffNames = staffNames;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public byte[] print(UUID appointmentId, Locale locale) {
		VisitNote note = notes.findByAppointmentId(appointmentId).orElseThrow(() -> new NotFound("visit-note", appointmentId));
		if (!note.isSigned()) {
			throw new RefusedTransition("visit.pdf.unsigned");
		}
		PatientSummary patient = patients.find(note.patientId()).orElseThrow(() -> new NotFound("patient", note.patientId()));
		audit.record(AuditAction.EXPORT, note.patientId(), "visit-note", note.id(), "visit note pdf");
		return render(note, patient, locale);
	}

	private byte[] render(VisitNote n, PatientSummary patient, Locale locale) {
		Map<UUID, LesionSummary> byId = new LinkedHashMap<>();
		lesions.lesionsOf(n.patientId()).forEach(l -> byId.put(l.id(), l));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(msg("visit.title", locale));
			document.open();
			document.add(new Paragraph(msg("visit.title", locale), PdfFonts.bold(15)));
			document.add(new Paragraph(patient.displayName(), PdfFonts.bold(12)));
			document.add(line(messages.getMessage("visit.pdf.ids", new Object[] { patient.mrn(),
					patient.birthDate().toString(), n.visitDate().toString(), staffNames.label(n.clinician(), locale) },
					locale)));
			List<VisitNoteAddendum> newestFirst = new ArrayList<>(addenda.findByVisitNoteIdOrderBySignedAtAsc(n.id()));
			Collections.reverse(newestFirst);
			for (VisitNoteAddendum a : newestFirst) {
				Paragraph head = new Paragraph(messages.getMessage("visit.addendum.heading", new Object[] { when(a.signedAt()),
						staffNames.label(a.signedBy(), locale), msg("identity.signature.method." + a.signatureMethod().code(),
								locale) }, locale), PdfFonts.bold(10));
				head.setSpacingBefore(8);
				document.add(head);
				document.add(line(a.text()));
			}
			section(document, msg("visit.intervalHistory", locale), n.intervalHistory());
			heading(document, msg("visit.skin.title", locale));
			for (LesionReview r : n.lesionReviews()) {
				LesionSummary l = byId.get(r.lesionId());
				String where = l == null ? "-" : l.label() + " · " + msg("rules.option.site." + l.site().code(), locale)
						+ " · " + msg("lesion.laterality." + l.laterality().code(), locale);
				document.add(line(where + ": " + msg("visit.finding." + r.finding().code(), locale)
						+ (r.change() == null ? "" : " — " + r.change())));
			}
			heading(document, msg("visit.nodes.title", locale));
			if (n.lymphNodes().isEmpty()) {
				document.add(line(msg("visit.nodes.none", locale)));
			}
			for (LymphNodeFinding f : n.lymphNodes()) {
				document.add(line(msg("visit.node." + f.region().code(), locale) + ": "
						+ msg(f.palpable() ? "visit.nodes.palpable" : "visit.nodes.notPalpable", locale)
						+ (f.detail() == null ? "" : " — " + f.detail())));
			}
			heading(document, msg("visit.resultsReviewed", locale));
			for (ReviewableResults.Result r : results.shown(n.patientId(), n.reviewedResults())) {
				// the report itself is linked (relative to Cutis, as the note page links it)
				com.lowagie.text.Anchor link = new com.lowagie.text.Anchor(
						r.date() + " · " + messages.getMessage(r.title(), locale), PdfFonts.font(9));
				link.setReference(r.link());
				document.add(new Paragraph(link));
			}
			if (n.resultsReviewed() != null || n.reviewedResults().isEmpty()) {
				document.add(line(n.resultsReviewed() == null ? "-" : n.resultsReviewed()));
			}
			heading(document, msg("visit.assessment", locale));
			document.add(line(msg("visit.assessment." + n.assessment().code(), locale)));
			for (UUID id : n.suspectedLesionIds()) {
				document.add(line(messages.getMessage("visit.suspectedAt",
						new Object[] { byId.containsKey(id) ? byId.get(id).label() : "-" }, locale)));
			}
			section(document, msg("visit.plan", locale), n.plan());
			Paragraph signed = new Paragraph(messages.getMessage("visit.signedBy", new Object[] { when(n.signedAt()),
					staffNames.label(n.signedBy(), locale), msg("identity.signature.method." + n.signatureMethod().code(),
							locale) }, locale), PdfFonts.font(9));
			signed.setSpacingBefore(12);
			document.add(signed);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	private void section(Document document, String title, String text) {
		heading(document, title);
		document.add(line(text == null ? "-" : text));
	}

	private void heading(Document document, String text) {
		Paragraph p = new Paragraph(text, PdfFonts.bold(11));
		p.setSpacingBefore(10);
		document.add(p);
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
