package org.cutis.shared.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryFileStoreTests {

	@Test
	void storesByContentHashAndReadsBack(@TempDir Path dir) throws Exception {
		FileStore store = new DirectoryFileStore(dir);
		byte[] photo = "dermoscopy of L3".getBytes(StandardCharsets.UTF_8);
		StoredFile stored = store.store(new ByteArrayInputStream(photo), "image/jpeg", 1024);
		// the key is the SHA-256 of the content, checked against coreutils sha256sum
		assertThat(stored.sha256()).isEqualTo(sha256sum(photo));
		assertThat(stored.sizeBytes()).isEqualTo(photo.length);
		try (InputStream in = store.open(stored.sha256()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(photo);
		}
	}

	@Test
	void theSameContentIsStoredOnce(@TempDir Path dir) throws Exception {
		FileStore store = new DirectoryFileStore(dir);
		byte[] bytes = { 1, 2, 3 };
		StoredFile first = store.store(new ByteArrayInputStream(bytes), "application/pdf", 10);
		StoredFile second = store.store(new ByteArrayInputStream(bytes), "application/pdf", 10);
		assertThat(second.sha256()).isEqualTo(first.sha256());
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
	}

	@Test
	void anOversizedUploadLeavesNothingBehind(@TempDir Path dir) throws Exception {
		FileStore store = new DirectoryFileStore(dir);
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[2048]), "image/png", 1024))
			.isInstanceOf(FileTooLarge.class);
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).count()).isZero();
		}
	}

	@Test
	void unknownOrMalformedKeysFindNothing(@TempDir Path dir) {
		FileStore store = new DirectoryFileStore(dir);
		assertThat(store.open("0".repeat(64))).isEmpty();
		assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	private static String sha256sum(byte[] bytes) throws Exception {
		Process p = new ProcessBuilder("sha256sum").start();
		p.getOutputStream().write(bytes);
		p.getOutputStream().close();
		return new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).split(" ")[0];
	}
}
