package org.cutis.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded server's superuser ({@code postgres}), generated at the first
 * start and kept in {@code <data-dir>/postgres.password}, readable by its owner only. It is the
 * key an operator (or {@code ./cutis backup}) uses to reach the server; the application itself
 * connects as roles whose passwords are generated at every start and never written down.
 */
public final class SuperuserPassword {
	private static final Logger log = LoggerFactory.getLogger(SuperuserPassword.class);
	static final String FILE = "postgres.password";
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
	private static final SecureRandom random = new SecureRandom();

	private SuperuserPassword() {
	}

	public static Path file(Path dataDir) {
		return dataDir.resolve(FILE);
	}

	/** The stored password, after making sure nobody but the owner can read it. */
	public static Optional<String> read(Path dataDir) {
		Path file = file(dataDir);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				log.warn("{} was readable by others; making it readable by its owner only", file.toAbsolutePath());
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			return password.isEmpty() ? Optional.empty() : Optional.of(password);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
		}
	}

	/** Writes {@code password} atomically (a crash leaves the old file or the new one, never half of one). */
	public static void write(Path dataDir, String password) {
		Path file = file(dataDir);
		try {
			Files.createDirectories(dataDir);
			Path next = dataDir.resolve(FILE + ".next");
			Files.deleteIfExists(next);
			Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
				channel.write(StandardCharsets.UTF_8.encode(password + "\n"));
				channel.force(true);
			}
			Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			forceDirectory(dataDir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file.toAbsolutePath(), e);
		}
	}

	/** 32 characters from an unambiguous alphabet: about 187 bits. */
	public static String generate() {
		StringBuilder password = new StringBuilder(32);
		for (int i = 0; i < 32; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ignored) {
			// not every file system lets a directory be synced; the rename is still atomic
		}
	}
}
