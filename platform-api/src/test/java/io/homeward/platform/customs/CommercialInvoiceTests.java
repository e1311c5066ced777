package io.homeward.platform.customs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The commercial invoice per shipper: totals computed exactly from the lines, the
 * validation on construction, and the PDF read back as text with PDFBox, one invoice per
 * shipper from one load's lines, each holding its own lines, their original exports, and
 * none of the other's; letters outside Windows-1252 print as written.
 */
class CommercialInvoiceTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final InvoiceParty SHIPPER_A = party("Atelier Alpha SARL", "12 rue des Tanneurs", "FR");

	static final InvoiceParty SHIPPER_B = party("Bravo Outdoor GmbH", "Hafenstrasse 7", "DE");

	static final InvoiceParty IMPORTER = party("Homeward Returns Hub BV", "Transportweg 3", "NL");

	/** One load's lines, each with the shipper whose goods it describes. */
	record LoadLine(InvoiceParty shipper, InvoiceLine line) {

	}

	/** Shipper A's coat and scarf come from two returns, each with its own export. */
	static final ExportReference COAT_EXPORT = new ExportReference("26FR0000123456789A", LocalDate.of(2026, 6, 15));

	static final ExportReference SCARF_EXPORT = new ExportReference("26FR0000555555555C", LocalDate.of(2026, 8, 3));

	/** Shipper B's boots left under an export; its rain jacket under none recorded. */
	static final ExportReference BOOTS_EXPORT = new ExportReference("26DE0000987654321B", LocalDate.of(2026, 5, 2));

	static final List<LoadLine> LOAD = List.of(
			new LoadLine(SHIPPER_A,
					line("Wool coat, returned unworn", "6202400010", "PT", "3", "4.500", "5.100", "120.00",
							COAT_EXPORT)),
			new LoadLine(SHIPPER_B,
					line("Trekking boots", "6403910000", "VN", "2", "2.400", "3.000", "89.90", BOOTS_EXPORT)),
			new LoadLine(SHIPPER_A,
					line("Silk scarf", "6214100000", "IT", "4", "0.400", "0.650", "35.25", SCARF_EXPORT)),
			new LoadLine(SHIPPER_B, line("Rain jacket", "6201400000", "BD", "1", "0.700", "0.900", "149.00")));

	@Test
	void totalsAreTheExactSumsOfTheLines() {
		CommercialInvoice invoice = invoiceOf(SHIPPER_A, "INV-A-1");

		assertThat(invoice.lines()).hasSize(2);
		assertThat(invoice.lines().get(0).lineValue()).isEqualTo(new Money(new BigDecimal("360.00"), EUR));
		assertThat(invoice.lines().get(1).lineValue()).isEqualTo(new Money(new BigDecimal("141.00"), EUR));
		assertThat(invoice.totalValue()).isEqualTo(new Money(new BigDecimal("501.00"), EUR));
		assertThat(invoice.totalNetKg()).isEqualByComparingTo("4.900");
		assertThat(invoice.totalGrossKg()).isEqualByComparingTo("5.750");
		assertThat(invoice.reasonForExport()).isEqualTo("Return of goods");
		assertThat(invoice.lines()).extracting(InvoiceLine::originalExport).containsExactly(COAT_EXPORT, SCARF_EXPORT);
	}

	@Test
	void tenthsOfACentAddUpWithoutFloatingPointDrift() {
		// 0.1 + 0.2 in binary floating point is 0.30000000000000004; here it is 0.30.
		CommercialInvoice invoice = invoice("INV-X", SHIPPER_A,
				List.of(line("Button", "9606210000", "CN", "1", "0.01", "0.01", "0.10"),
						line("Thread", "5204110000", "CN", "1", "0.02", "0.02", "0.20")));

		assertThat(invoice.totalValue().amount()).isEqualTo(new BigDecimal("0.30"));
		assertThat(invoice.totalNetKg()).isEqualTo(new BigDecimal("0.03"));
	}

	@Test
	void theInvoiceOfShipperAHoldsItsLinesAndTotalsAndNothingOfShipperB() {
		String a = text(new CommercialInvoicePdf().render(invoiceOf(SHIPPER_A, "INV-A-1")));
		String b = text(new CommercialInvoicePdf().render(invoiceOf(SHIPPER_B, "INV-B-1")));

		assertThat(a).contains("Commercial invoice", "Number: INV-A-1", "Atelier Alpha SARL", "12 rue des Tanneurs",
				"Homeward Returns Hub BV", "Wool coat, returned unworn", "6202400010", "Silk scarf", "6214100000",
				"360.00", "141.00", "501.00 EUR", "4.900", "5.750", "Reason for export: Return of goods",
				"Incoterm: DAP Rotterdam", "Original export: 26FR0000123456789A of 2026-06-15",
				"Original export: 26FR0000555555555C of 2026-08-03");
		// Each export is printed under its own line: the coat's right after the coat's
		// row, the scarf's after the scarf's.
		assertThat(a.indexOf("26FR0000123456789A")).isBetween(a.indexOf("Wool coat"), a.indexOf("Silk scarf"));
		assertThat(a.indexOf("26FR0000555555555C")).isGreaterThan(a.indexOf("Silk scarf"));
		assertThat(a).doesNotContain("Bravo Outdoor GmbH", "Trekking boots", "6403910000", "Rain jacket", "6201400000",
				"89.90", "149.00", "INV-B-1", "26DE0000987654321B");

		assertThat(b).contains("Commercial invoice", "Number: INV-B-1", "Bravo Outdoor GmbH", "Trekking boots",
				"Rain jacket", "328.80 EUR", "Reason for export: Return of goods",
				"Original export: 26DE0000987654321B of 2026-05-02");
		// The rain jacket has no original export: one export line on B's invoice, not
		// two.
		assertThat(b.split("Original export", -1)).hasSize(2);
		assertThat(b).doesNotContain("Atelier Alpha SARL", "Wool coat", "Silk scarf", "6202400010", "501.00",
				"26FR0000123456789A", "26FR0000555555555C");
	}

	@Test
	void lettersOutsideWindows1252PrintAsWrittenInAnEmbeddedFont() throws IOException {
		InvoiceParty exporter = new InvoiceParty("Łódź Ceramika Sp. z o.o.",
				List.of("c/o São Paulo Collection Hub", "Avenida Presidente Castelo Branco 3200, São Paulo"),
				new CountryCode("BR"));
		InvoiceParty importer = new InvoiceParty("Łódź Ceramika Sp. z o.o.",
				List.of("c/o Ho Chi Minh City Collection Hub",
						"Lô 21, Đường số 2, KCN Tân Bình, Phường Tây Thạnh, Quận Tân Phú, Thành phố Hồ Chí Minh"),
				new CountryCode("VN"));
		CommercialInvoice invoice = new CommercialInvoice("INV-Ł-1", LocalDate.of(2026, 12, 1), exporter, importer, EUR,
				Incoterm.DAP, "Thành phố Hồ Chí Minh", List.of(line("Dzbanek z ręcznie malowanym wzorem, żółty",
						"6912002310", "PL", "2", "1.200", "1.500", "45.00")));
		byte[] pdf = new CommercialInvoicePdf().render(invoice);

		// Lines broken where a cell wraps read as one: what is checked is the letters.
		assertThat(text(pdf).replaceAll("\\s+", " ")).contains("Łódź Ceramika Sp. z o.o.", "São Paulo Collection Hub",
				"Đường số 2, KCN Tân Bình, Phường Tây Thạnh, Quận Tân Phú, Thành phố Hồ Chí Minh",
				"Incoterm: DAP Thành phố Hồ Chí Minh", "Dzbanek z ręcznie malowanym wzorem, żółty",
				"Commercial invoice", "Number: INV-Ł-1");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (COSName name : document.getPage(0).getResources().getFontNames()) {
				fonts.add(document.getPage(0).getResources().getFont(name));
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSans");
			});
		}
	}

	@Test
	void theSameInvoiceRendersTheSamePageText() {
		CommercialInvoice invoice = invoiceOf(SHIPPER_A, "INV-A-1");

		assertThat(text(new CommercialInvoicePdf().render(invoice)))
			.isEqualTo(text(new CommercialInvoicePdf().render(invoice)));
	}

	@Test
	void anInvoiceWithoutLinesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> invoice("INV-0", SHIPPER_A, List.of()))
			.withMessage("Invoice INV-0 has no lines");
	}

	@Test
	void aLineInAnotherCurrencyIsRefused() {
		InvoiceLine dollars = new InvoiceLine("Cap", new HsCode("6505009000"), new CountryCode("CN"), BigDecimal.ONE,
				new BigDecimal("0.1"), new BigDecimal("0.2"),
				new Money(new BigDecimal("10.00"), Currency.getInstance("USD")), null);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> invoice("INV-2", SHIPPER_A,
					List.of(line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "35.25"), dollars)))
			.withMessage("Invoice INV-2 is in EUR but the line 'Cap' is in USD");
	}

	@Test
	void aNegativeOrZeroQuantityIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> line("Scarf", "6214100000", "IT", "-1", "0.1", "0.2", "35.25"))
			.withMessage("The quantity of 'Scarf' must be more than zero, not -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> line("Scarf", "6214100000", "IT", "0", "0.1", "0.2", "35.25"))
			.withMessage("The quantity of 'Scarf' must be more than zero, not 0");
	}

	@Test
	void aGrossWeightBelowTheNetWeightIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> line("Scarf", "6214100000", "IT", "1", "0.500", "0.499", "35.25"))
			.withMessage("The gross weight of 'Scarf' (0.499 kg) is less than its net weight (0.500 kg)");
	}

	@Test
	void aGrossWeightEqualToTheNetWeightIsAccepted() {
		assertThat(line("Scarf", "6214100000", "IT", "1", "0.5", "0.50", "35.25").grossKg())
			.isEqualByComparingTo("0.5");
	}

	@Test
	void aLineValueFinerThanACentIsRefusedRatherThanRounded() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> line("Label", "4821100000", "CN", "0.5", "0.01", "0.01", "0.01"))
			.withMessage("The value of 'Label' (0.005 EUR) is finer than the currency's minor unit");
	}

	@Test
	void aNegativeUnitValueIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "-35.25"))
			.withMessage("The unit value of 'Scarf' must not be negative, not -35.25");
	}

	@Test
	void anInvoiceDatedBeforeTheOriginalExportOfAnyOfItsLinesIsRefused() {
		// The first line has no export, the second left after the invoice's date.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommercialInvoice("INV-3", LocalDate.of(2026, 6, 1), SHIPPER_A, IMPORTER, EUR,
					Incoterm.DAP, "Rotterdam",
					List.of(line("Cap", "6505009000", "CN", "1", "0.1", "0.2", "10.00"),
							line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "35.25", COAT_EXPORT))))
			.withMessage("Invoice INV-3 is dated 2026-06-01, before the original export of 'Scarf' on 2026-06-15");
	}

	@Test
	void anInvoiceDatedOnTheDayOfAnOriginalExportIsAccepted() {
		CommercialInvoice invoice = new CommercialInvoice("INV-5", COAT_EXPORT.exportedOn(), SHIPPER_A, IMPORTER, EUR,
				Incoterm.DAP, "Rotterdam",
				List.of(line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "35.25", COAT_EXPORT)));

		assertThat(invoice.lines().getFirst().originalExport()).isEqualTo(COAT_EXPORT);
	}

	@Test
	void theIncotermNeedsItsNamedPlace() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommercialInvoice("INV-4", LocalDate.of(2026, 12, 1), SHIPPER_A, IMPORTER, EUR,
					Incoterm.DAP, " ",
					List.of(line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "35.25", COAT_EXPORT))))
			.withMessage("Invoice INV-4 needs the place named with DAP");
	}

	@Test
	void anOriginalExportNeedsItsReference() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ExportReference(" ", LocalDate.of(2026, 6, 15)))
			.withMessage("The original export needs its reference");
	}

	@Test
	void theIncotermsAreTheElevenRulesOf2020() {
		assertThat(Incoterm.values()).extracting(Incoterm::name)
			.containsExactly("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF");
		assertThat(Incoterm.values()).filteredOn(Incoterm::seaAndInlandWaterwayOnly)
			.containsExactly(Incoterm.FAS, Incoterm.FOB, Incoterm.CFR, Incoterm.CIF);
	}

	static CommercialInvoice invoiceOf(InvoiceParty shipper, String number) {
		return invoice(number, shipper,
				LOAD.stream().filter((l) -> l.shipper().equals(shipper)).map(LoadLine::line).toList());
	}

	static CommercialInvoice invoice(String number, InvoiceParty shipper, List<InvoiceLine> lines) {
		return new CommercialInvoice(number, LocalDate.of(2026, 12, 1), shipper, IMPORTER, EUR, Incoterm.DAP,
				"Rotterdam", lines);
	}

	static InvoiceLine line(String description, String hs, String origin, String quantity, String net, String gross,
			String unitValue) {
		return line(description, hs, origin, quantity, net, gross, unitValue, null);
	}

	static InvoiceLine line(String description, String hs, String origin, String quantity, String net, String gross,
			String unitValue, @Nullable ExportReference export) {
		return new InvoiceLine(description, new HsCode(hs), new CountryCode(origin), new BigDecimal(quantity),
				new BigDecimal(net), new BigDecimal(gross), new Money(new BigDecimal(unitValue), EUR), export);
	}

	static InvoiceParty party(String name, String street, String country) {
		return new InvoiceParty(name, List.of(street), new CountryCode(country));
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isPositive();
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
