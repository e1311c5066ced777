package io.homeward.platform.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.Element;
import org.openpdf.text.Image;

/**
 * QR codes as PNG images, with error correction M (15 % of the code may be unreadable, as
 * GS1 recommends for logistic labels) and a quiet zone of two modules.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** {@code content} as a square PNG of {@code size} pixels. */
	public static byte[] png(String content, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return png.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("No QR code for " + content, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code content} as an image for an OpenPDF page, centred and at most {@code points}
	 * wide: drawn at 400 pixels, sharp enough for a label printer at that size.
	 */
	public static Image pdfImage(String content, float points) {
		try {
			Image qr = Image.getInstance(png(content, 400));
			qr.scaleToFit(points, points);
			qr.setAlignment(Element.ALIGN_CENTER);
			return qr;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
