package org.cutis.lesion.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.lesion.BodyView;
import org.cutis.clinical.Code;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.lesion.Suspicion;
import org.cutis.lesion.application.LesionRegistry;
import org.cutis.lesion.domain.Lesion;
import org.cutis.lesion.LesionDescription;
import org.cutis.lesion.domain.LesionPhoto;
import org.cutis.lesion.PhotoKind;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "lesions", description = "Lesion registry on the body map, photos and lineage")
@RestController
@Requires(Permission.LESION_READ)
class LesionApiController {
	private final LesionRegistry lesions;
	private final MessageSource messages;

	LesionApiController(LesionRegistry lesions, MessageSource messages) {
		this.lesions = lesions;
		this.messages = messages;
	}

	@Operation(summary = "Record a lesion. view: front|back|head|hands|feet; x, y: percent of the drawing; "
			+ "site: shared site vocabulary (e.g. upper-arm); laterality: left|right|midline (the patient's side); "
			+ "impression: melanoma|melanoma-in-situ|bcc|cscc|actinic-keratosis|bowen-disease|merkel-cell-carcinoma|"
			+ "dfsp|benign-naevus|seborrhoeic-keratosis|other; suspicion: low|moderate|high")
	@PostMapping("/api/v1/patients/{patientId}/lesions")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.LESION_RECORD)
	LesionView recordLesion(@PathVariable UUID patientId, @RequestBody LesionRequest request, Locale locale) {
		Lesion lesion = lesions.recordLesion(patientId, request.description());
		return LesionView.of(lesion, List.of(), List.of());
	}

	@Operation(summary = "The lesions of a patient (body map)")
	@GetMapping("/api/v1/patients/{patientId}/lesions")
	List<LesionView> lesionsOf(@PathVariable UUID patientId) {
		return lesions.lesionsOf(patientId).stream().map(l -> LesionView.of(l, List.of(), List.of())).toList();
	}

	@Operation(summary = "One lesion with its photos and its lineage (biopsies, reports ...), oldest first")
	@GetMapping("/api/v1/lesions/{id}")
	LesionView lesion(@PathVariable UUID id, Locale locale) {
		Lesion lesion = lesions.view(id);
		List<LineageItem> lineage = LineageLine.render(lesions.lineageOf(id), messages, locale)
			.stream()
			.map(l -> new LineageItem(l.at(), l.text(), l.by(), l.link()))
			.toList();
		return LesionView.of(lesion, lesions.photosOf(id).stream().map(PhotoView::of).toList(), lineage);
	}

	@Operation(summary = "Upload a photo (multipart: file JPEG or PNG, kind clinical|dermoscopic, takenOn, device, "
			+ "magnification). Re-encoded without EXIF; thumbnail made.")
	@PostMapping(path = "/api/v1/lesions/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.LESION_PHOTOGRAPH)
	PhotoView addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String kind, @RequestParam(required = false) LocalDate takenOn,
			@RequestParam(required = false) String device, @RequestParam(required = false) String magnification) {
		PhotoKind parsed = PhotoKind.fromCode(kind);
		if (kind != null && parsed == null) {
			throw new InvalidInput("kind", "lesion.photo.kind.invalid");
		}
		try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			return PhotoView.of(lesions.addPhoto(id, parsed, in, takenOn, device, magnification));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	record LesionRequest(String view, BigDecimal x, BigDecimal y, String site, String laterality, BigDecimal sizeMm,
			String colour, Boolean asymmetry, Boolean borderIrregular, Boolean colourVariegated,
			Boolean diameterOver6mm, Boolean evolving, String dermoscopyPattern, String impression,
			String differential, String suspicion) {

		LesionDescription description() {
			List<FieldProblem> problems = new ArrayList<>();
			BodyView v = parse("view", view, BodyView.fromCode(view), problems);
			AnatomicSite s = parse("site", site, siteOf(site), problems);
			Laterality l = parse("laterality", laterality, Laterality.fromCode(laterality), problems);
			Diagnosis d = parse("impression", impression, Diagnosis.fromCode(impression), problems);
			Suspicion u = parse("suspicion", suspicion, Suspicion.fromCode(suspicion), problems);
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new LesionDescription(v, x, y, s, l, sizeMm, colour, yes(asymmetry), yes(borderIrregular),
					yes(colourVariegated), yes(diameterOver6mm), yes(evolving), dermoscopyPattern, d, differential, u);
		}

		/** An ABCDE feature left out of the request was not seen. */
		private static boolean yes(Boolean feature) {
			return Boolean.TRUE.equals(feature);
		}

		private static <T> T parse(String field, String raw, T parsed, List<FieldProblem> problems) {
			if (raw != null && parsed == null) {
				problems.add(new FieldProblem(field, "lesion.code.invalid", raw));
			}
			return parsed;
		}

		private static AnatomicSite siteOf(String code) {
			for (AnatomicSite s : AnatomicSite.values()) {
				if (s.code().equals(code)) {
					return s;
				}
			}
			return null;
		}
	}

	/** A code; {@code context} "suspected" marks the SNOMED CT concept of a clinical impression. */
	record CodeView(String system, String code, boolean verified, String context) {
		static CodeView suspected(Code c) {
			return new CodeView(c.system(), c.value(), c.verified(), "suspected");
		}
	}

	record PhotoView(UUID id, String kind, String sha256, String contentType, long sizeBytes, int width, int height,
			LocalDate takenOn, String device, String magnification, Instant uploadedAt, String uploadedBy) {
		static PhotoView of(LesionPhoto p) {
			return new PhotoView(p.id(), p.kind().code(), p.sha256(), p.contentType(), p.sizeBytes(), p.width(),
					p.height(), p.takenOn(), p.device(), p.magnification(), p.uploadedAt(), p.uploadedBy());
		}
	}

	record LineageItem(Instant at, String text, String by, String link) {
	}

	record LesionView(UUID id, UUID patientId, String label, String view, BigDecimal x, BigDecimal y, String site,
			String laterality, BigDecimal sizeMm, String colour, List<String> abcde, String dermoscopyPattern,
			String impression, List<CodeView> impressionCodes, String differential, String suspicion,
			Instant recordedAt, String recordedBy, boolean voided, String voidReason, long version,
			List<PhotoView> photos, List<LineageItem> lineage) {
		static LesionView of(Lesion l, List<PhotoView> photos, List<LineageItem> lineage) {
			List<String> abcde = new ArrayList<>();
			if (l.asymmetry()) abcde.add("asymmetry");
			if (l.borderIrregular()) abcde.add("border");
			if (l.colourVariegated()) abcde.add("colour");
			if (l.diameterOver6mm()) abcde.add("diameter");
			if (l.evolving()) abcde.add("evolving");
			return new LesionView(l.id(), l.patientId(), l.label(), l.view().code(), l.x(), l.y(), l.site().code(),
					l.laterality().code(), l.sizeMm(), l.colour(), abcde, l.dermoscopyPattern(),
					l.impression().code(), l.impression().impressionCodes().stream().map(CodeView::suspected).toList(),
					l.differential(), l.suspicion().code(), l.recordedAt(), l.recordedBy(), l.isVoided(),
					l.voidReason(), l.version(), photos, lineage);
		}
	}
}
