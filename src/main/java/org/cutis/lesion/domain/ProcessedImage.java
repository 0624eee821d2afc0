package org.cutis.lesion.domain;

/** A photo after re-encoding: the stored image and thumbnail hashes and what was kept of it. */
public record ProcessedImage(String sha256, String thumbnailSha256, String contentType, long sizeBytes, int width,
		int height) {
}
