package org.cutis.support;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;


/** Images for the fuzzer and the upload tests: honest small ones, broken ones and decompression bombs. */
public final class HostileImages {
	private HostileImages() {
	}

	public static byte[] png(int width, int height) {
		return Clinic.image("png", width, height);
	}

	public static byte[] truncated(byte[] image) {
		return Arrays.copyOf(image, image.length / 2);
	}

	/**
	 * A PNG whose header declares {@code width} x {@code height} pixels of 16-bit RGB, followed by
	 * only a few bytes of image data: what a decoder allocates comes from the header alone.
	 */
	public static byte[] bombHeader(int width, int height) {
		return png(width, height, compressedZeros(64));
	}

	/**
	 * A real decompression bomb: a {@code width} x {@code height} 16-bit RGB PNG whose pixels are
	 * all black, so it compresses about a thousandfold (7000 x 7000 is about 290 KB on disk and
	 * 294 MB of pixels, more once decoded into Java's image types).
	 */
	public static byte[] bomb(int width, int height) {
		long rowBytes = 1 + (long) width * 6;
		return png(width, height, compressedZeros(rowBytes * height));
	}

	private static byte[] png(int width, int height, byte[] idat) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.writeByte(16); // bit depth
			ihdr.writeByte(2); // truecolour RGB
			ihdr.writeByte(0);
			ihdr.writeByte(0);
			ihdr.writeByte(0);
			chunk(out, "IHDR", header.toByteArray());
			chunk(out, "IDAT", idat);
			chunk(out, "IEND", new byte[0]);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] compressedZeros(long count) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION),
					1 << 16)) {
				byte[] zeros = new byte[1 << 16];
				for (long left = count; left > 0; left -= zeros.length) {
					deflate.write(zeros, 0, (int) Math.min(zeros.length, left));
				}
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		DataOutputStream chunk = new DataOutputStream(out);
		chunk.writeInt(data.length);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		chunk.write(typeBytes);
		chunk.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		chunk.writeInt((int) crc.getValue());
	}
}
