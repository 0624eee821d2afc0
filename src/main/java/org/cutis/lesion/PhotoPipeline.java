package org.cutis.lesion;

import java.io.InputStream;

import org.cutis.lesion.application.PhotoProcessing;
import org.cutis.lesion.domain.ProcessedImage;

import org.springframework.stereotype.Component;

/**
 * For other modules that keep clinical photos of their own (the skin adverse events of the
 * chemotherapy skin-care clinic): the same processing as a lesion photo (type by magic bytes, size
 * and pixel limits, EXIF and every other metadata dropped by re-encoding, a thumbnail), stored in
 * the content-addressed file store. The caller keeps the hashes and opens them from the store.
 */
@Component
public class PhotoPipeline {
	private final PhotoProcessing processing;

	PhotoPipeline(PhotoProcessing processing) {
		this.processing = processing;
	}

	/** Refuses what is not a JPEG or PNG, or too large, as an input error naming {@code file}. */
	public StoredPhoto process(InputStream upload) {
		ProcessedImage image = processing.process(upload);
		return new StoredPhoto(image.sha256(), image.thumbnailSha256(), image.contentType(), image.sizeBytes(),
				image.width(), image.height());
	}

	/** The largest upload accepted, in bytes. */
	public long maxBytes() {
		return processing.maxBytes();
	}

	/** A processed photo: the hashes of the clean image and of its JPEG thumbnail in the file store. */
	public record StoredPhoto(String sha256, String thumbnailSha256, String contentType, long sizeBytes, int width,
			int height) {
	}
}
