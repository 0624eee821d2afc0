package org.cutis.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.LoggerFactory;

/**
 * An OS file lock on {@code cutis.lock} in the data directory. The kernel releases it when the
 * owning JVM dies (even by kill -9), so a held lock always means a live Cutis process.
 */
final class DataDirectoryLock implements AutoCloseable {
	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDir) {
		try {
			boolean existed = Files.isDirectory(dataDir);
			Files.createDirectories(dataDir);
			keepPrivate(dataDir, existed);
			FileChannel channel = FileChannel.open(dataDir.resolve("cutis.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException sameJvm) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUse(dataDir);
			}
			return new DataDirectoryLock(channel, lock);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot lock data directory " + dataDir.toAbsolutePath(), e);
		}
	}

	/**
	 * The data directory holds the database, the patients' photos and the superuser's password:
	 * nobody but its owner may enter it.
	 */
	private static void keepPrivate(Path dataDir, boolean existed) throws IOException {
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
		if (!Files.getPosixFilePermissions(dataDir).equals(ownerOnly)) {
			if (existed) {
				LoggerFactory.getLogger(DataDirectoryLock.class)
					.warn("{} could be entered by other accounts; now only its owner may", dataDir.toAbsolutePath());
			}
			Files.setPosixFilePermissions(dataDir, ownerOnly);
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException ignored) {
			// the lock dies with the channel anyway
		}
	}
}
