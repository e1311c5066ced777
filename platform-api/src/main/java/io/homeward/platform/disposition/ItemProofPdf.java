package io.homeward.platform.disposition;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.homeward.platform.shared.documents.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An item's proof as an A4 PDF: the item and its return, the milestones, the grading, the
 * dispositions with their waste operations, derogations and overrides, and the
 * certificates. Times are printed in UTC, so the page depends on the proof alone; the
 * text is set in Liberation Sans ({@link PdfFonts}).
 */
class ItemProofPdf {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	byte[] render(ItemProof proof) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, pdf);
		document.open();
		Font title = new Font(PdfFonts.BOLD, 16);
		Font heading = new Font(PdfFonts.BOLD, 11);
		Font bold = new Font(PdfFonts.BOLD, 9);
		Font text = new Font(PdfFonts.REGULAR, 9);

		document.add(new Paragraph("Proof of disposition", title));
		document.add(new Paragraph("Return " + proof.returnOrder().rmaNumber() + ", line " + proof.item().lineNumber(),
				bold));
		document.add(new Paragraph(proof.item().sku() + ": " + proof.item().description(), text));
		document.add(
				new Paragraph(
						"HS " + proof.item().hsCode() + ", origin " + proof.item().originCountry() + ", quantity "
								+ proof.item().quantity() + ", " + proof.item().weightKg().toPlainString() + " kg",
						text));

		section(document, "Milestones", heading);
		if (proof.milestones().isEmpty()) {
			document.add(new Paragraph("None recorded.", text));
		}
		for (ItemProof.Milestone milestone : proof.milestones()) {
			document.add(new Paragraph(time(milestone.reachedAt()) + "  " + milestone.kind(), text));
		}

		section(document, "Grading", heading);
		ItemGrading grading = proof.grading();
		if (grading == null) {
			document.add(new Paragraph("Not graded yet.", text));
		}
		else {
			document.add(new Paragraph(grading.grade() + ", " + time(grading.gradedAt()), bold));
			if (grading.notes() != null) {
				document.add(new Paragraph(grading.notes(), text));
			}
			if (grading.functionalTest() != null) {
				document.add(new Paragraph("Functional test " + grading.functionalTest().result() + ": "
						+ grading.functionalTest().method() + ((grading.functionalTest().evidence() != null)
								? " (" + grading.functionalTest().evidence() + ")" : ""),
						text));
			}
			if (!grading.photoRefs().isEmpty()) {
				document.add(new Paragraph("Photos: " + String.join(", ", grading.photoRefs()), text));
			}
			if (grading.proposal() != null) {
				document.add(new Paragraph("The shipper's rule \"" + grading.proposal().rule() + "\" proposed "
						+ grading.proposal().disposition(), text));
			}
		}

		section(document, "Dispositions", heading);
		if (proof.dispositions().isEmpty()) {
			document.add(new Paragraph("None yet.", text));
		}
		else {
			PdfPTable log = new PdfPTable(new float[] { 4, 14, 16, 44, 22 });
			log.setWidthPercentage(100);
			log.setHeaderRows(1);
			for (String column : new String[] { "#", "Disposition", "Operation", "Details", "Recorded" }) {
				log.addCell(new PdfPCell(new Phrase(column, bold)));
			}
			for (ItemDispositionEntry entry : proof.dispositions()) {
				log.addCell(new PdfPCell(new Phrase(Integer.toString(entry.sequence()), text)));
				log.addCell(new PdfPCell(new Phrase(entry.disposition().name(), text)));
				log.addCell(new PdfPCell(new Phrase((entry.wasteOperation() != null)
						? entry.wasteOperation().code() + " " + entry.wasteOperation().outflow() : "(a product)",
						text)));
				log.addCell(new PdfPCell(new Phrase(details(entry), text)));
				log.addCell(new PdfPCell(new Phrase(time(entry.recordedAt()), text)));
			}
			document.add(log);
		}

		section(document, "Certificates", heading);
		if (proof.certificates().isEmpty()) {
			document.add(new Paragraph("None recorded.", text));
		}
		for (DisposalCertificate certificate : proof.certificates()) {
			document.add(new Paragraph(certificate.kind() + " certificate " + certificate.certificateReference()
					+ " of " + certificate.issuedOn() + ", by " + certificate.partnerName() + " ("
					+ certificate.scheme() + " " + certificate.schemeReference() + ")", text));
		}
		document.close();
		return pdf.toByteArray();
	}

	private static String details(ItemDispositionEntry entry) {
		StringBuilder details = new StringBuilder();
		if (entry.wasteOperation() != null) {
			details.append(entry.wasteOperation().operation()).append(". ");
		}
		if (entry.derogation() != null) {
			details.append("ESPR derogation ")
				.append(entry.derogation())
				.append(": ")
				.append(entry.derogationEvidence())
				.append(". ");
		}
		if (entry.overrideReason() != null) {
			details.append("Instead of ")
				.append(entry.proposedDisposition())
				.append(": ")
				.append(entry.overrideReason())
				.append(". ");
		}
		if (entry.recoveryValue() != null) {
			details.append("Recovered ")
				.append(entry.recoveryValue().amount().toPlainString())
				.append(' ')
				.append(entry.recoveryValue().currency().getCurrencyCode())
				.append(". ");
		}
		if (entry.note() != null) {
			details.append(entry.note());
		}
		return details.toString().strip();
	}

	private static void section(Document document, String name, Font font) {
		Paragraph paragraph = new Paragraph(name, font);
		paragraph.setSpacingBefore(10);
		document.add(paragraph);
	}

	private static String time(java.time.OffsetDateTime at) {
		return at.withOffsetSameInstant(ZoneOffset.UTC).format(TIME);
	}

}
