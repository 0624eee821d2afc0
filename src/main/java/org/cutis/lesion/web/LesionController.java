package org.cutis.lesion.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.lesion.Suspicion;
import org.cutis.lesion.application.LesionRegistry;
import org.cutis.lesion.domain.Lesion;
import org.cutis.lesion.domain.LesionPhoto;
import org.cutis.lesion.PhotoKind;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@Requires(Permission.LESION_READ)
class LesionController {

	private final LesionRegistry lesions;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final Clock clock;

	LesionController(LesionRegistry lesions, PatientDirectory patients, MessageSource messages, Clock clock) {
		this.lesions = lesions;
		this.patients = patients;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("sites", AnatomicSite.values());
		model.addAttribute("lateralities", Laterality.values());
		model.addAttribute("impressions", Diagnosis.values());
		model.addAttribute("suspicions", Suspicion.values());
		model.addAttribute("photoKinds", PhotoKind.values());
		model.addAttribute("drawings", BodyMap.ALL);
		model.addAttribute("sitePlaces", BodyMap.placeOfSite());
	}

	@GetMapping("/patients/{patientId}/lesions")
	String bodyMap(@PathVariable UUID patientId, Model model) {
		model.addAttribute("form", LesionForm.empty());
		return mapPage(patientId, model);
	}

	@PostMapping("/patients/{patientId}/lesions")
	@Requires(Permission.LESION_RECORD)
	String recordLesion(@PathVariable UUID patientId, @ModelAttribute("form") LesionForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				Lesion lesion = lesions.recordLesion(patientId, form.description());
				return "redirect:/lesions/" + lesion.id() + "?recorded";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return mapPage(patientId, model);
	}

	private String mapPage(UUID patientId, Model model) {
		model.addAttribute("patient", patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId)));
		List<Lesion> all = lesions.lesionsOf(patientId);
		model.addAttribute("lesions", all);
		model.addAttribute("markers", Markers.of(all));
		return "lesion/bodymap";
	}

	@GetMapping("/lesions/{id}")
	String lesion(@PathVariable UUID id, Model model, Locale locale) {
		Lesion lesion = lesions.view(id);
		model.addAttribute("lesion", lesion);
		model.addAttribute("patient", patients.find(lesion.patientId()).orElse(null));
		// the lesion's dot on the drawing it was placed on
		model.addAttribute("drawing", BodyMap.DRAWINGS.get(lesion.view()));
		model.addAttribute("marker", Markers.of(List.of(lesion)).get(0));
		model.addAttribute("photos", lesions.photosOf(id));
		model.addAttribute("lineage", LineageLine.render(lesions.lineageOf(id), messages, locale));
		model.addAttribute("today", LocalDate.now(clock));
		return "lesion/lesion";
	}

	@PostMapping("/lesions/{id}/photos")
	@Requires(Permission.LESION_PHOTOGRAPH)
	String addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) PhotoKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
			@RequestParam(required = false) String device, @RequestParam(required = false) String magnification,
			RedirectAttributes redirect, Locale locale) {
		try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			lesions.addPhoto(id, kind, in, takenOn, device, magnification);
			return "redirect:/lesions/" + id + "#photos";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("photoErrors", FormErrors.texts(invalid, messages, locale));
			return "redirect:/lesions/" + id + "#photo-upload";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/lesions/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam(required = false) UUID left,
			@RequestParam(required = false) UUID right, Model model) {
		Lesion lesion = lesions.view(id);
		List<LesionPhoto> photos = lesions.photosOf(id);
		model.addAttribute("lesion", lesion);
		model.addAttribute("patient", patients.find(lesion.patientId()).orElse(null));
		model.addAttribute("left", find(photos, left));
		model.addAttribute("right", find(photos, right));
		return "lesion/compare";
	}

	private static LesionPhoto find(List<LesionPhoto> photos, UUID id) {
		return photos.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("photo", id));
	}

	@GetMapping("/lesions/{id}/photos/{photoId}")
	ResponseEntity<org.springframework.core.io.InputStreamResource> photo(@PathVariable UUID id,
			@PathVariable UUID photoId, @RequestParam(defaultValue = "false") boolean thumbnail) {
		LesionRegistry.PhotoContent content = lesions.photoContent(id, photoId, thumbnail);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(new org.springframework.core.io.InputStreamResource(content.stream()));
	}

	@PostMapping("/lesions/{id}/void")
	@Requires(Permission.LESION_RECORD)
	String voidLesion(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			lesions.voidLesion(id, reason);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("voidError", invalid.problems().get(0).messageKey());
		}
		return "redirect:/lesions/" + id;
	}
}
