package io.homeward.platform.customs;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.documents.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A commercial invoice as an A4 PDF: the header (number, date, reason for export,
 * Incoterm, currency), the two parties, one table row per line, under it the line's
 * original export where it has one, and the totals. The page depends on the invoice
 * alone: no clock, locale or time zone is read, so the same invoice gives the same page;
 * only the metadata OpenPDF writes itself (creation date, document id) differ between two
 * renderings. Numbers are printed as plain decimals with a dot, as customs forms do.
 * <p>
 * The text is set in Liberation Sans ({@link PdfFonts}): every letter the font has prints
 * as written, "São Paulo", "Łódź" or "Thành phố Hồ Chí Minh" alike.
 */
class CommercialInvoicePdf {

	private static final float[] COLUMNS = { 26, 12, 6, 9, 8, 8, 11, 12 };

	private static final BaseFont REGULAR = PdfFonts.REGULAR;

	private static final BaseFont BOLD = PdfFonts.BOLD;

	byte[] render(CommercialInvoice invoice) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, pdf);
		document.open();
		Font title = new Font(BOLD, 16);
		Font bold = new Font(BOLD, 9);
		Font text = new Font(REGULAR, 9);
		Font small = new Font(REGULAR, 8);

		document.add(new Paragraph("Commercial invoice", title));
		// The number on a line of its own: with a load's reference in it, it may be as
		// long as the title line is wide.
		document.add(new Paragraph("Number: " + invoice.number(), bold));
		document.add(new Paragraph("Date: " + invoice.issuedOn(), text));
		document.add(new Paragraph("Reason for export: " + invoice.reasonForExport(), bold));
		document.add(new Paragraph("Incoterm: " + invoice.incoterm() + " " + invoice.incotermPlace()
				+ " (Incoterms 2020, " + invoice.incoterm().title() + ")", text));
		document.add(new Paragraph("Currency: " + invoice.currency().getCurrencyCode(), text));

		PdfPTable parties = new PdfPTable(2);
		parties.setWidthPercentage(100);
		parties.setSpacingBefore(10);
		parties.addCell(party("Exporter", invoice.exporter(), bold, text));
		parties.addCell(party("Importer of record", invoice.importerOfRecord(), bold, text));
		document.add(parties);

		PdfPTable lines = new PdfPTable(COLUMNS);
		lines.setWidthPercentage(100);
		lines.setSpacingBefore(10);
		lines.setHeaderRows(1);
		for (String heading : new String[] { "Description", "HS code", "Origin", "Quantity", "Net kg", "Gross kg",
				"Unit value", "Line value" }) {
			lines.addCell(new PdfPCell(new Phrase(heading, bold)));
		}
		for (InvoiceLine line : invoice.lines()) {
			lines.addCell(new PdfPCell(new Phrase(line.description(), text)));
			lines.addCell(new PdfPCell(new Phrase(line.hsCode().digits(), text)));
			lines.addCell(new PdfPCell(new Phrase(line.origin().value(), text)));
			lines.addCell(number(line.quantity(), text));
			lines.addCell(number(line.netKg(), text));
			lines.addCell(number(line.grossKg(), text));
			lines.addCell(number(line.unitValue().amount(), text));
			lines.addCell(number(line.lineValue().amount(), text));
			ExportReference export = line.originalExport();
			if (export != null) {
				// A row of its own under the line, across the table: a reference is too
				// long for a column and must print unbroken.
				PdfPCell cell = new PdfPCell(
						new Phrase("Original export: " + export.reference() + " of " + export.exportedOn(), small));
				cell.setColspan(COLUMNS.length);
				lines.addCell(cell);
			}
		}
		PdfPCell totalLabel = new PdfPCell(new Phrase("Total", bold));
		totalLabel.setColspan(4);
		lines.addCell(totalLabel);
		lines.addCell(number(invoice.totalNetKg(), bold));
		lines.addCell(number(invoice.totalGrossKg(), bold));
		PdfPCell totalValue = new PdfPCell(new Phrase(money(invoice.totalValue()), bold));
		totalValue.setColspan(2);
		totalValue.setHorizontalAlignment(Element.ALIGN_RIGHT);
		lines.addCell(totalValue);
		document.add(lines);

		document.close();
		return pdf.toByteArray();
	}

	private static PdfPCell party(String role, InvoiceParty party, Font bold, Font text) {
		PdfPCell cell = new PdfPCell();
		cell.addElement(new Paragraph(role, bold));
		cell.addElement(new Paragraph(party.name(), text));
		for (String line : party.addressLines()) {
			cell.addElement(new Paragraph(line, text));
		}
		cell.addElement(new Paragraph(party.country().value(), text));
		return cell;
	}

	private static PdfPCell number(BigDecimal value, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(value.toPlainString(), font));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private static String money(Money money) {
		return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
	}

}
