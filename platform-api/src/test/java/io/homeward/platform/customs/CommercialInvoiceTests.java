package io.homeward.platform.customs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The commercial invoice per shipper: totals computed exactly from the lines, the
 * validation on construction, and the PDF read back as text with PDFBox, one invoice per
 * shipper from one load's lines, each holding its own lines and none of the other's.
 */
class CommercialInvoiceTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final InvoiceParty SHIPPER_A = party("Atelier Alpha SARL", "12 rue des Tanneurs", "FR");

	static final InvoiceParty SHIPPER_B = party("Bravo Outdoor GmbH", "Hafenstrasse 7", "DE");

	static final InvoiceParty IMPORTER = party("Homeward Returns Hub BV", "Transportweg 3", "NL");

	/** One load's lines, each with the shipper whose goods it describes. */
	record LoadLine(InvoiceParty shipper, InvoiceLine line) {

	}

	static final List<LoadLine> LOAD = List.of(
			new LoadLine(SHIPPER_A,
					line("Wool coat, returned unworn", "6202400010", "PT", "3", "4.500", "5.100", "120.00")),
			new LoadLine(SHIPPER_B, line("Trekking boots", "6403910000", "VN", "2", "2.400", "3.000", "89.90")),
			new LoadLine(SHIPPER_A, line("Silk scarf", "6214100000", "IT", "4", "0.400", "0.650", "35.25")),
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

		assertThat(a).contains("Commercial invoice INV-A-1", "Atelier Alpha SARL", "12 rue des Tanneurs",
				"Homeward Returns Hub BV", "Wool coat, returned unworn", "6202400010", "Silk scarf", "6214100000",
				"360.00", "141.00", "501.00 EUR", "4.900", "5.750", "Reason for export: Return of goods",
				"Incoterm: DAP Rotterdam", "Original export: 26FR0000123456789A of 2026-06-15");
		assertThat(a).doesNotContain("Bravo Outdoor GmbH", "Trekking boots", "6403910000", "Rain jacket", "6201400000",
				"89.90", "149.00", "INV-B-1");

		assertThat(b).contains("Commercial invoice INV-B-1", "Bravo Outdoor GmbH", "Trekking boots", "Rain jacket",
				"328.80 EUR", "Reason for export: Return of goods");
		assertThat(b).doesNotContain("Atelier Alpha SARL", "Wool coat", "Silk scarf", "6202400010", "501.00");
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
				new Money(new BigDecimal("10.00"), Currency.getInstance("USD")));

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
	void anInvoiceDatedBeforeTheOriginalExportIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommercialInvoice("INV-3", LocalDate.of(2026, 6, 1), SHIPPER_A, IMPORTER, EUR,
					Incoterm.DAP, "Rotterdam", new ExportReference("26FR0000123456789A", LocalDate.of(2026, 6, 15)),
					List.of(line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "35.25"))))
			.withMessage("Invoice INV-3 is dated 2026-06-01, before the original export of 2026-06-15");
	}

	@Test
	void theIncotermNeedsItsNamedPlace() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommercialInvoice("INV-4", LocalDate.of(2026, 12, 1), SHIPPER_A, IMPORTER, EUR,
					Incoterm.DAP, " ", new ExportReference("26FR0000123456789A", LocalDate.of(2026, 6, 15)),
					List.of(line("Scarf", "6214100000", "IT", "1", "0.1", "0.2", "35.25"))))
			.withMessage("Invoice INV-4 needs the place named with DAP");
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
				"Rotterdam", new ExportReference("26FR0000123456789A", LocalDate.of(2026, 6, 15)), lines);
	}

	static InvoiceLine line(String description, String hs, String origin, String quantity, String net, String gross,
			String unitValue) {
		return new InvoiceLine(description, new HsCode(hs), new CountryCode(origin), new BigDecimal(quantity),
				new BigDecimal(net), new BigDecimal(gross), new Money(new BigDecimal(unitValue), EUR));
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
