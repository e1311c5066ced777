package io.homeward.platform.returns;

import java.io.ByteArrayOutputStream;

import io.homeward.platform.shared.documents.PdfFonts;
import io.homeward.platform.shared.documents.QrCodes;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A return's label: an A6 page, as the platform's unit labels, with the tracking code in
 * large type, a QR code of its public tracking page, the RMA number, the shipper and the
 * destination hub with its address. No sender address: the customer hands the parcel in,
 * and a label showing where a person lives would travel in plain sight with it; the
 * shipper has the address with the return.
 */
class ReturnLabelPdf {

	/** What a label shows. */
	record Label(String trackingCode, String trackUrl, String rmaNumber, String shipper, String program, String hubName,
			String hubAddress, String hubCountry) {
	}

	byte[] render(Label label) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A6, 18, 18, 18, 18);
		PdfWriter.getInstance(document, pdf);
		document.addTitle("Return label " + label.trackingCode());
		document.open();
		Font title = new Font(PdfFonts.BOLD, 15);
		Font bold = new Font(PdfFonts.BOLD, 9);
		Font text = new Font(PdfFonts.REGULAR, 9);
		document.add(new Paragraph("Return to " + label.shipper(), bold));
		document.add(new Paragraph("Tracking code", text));
		document.add(new Paragraph(label.trackingCode(), title));
		document.add(QrCodes.pdfImage(label.trackUrl(), 150));
		document.add(new Paragraph(label.trackUrl(), text));
		document.add(new Paragraph("RMA " + label.rmaNumber(), bold));
		document.add(new Paragraph("Deliver to", text));
		document.add(new Paragraph(label.hubName(), bold));
		document.add(new Paragraph(label.hubAddress() + ", " + label.hubCountry(), text));
		document.add(new Paragraph(label.program(), text));
		document.close();
		return pdf.toByteArray();
	}

}
