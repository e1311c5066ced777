package io.homeward.platform.tracking;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded photo into what the platform stores: the image decoded and encoded
 * again in its own format, at most {@link #MAX_STORED_SIDE} pixels on its longer side.
 * Nothing but pixels survives, so no EXIF position of the phone, no comment, no trailing
 * bytes that would make the file something else as well; and a file that does not decode
 * as the image its type says is refused.
 * <p>
 * The dimensions are read from the header before anything is decoded, and a large photo
 * is decoded subsampled, so a small file declaring a huge image (a decompression bomb)
 * costs neither the heap nor much time; at most two photos are decoded at once.
 */
final class PhotoImages {

	/** The most pixels an upload may declare, more than any phone's camera takes. */
	static final long MAX_PIXELS = 50_000_000L;

	/** The longer side of a stored photo: enough to read a label on a crushed box. */
	static final int MAX_STORED_SIDE = 2560;

	private static final float JPEG_QUALITY = 0.85f;

	private static final Semaphore DECODING = new Semaphore(2);

	private PhotoImages() {
	}

	/** A stored image. */
	record Encoded(byte[] bytes, int width, int height) {

	}

	/** Why an upload is not an image the platform stores. */
	static final class Refused extends Exception {

		Refused(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * Decodes {@code upload} as {@code format} ("jpeg" or "png") and encodes it again.
	 */
	static Encoded reencode(byte[] upload, String format) throws Refused {
		if (!starts(upload, format)) {
			throw new Refused(
					"The body is not a " + format.toUpperCase(Locale.ROOT) + " image, as its Content-Type says");
		}
		// The JDK's own reader and writer of each format, always present.
		ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
		DECODING.acquireUninterruptibly();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new Refused("The image declares " + width + " × " + height + " pixels; at most "
							+ MAX_PIXELS / 1_000_000 + " million are taken");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.ceilDiv(Math.max(width, height), MAX_STORED_SIDE);
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				BufferedImage image = reader.read(0, param);
				return encode(image, format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// Truncated, corrupt, or a variant ImageIO does not decode (a CMYK JPEG): the
			// same refusal, since the platform could not show it either.
			throw new Refused("The body does not decode as a " + format.toUpperCase(Locale.ROOT) + " image");
		}
		finally {
			DECODING.release();
		}
	}

	private static Encoded encode(BufferedImage decoded, String format) throws IOException {
		BufferedImage image = decoded;
		if ("jpeg".equals(format) && image.getType() != BufferedImage.TYPE_INT_RGB
				&& image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
			BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.createGraphics().drawImage(image, 0, 0, null);
			image = rgb;
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if ("jpeg".equals(format)) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return new Encoded(bytes.toByteArray(), image.getWidth(), image.getHeight());
	}

	/** The format's signature: JPEG's start-of-image marker, PNG's eight bytes. */
	private static boolean starts(byte[] bytes, String format) {
		byte[] signature = "jpeg".equals(format) ? new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }
				: new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (bytes[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
