package io.homeward.platform.shared.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.pdf.BaseFont;

/**
 * The text fonts of the platform's PDFs: Liberation Sans (SIL Open Font License 1.1,
 * which allows embedding), from OpenPDF's fonts artifact, embedded as a subset with the
 * Identity-H encoding, so every letter the font has prints as written, "São Paulo",
 * "Łódź" or "Thành phố Hồ Chí Minh" alike, where the standard Helvetica's Windows-1252
 * encoding has no "Ł" or "ồ".
 */
public final class PdfFonts {

	public static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");

	public static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	private static BaseFont font(String resource) {
		try {
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + resource + " is not on the class path", ex);
		}
	}

}
