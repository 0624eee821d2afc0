package org.cutis.lesion.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.cutis.lesion.domain.ProcessedImage;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.files.DirectoryFileStore;
import org.cutis.support.HostileImages;
import org.cutis.support.Clinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoProcessingTests {
	@TempDir
	Path dir;

	PhotoProcessing processing(long maxBytes) {
		return new PhotoProcessing(new DirectoryFileStore(dir), maxBytes, PhotoProcessing.DEFAULT_MAX_PIXELS);
	}

	/** A JPEG with an APP1 Exif segment carrying a GPS marker, inserted right after SOI. */
	static byte[] jpegWithExif() throws IOException {
		byte[] jpeg = Clinic.image("jpeg", 400, 300);
		byte[] payload = "Exif\0\0GPSLatitude 37.5665N GPSLongitude 126.9780E".getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xff);
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	@Test
	void reEncodesAJpegSoNoExifOrLocationSurvives() throws IOException {
		byte[] upload = jpegWithExif();
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
		DirectoryFileStore store = new DirectoryFileStore(dir);
		ProcessedImage image = new PhotoProcessing(store, 1_000_000, PhotoProcessing.DEFAULT_MAX_PIXELS).process(new ByteArrayInputStream(upload));
		byte[] stored;
		try (InputStream in = store.open(image.sha256()).orElseThrow()) {
			stored = in.readAllBytes();
		}
		String text = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("GPS");
		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(image.width()).isEqualTo(400);
		assertThat(image.height()).isEqualTo(300);
		try (InputStream in = store.open(image.thumbnailSha256()).orElseThrow()) {
			var thumb = ImageIO.read(in);
			assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(PhotoProcessing.THUMBNAIL_EDGE);
		}
	}

	@Test
	void keepsPngAsPng() {
		ProcessedImage image = processing(1_000_000).process(new ByteArrayInputStream(Clinic.image("png", 64, 48)));
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(image.width()).isEqualTo(64);
	}

	@Test
	void decidesTheTypeByMagicBytesNotByName() {
		assertThat(PhotoProcessing.formatOf("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isNull();
		assertThat(PhotoProcessing.formatOf(Clinic.image("png", 4, 4))).isEqualTo("png");
		assertThat(PhotoProcessing.formatOf(Clinic.image("jpeg", 4, 4))).isEqualTo("jpeg");
		assertThatThrownBy(() -> processing(1_000_000)
			.process(new ByteArrayInputStream("%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("lesion.photo.notAnImage"));
	}

	@Test
	void refusesATruncatedImageBehindAValidSignature() {
		byte[] jpeg = Clinic.image("jpeg", 200, 200);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
		assertThatThrownBy(() -> processing(1_000_000).process(new ByteArrayInputStream(truncated)))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesAnImageOverTheSizeLimitWithoutStoringIt() throws IOException {
		byte[] png = Clinic.image("png", 300, 300);
		assertThatThrownBy(() -> processing(png.length - 1).process(new ByteArrayInputStream(png)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("lesion.photo.tooLarge"));
		assertThat(dir.toFile().list()).isEmpty();
	}

	/**
	 * Finding 10: a 7000 x 7000 16-bit PNG of a few hundred kilobytes took 13 s and 1.4 GB of heap.
	 * Refused from its header, before a pixel is decoded, and nothing is stored.
	 */
	@Test
	void refusesADecompressionBombFromItsHeaderBeforeDecoding() {
		byte[] bomb = HostileImages.bomb(7000, 7000);
		assertThat(bomb.length).isLessThan(1_000_000);
		long before = usedHeap();
		long started = System.nanoTime();
		assertThatThrownBy(() -> processing(15_728_640).process(new ByteArrayInputStream(bomb)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems().get(0).field()).isEqualTo("file");
				assertThat(e.problems().get(0).messageKey()).isEqualTo("lesion.photo.tooManyPixels");
				assertThat(e.problems().get(0).args()).containsExactly(7000L, 7000L, 40L);
			});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(usedHeap() - before).isLessThan(100L * 1024 * 1024);
		assertThat(dir.toFile().list()).isEmpty();
	}

	@Test
	void countsSixteenBitColourDoubleAndTheLimitIsConfigurable() {
		// 5000 x 5000 = 25 MP: under 40 MP at 8 bits, 50 MP "weighted" at 16 bits
		byte[] sixteenBit = HostileImages.bombHeader(5000, 5000);
		assertThatThrownBy(() -> processing(15_728_640).process(new ByteArrayInputStream(sixteenBit)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("lesion.photo.tooManyPixels"));
		byte[] png = Clinic.image("png", 300, 200);
		PhotoProcessing small = new PhotoProcessing(new DirectoryFileStore(dir), 15_728_640, 50_000);
		assertThatThrownBy(() -> small.process(new ByteArrayInputStream(png)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("lesion.photo.tooManyPixels"));
		assertThat(new PhotoProcessing(new DirectoryFileStore(dir), 15_728_640, 60_000)
			.process(new ByteArrayInputStream(png))
			.width()).isEqualTo(300);
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
