package org.cutis.shared.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where photos, labels and report PDFs live: outside the database, addressed by the SHA-256 of
 * their content, so a file is stored once, can be verified, and is never overwritten. Every
 * module goes through this interface; the first implementation is a directory, a cluster uses a
 * shared one (or an object store implementing the same interface).
 */
public interface FileStore {

	/** Stores the bytes (at most {@code maxBytes}) and returns their reference. */
	StoredFile store(InputStream content, String contentType, long maxBytes);

	/** The content of a stored file, if it exists. */
	Optional<InputStream> open(String sha256);

	boolean exists(String sha256);
}
