package org.cutis.lesion.application;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.cutis.lesion.domain.ProcessedImage;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.files.FileStore;
import org.cutis.shared.files.StoredFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into a stored photo. The type is decided by the magic bytes, not the name or
 * the declared type; the pixels are decoded and written again, which drops every metadata
 * block (EXIF with GPS location, maker notes, comments) because ImageIO writes only pixels.
 * Phones that shoot HEIC export JPEG, which is what is accepted.
 */
@Component
public class PhotoProcessing {
	static final int THUMBNAIL_EDGE = 320;
	/** The default of {@code cutis.lesion.photo-max-pixels}: 40 megapixels, well above any dermatoscope. */
	static final long DEFAULT_MAX_PIXELS = 40_000_000L;

	private final FileStore files;
	private final long maxBytes;
	private final long maxPixels;

	PhotoProcessing(FileStore files, @Value("${cutis.lesion.photo-max-bytes:15728640}") long maxBytes,
			@Value("${cutis.lesion.photo-max-pixels:40000000}") long maxPixels) {
		this.files = files;
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
	}


	public long maxBytes() {
		return maxBytes;
	}

	public ProcessedImage process(InputStream upload) {
		byte[] bytes = readAtMost(upload);
		String format = formatOf(bytes);
		if (format == null) {
			throw new InvalidInput("file", "lesion.photo.notAnImage");
		}
		BufferedImage image = decode(bytes, maxPixels);
		byte[] clean = "png".equals(format) ? png(image) : jpeg(image, 0.92f);
		byte[] thumbnail = jpeg(scaled(image), 0.85f);
		String type = "png".equals(format) ? "image/png" : "image/jpeg";
		StoredFile stored = files.store(new ByteArrayInputStream(clean), type, Long.MAX_VALUE);
		StoredFile thumb = files.store(new ByteArrayInputStream(thumbnail), "image/jpeg", Long.MAX_VALUE);
		return new ProcessedImage(stored.sha256(), thumb.sha256(), type, stored.sizeBytes(), image.getWidth(),
				image.getHeight());
	}

	/** JPEG starts FF D8 FF, PNG with its 8-byte signature; anything else is not a photo here. */
	static String formatOf(byte[] b) {
		if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };
		if (b.length > png.length) {
			for (int i = 0; i < png.length; i++) {
				if (b[i] != png[i]) {
					return null;
				}
			}
			return "png";
		}
		return null;
	}

	private byte[] readAtMost(InputStream in) {
		try {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw new InvalidInput("file", "lesion.photo.tooLarge", maxBytes / (1024 * 1024));
			}
			if (bytes.length == 0) {
				throw new InvalidInput("file", "error.field.required");
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Decodes the pixels, but only after the header has said how many there are: a PNG of a few
	 * hundred kilobytes can declare 7000 x 7000 pixels of 16-bit colour (1.4 GB of heap once
	 * decoded). Pixels with more than 8 bits per sample count double, as they take twice the memory.
	 */
	private static BufferedImage decode(byte[] bytes, long maxPixels) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new InvalidInput("file", "lesion.photo.notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width * height * weight(reader) > maxPixels) {
					throw new InvalidInput("file", "lesion.photo.tooManyPixels", width, height,
							Math.max(1, maxPixels / 1_000_000));
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInput invalid) {
				throw invalid;
			}
			// truncated or corrupt data behind a valid signature
			throw new InvalidInput("file", "lesion.photo.notAnImage");
		}
	}

	/** 2 for more than 8 bits per sample (16-bit PNG), else 1; read from the header only. */
	private static int weight(ImageReader reader) throws IOException {
		ImageTypeSpecifier type = reader.getRawImageType(0);
		if (type == null) {
			return 1;
		}
		int[] sizes = type.getSampleModel().getSampleSize();
		for (int size : sizes) {
			if (size > 8) {
				return 2;
			}
		}
		return 1;
	}

	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = thumb.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, w, h, java.awt.Color.WHITE, null);
		g.dispose();
		return thumb;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] jpeg(BufferedImage image, float quality) {
		BufferedImage rgb = image;
		if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D g = rgb.createGraphics();
			g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
			g.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(ios);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(rgb, null, null), param);
			ios.flush();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
	}
}
