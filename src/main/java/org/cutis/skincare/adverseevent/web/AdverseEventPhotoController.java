package org.cutis.skincare.adverseevent.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.skincare.adverseevent.application.AdverseEventPhotoRecords;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An event's photos on its page: the upload (a refusal comes back to the event's page, at the
 * photo form) and each image or thumbnail, never cached by the browser.
 */
@Controller
@Requires(Permission.SKIN_AE_READ)
class AdverseEventPhotoController {
	private final AdverseEventPhotoRecords photos;
	private final AdverseEventRegistry registry;
	private final AdverseEventPage page;

	AdverseEventPhotoController(AdverseEventPhotoRecords photos, AdverseEventRegistry registry,
			AdverseEventPage page) {
		this.photos = photos;
		this.registry = registry;
		this.page = page;
	}

	@PostMapping("/adverse-events/{id}/photos")
	@Requires(Permission.SKIN_AE_PHOTOGRAPH)
	String addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			Locale locale) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput("file", "error.field.required");
			}
			try (InputStream in = file.getInputStream()) {
				photos.addPhoto(id, in, null);
			}
			return "redirect:/adverse-events/" + id + "#photos";
		} catch (InvalidInput invalid) {
			return page.show(registry.recordOf(id), page.errors(invalid, locale), "photo", model, locale);
		}
	}

	@GetMapping("/adverse-events/{id}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		AdverseEventPhotoRecords.PhotoContent content = photos.photoContent(id, photoId, thumbnail);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header("Cache-Control", "private, no-store")
			.body(new InputStreamResource(content.stream()));
	}
}
