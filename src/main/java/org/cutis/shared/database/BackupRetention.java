package org.cutis.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./cutis backup --keep N}: which backups and which archived WAL are kept. The WAL a kept
 * backup needs to reach any later moment stays; what only the deleted backups needed goes, since
 * nothing else can replay it.
 */
public final class BackupRetention {
	private BackupRetention() {
	}

	/**
	 * Keeps the {@code keep} newest backups under {@code root} and deletes the older ones, and from
	 * the WAL archive every segment older than the oldest backup kept: each kept backup can still be
	 * restored to any moment after it. Timeline histories are kept.
	 *
	 * @return the backups deleted
	 */
	public static List<Path> prune(Path root, int keep, Path walArchive) throws IOException {
		if (keep < 1) {
			throw new IllegalArgumentException("--keep needs at least 1");
		}
		List<Path> backups;
		try (Stream<Path> all = Files.list(root)) {
			backups = all.filter(b -> Files.isRegularFile(b.resolve(BackupDescription.FILE))).sorted().toList();
		}
		if (backups.size() <= keep) {
			return List.of();
		}
		List<Path> deleted = backups.subList(0, backups.size() - keep);
		String oldestKept = BackupDescription.read(backups.get(backups.size() - keep)).startWal();
		for (Path backup : deleted) {
			PostgresBinaries.deleteTree(backup);
		}
		if (walArchive != null && Files.isDirectory(walArchive)) {
			try (Stream<Path> segments = Files.list(walArchive)) {
				for (Path segment : segments.toList()) {
					String name = segment.getFileName().toString();
					String position = name.length() >= 24 ? name.substring(8, 24) : null;
					if (position != null && !name.endsWith(".history") && position.matches("[0-9A-F]{16}")
							&& position.compareTo(oldestKept.substring(8)) < 0) {
						Files.deleteIfExists(segment);
					}
				}
			}
		}
		return deleted;
	}
}
