package org.cutis.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a bulk load ({@code ./cutis generate}) does to the WAL archive before its server starts:
 * an archive no base backup needs is emptied of its segments (timeline histories kept) and the
 * load runs unarchived; an archive holding a backup's history file is left whole and archives the
 * load, so the backup's chain stays unbroken. The load itself: {@code GenerateWalArchiveTests}.
 */
class BulkLoadTests {

	@Test
	void anArchiveNoBackupNeedsIsEmptiedAndTheLoadIsNotArchived(@TempDir Path archive) throws Exception {
		Files.writeString(archive.resolve("000000010000000000000003"), "segment");
		Files.writeString(archive.resolve("000000010000000000000004.partial"), "segment");
		Files.writeString(archive.resolve("00000002.history"), "history");

		EmbeddedDatabase.Options options = BulkLoad.prepare(EmbeddedDatabase.Options.archivingTo(archive));

		assertThat(options.bulkLoad()).isTrue();
		assertThat(options.walArchive()).isEqualTo(archive);
		assertThat(archive.resolve("000000010000000000000003")).doesNotExist();
		assertThat(archive.resolve("000000010000000000000004.partial")).doesNotExist();
		assertThat(archive.resolve("00000002.history")).exists();
		assertThat(ServerSetup.settings(options)).containsEntry("archive_mode", "off")
			.containsEntry("synchronous_commit", "off")
			.containsEntry("fsync", "on")
			.containsEntry("full_page_writes", "on")
			.doesNotContainKey("archive_library");
	}

	@Test
	void anArchiveThatServesABackupIsKeptAndArchivesTheLoad(@TempDir Path archive) throws Exception {
		Files.writeString(archive.resolve("000000010000000000000003"), "segment");
		Files.writeString(archive.resolve("000000010000000000000003.00000028.backup"), "backup history");

		EmbeddedDatabase.Options normal = EmbeddedDatabase.Options.archivingTo(archive);
		EmbeddedDatabase.Options options = BulkLoad.prepare(normal);

		assertThat(options).isEqualTo(normal);
		assertThat(archive.resolve("000000010000000000000003")).exists();
		assertThat(ServerSetup.settings(options)).containsEntry("archive_mode", "on")
			.containsEntry("synchronous_commit", "on");
	}

	@Test
	void anOrdinaryStartArchives(@TempDir Path archive) {
		assertThat(ServerSetup.settings(EmbeddedDatabase.Options.archivingTo(archive)))
			.containsEntry("archive_mode", "on")
			.containsEntry("archive_library", "basic_archive")
			.containsEntry("max_wal_size", "1GB");
	}
}
