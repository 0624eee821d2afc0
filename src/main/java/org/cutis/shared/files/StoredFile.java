package org.cutis.shared.files;

/** A stored file: its content hash (the key), size in bytes and declared content type. */
public record StoredFile(String sha256, long sizeBytes, String contentType) {
}
