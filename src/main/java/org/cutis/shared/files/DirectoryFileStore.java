package org.cutis.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files under {@code <data-dir>/files/ab/cd/<sha256>}. Writes go to a temporary file first and
 * are moved into place atomically, so a crash never leaves half a file under a valid name.
 */
public class DirectoryFileStore implements FileStore {
	private final Path root;

	public DirectoryFileStore(Path root) {
		this.root = root;
	}

	@Override
	public StoredFile store(InputStream content, String contentType, long maxBytes) {
		try {
			Files.createDirectories(root.resolve("tmp"));
			Path temporary = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			try {
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				long size;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
					size = copyAtMost(content, out, maxBytes);
				}
				String hash = HexFormat.of().formatHex(sha256.digest());
				Path target = pathOf(hash);
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					move(temporary, target);
				}
				return new StoredFile(hash, size, contentType);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store file in " + root, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public Optional<InputStream> open(String sha256) {
		Path path = pathOf(sha256);
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.newInputStream(path));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(pathOf(sha256));
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256 hex digest");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxBytes) {
				throw new FileTooLarge(maxBytes);
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
