package io.homeward.platform.consolidation;

import java.io.ByteArrayOutputStream;

import io.homeward.platform.shared.documents.QrCodes;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

/**
 * A unit's QR code (its GS1 Digital Link URI, drawn by {@link QrCodes}) and its label: an
 * A6 page with the SSCC as printed under the (00) application identifier, the QR code,
 * the kind and, once packed, the load and lane.
 */
@Component
class UnitLabels {

	byte[] qrPng(HandlingUnit unit, int size) {
		return QrCodes.png(unit.digitalLink(), size);
	}

	byte[] labelPdf(HandlingUnit unit, @Nullable Load load, @Nullable String laneCode) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A6, 18, 18, 18, 18);
		PdfWriter.getInstance(document, pdf);
		document.open();
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
		Font text = FontFactory.getFont(FontFactory.HELVETICA, 10);
		document.add(new Paragraph(unit.kind().name(), title));
		document.add(new Paragraph("SSCC", text));
		document.add(new Paragraph(new Sscc(unit.sscc()).humanReadable(), title));
		document.add(QrCodes.pdfImage(unit.digitalLink(), 160));
		document.add(new Paragraph(unit.digitalLink(), text));
		if (load != null) {
			document.add(new Paragraph("Load " + load.reference() + ((laneCode != null) ? " · Lane " + laneCode : ""),
					text));
		}
		if (unit.sealNumber() != null) {
			document.add(new Paragraph("Seal " + unit.sealNumber(), text));
		}
		document.close();
		return pdf.toByteArray();
	}

}
