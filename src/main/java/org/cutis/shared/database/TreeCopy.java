package org.cutis.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Copies a directory tree file by file, for backups and restores: each file's SHA-256 computed on
 * the way, owner-only permissions (the trees hold patient data). Files that vanish while a running
 * server's directory is copied are skipped: the WAL replayed at restore recreates or drops them.
 * The copy reaches the disk with {@link #sync(Path)}, once for the whole tree.
 */
final class TreeCopy {
	private static final int BUFFER = 1 << 20;

	/** What to leave out, by path relative to the tree's root ("/" separated). */
	record Exclusions(Predicate<String> skipContentsOf, Predicate<String> skipFile) {
		static Exclusions none() {
			return new Exclusions(dir -> false, file -> false);
		}
	}

	/** Thrown when a restored file is not what the backup's manifest says. */
	static final class Corrupt extends IOException {
		Corrupt(String file) {
			super("The backup is damaged: " + file + " does not match its checksum in manifest.sha256");
		}
	}

	private TreeCopy() {
	}

	static long size(Path root, Exclusions exclusions) throws IOException {
		long[] total = { 0 };
		walk(root, exclusions, (file, relative, attributes) -> total[0] += attributes.size());
		return total[0];
	}

	/**
	 * Copies {@code from} into {@code to}.
	 *
	 * @param linkFrom a previous copy of the same tree whose files, when of the same name and size,
	 * are hard-linked instead of copied (content-addressed files never change); may be null
	 * @param expected the SHA-256 every file must have (a restore checks the backup); may be null
	 * @return relative path → SHA-256 of every file copied
	 */
	static Map<String, String> copy(Path from, Path to, Exclusions exclusions, Progress progress, Path linkFrom,
			Map<String, String> expected) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		Files.createDirectories(to);
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				String relative = relative(from, dir);
				Path target = relative.isEmpty() ? to : to.resolve(relative);
				Files.createDirectories(target);
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
				return !relative.isEmpty() && exclusions.skipContentsOf().test(relative) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String relative = relative(from, file);
				if (!attributes.isRegularFile() || exclusions.skipFile().test(relative)) {
					return FileVisitResult.CONTINUE;
				}
				Path target = to.resolve(relative);
				Path previous = linkFrom == null ? null : linkFrom.resolve(relative);
				if (previous != null && Files.isRegularFile(previous) && Files.size(previous) == attributes.size()
						&& link(previous, target)) {
					hashes.put(relative, file.getFileName().toString());
					progress.advance(attributes.size());
					return FileVisitResult.CONTINUE;
				}
				try {
					String hash = copyFile(file, target, progress);
					if (expected != null && !hash.equals(expected.get(relative))) {
						throw new Corrupt(relative);
					}
					hashes.put(relative, hash);
				}
				catch (NoSuchFileException vanished) {
					Files.deleteIfExists(target);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
				if (e instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw e;
			}
		});
		return hashes;
	}

	private static boolean link(Path existing, Path target) {
		try {
			Files.createLink(target, existing);
			return true;
		}
		catch (IOException | UnsupportedOperationException e) {
			return false;
		}
	}

	static String copyFile(Path file, Path target, Progress progress) throws IOException {
		MessageDigest sha256 = sha256();
		try (InputStream in = Files.newInputStream(file);
				FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = in.read(buffer)) != -1) {
				sha256.update(buffer, 0, read);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
				progress.advance(read);
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * Makes everything written under {@code tree} durable: one syncfs(2) of its file system
	 * ({@code sync -f}), which costs a fraction of an fsync per file; where that is not available,
	 * an fsync of every file and directory.
	 */
	static void sync(Path tree) throws IOException {
		try {
			Process sync = new ProcessBuilder("sync", "-f", tree.toString()).redirectErrorStream(true).start();
			sync.getInputStream().readAllBytes();
			if (sync.waitFor() == 0) {
				return;
			}
		}
		catch (IOException e) {
			// no sync program: fsync one by one below
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while syncing " + tree, e);
		}
		try (var paths = Files.walk(tree)) {
			for (Path path : paths.toList()) {
				if (Files.isDirectory(path)) {
					SuperuserPassword.forceDirectory(path);
				}
				else if (Files.isRegularFile(path)) {
					try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
						channel.force(true);
					}
				}
			}
		}
	}

	static String hash(Path file) throws IOException {
		MessageDigest sha256 = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = in.read(buffer)) != -1) {
				sha256.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private interface Visitor {
		void file(Path file, String relative, BasicFileAttributes attributes) throws IOException;
	}

	private static void walk(Path root, Exclusions exclusions, Visitor visitor) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				String relative = relative(root, dir);
				return !relative.isEmpty() && exclusions.skipContentsOf().test(relative) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String relative = relative(root, file);
				if (attributes.isRegularFile() && !exclusions.skipFile().test(relative)) {
					visitor.file(file, relative, attributes);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
				if (e instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw e;
			}
		});
	}

	static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}
}
