package io.homeward.platform.customs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commercial invoices of a scratch load over HTTP with real tokens: what each
 * organization reads of them through the query and the PDF (a shipper its own, the
 * operator both, the carrier and anyone else nothing, a foreign load like a missing one),
 * the negative control with row-level security off, the statements per query, and a load
 * in PLANNING having none.
 */
@IntegrationTest
class CommercialInvoiceIntegrationTests {

	static final String EMPTY = "{\"data\":{\"commercialInvoice\":[]}}";

	/** A load of the demo in which Globex has nothing: Globex cannot see it. */
	static final UUID RECEIVED_LOAD = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	@LocalServerPort
	int port;

	static String document() {
		try {
			return new ClassPathResource("graphql-test/customs/commercial-invoices.graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	DocumentContext invoices(String user, UUID loadId) {
		return invoices(user, GlobalId.encode("Load", loadId));
	}

	DocumentContext invoices(String user, String loadId) {
		return Api.as(port, user).execute(document(), Map.of("loadId", loadId)).data();
	}

	static String acmeExport(ScratchLoad load) {
		// ScratchLoads records Acme's export under the first four letters of the load's
		// tag.
		String tag = load.reference().substring("GRU-RTM-SCRATCH-".length());
		return "26NL0000000000" + tag.substring(0, 4);
	}

	static String acmeNumber(ScratchLoad load) {
		return load.reference() + "-" + ShipperCode.of(Fixtures.ACME) + "-EUR";
	}

	static String globexNumber(ScratchLoad load) {
		return load.reference() + "-" + ShipperCode.of(Fixtures.GLOBEX) + "-USD";
	}

	@Test
	void theOperatorReadsOneInvoicePerShipperAndCurrencyBuiltFromTheStoredLoad() throws Exception {
		ScratchLoad load = ScratchLoads.closed();

		DocumentContext operator = invoices("operator", load.loadId());
		List<String> numbers = operator.read("$.data.commercialInvoice[*].number");
		assertThat(numbers).containsExactlyInAnyOrder(acmeNumber(load), globexNumber(load));

		String acme = "$.data.commercialInvoice[?(@.number == '" + acmeNumber(load) + "')]";
		assertThat(operator.read(acme + ".shipper.name", List.class)).containsExactly("Acme Outdoor");
		assertThat(operator.read(acme + ".issuedOn", List.class)).containsExactly("2026-11-10");
		assertThat(operator.read(acme + ".currency", List.class)).containsExactly("EUR");
		assertThat(operator.read(acme + ".incoterm", List.class)).containsExactly("DAP");
		assertThat(operator.read(acme + ".incotermPlace", List.class)).containsExactly("Rotterdam");
		assertThat(operator.read(acme + ".reasonForExport", List.class)).containsExactly("Return of goods");
		assertThat(operator.read(acme + ".exporter.name", List.class)).containsExactly("Acme Outdoor");
		assertThat(operator.read(acme + ".exporter.addressLines[0]", List.class))
			.containsExactly("c/o São Paulo Collection Hub");
		assertThat(operator.read(acme + ".exporter.country", List.class)).containsExactly("BR");
		assertThat(operator.read(acme + ".importerOfRecord.addressLines[0]", List.class))
			.containsExactly("c/o Rotterdam Destination Hub");
		assertThat(operator.read(acme + ".importerOfRecord.country", List.class)).containsExactly("NL");
		assertThat(operator.read(acme + ".totalValue.amount", List.class)).containsExactly("907.90");
		assertThat(operator.read(acme + ".totalNetKg", List.class)).containsExactly("14.800");
		// The parcel's 16 kg over 13.000 and 1.800 kg net: 14.0540… and 1.9459… kg, the
		// gram still missing to the drill, whose share lost most in rounding down.
		assertThat(operator.read(acme + ".totalGrossKg", List.class)).containsExactly("16.000");
		assertThat(operator.read(acme + ".lines[*].description", List.class)).containsExactly("Espresso machine",
				"Cordless drill");
		assertThat(operator.read(acme + ".lines[*].hsCode", List.class)).containsExactly("85167100", "846721");
		assertThat(operator.read(acme + ".lines[*].originCountry", List.class)).containsExactly("DE", "CN");
		assertThat(operator.read(acme + ".lines[*].quantity", List.class)).containsExactly("2", "1");
		assertThat(operator.read(acme + ".lines[*].netKg", List.class)).containsExactly("13.000", "1.800");
		assertThat(operator.read(acme + ".lines[*].grossKg", List.class)).containsExactly("14.054", "1.946");
		assertThat(operator.read(acme + ".lines[*].unitValue.amount", List.class)).containsExactly("389.00", "129.90");
		assertThat(operator.read(acme + ".lines[*].lineValue.amount", List.class)).containsExactly("778.00", "129.90");
		assertThat(operator.read(acme + ".lines[*].originalExport.reference", List.class))
			.containsExactly(acmeExport(load), acmeExport(load));
		assertThat(operator.read(acme + ".lines[*].originalExport.exportedOn", List.class))
			.containsExactly(ScratchLoads.ACME_EXPORTED_ON.toString(), ScratchLoads.ACME_EXPORTED_ON.toString());
		assertThat(operator.read(acme + ".pdfUrl", List.class)).containsExactly(
				"/customs/loads/" + load.loadId() + "/invoices/" + ShipperCode.of(Fixtures.ACME) + "-EUR.pdf");

		String globex = "$.data.commercialInvoice[?(@.number == '" + globexNumber(load) + "')]";
		assertThat(operator.read(globex + ".shipper.name", List.class)).containsExactly("Globex Electronics");
		assertThat(operator.read(globex + ".currency", List.class)).containsExactly("USD");
		assertThat(operator.read(globex + ".totalValue.amount", List.class)).containsExactly("687.00");
		assertThat(operator.read(globex + ".lines[*].grossKg", List.class)).containsExactly("7.655", "10.166", "0.179");
		assertThat(operator.read(globex + ".totalGrossKg", List.class)).containsExactly("18.000");
		assertThat(operator.read(globex + ".lines[*].originalExport", List.class)).containsExactly(null, null, null);
	}

	@Test
	void eachShipperReadsOnlyItsOwnInvoiceTheCarrierNoneAndAForeignLoadAnswersLikeAMissingOne() throws Exception {
		ScratchLoad load = ScratchLoads.closed();

		String acme = invoices("acme", load.loadId()).jsonString();
		assertThat(acme).contains(acmeNumber(load), "907.90", "Espresso machine", acmeExport(load))
			.doesNotContain(globexNumber(load), "Globex", "687.00", "USD", "Smartwatch", "End-of-life");
		assertThat(invoices("acme", load.loadId()).read("$.data.commercialInvoice", List.class)).hasSize(1);
		String globex = invoices("globex", load.loadId()).jsonString();
		assertThat(globex).contains(globexNumber(load), "687.00", "Smartwatch")
			.doesNotContain(acmeNumber(load), "Acme", "907.90", "EUR", "Espresso", acmeExport(load));
		assertThat(invoices("globex", load.loadId()).read("$.data.commercialInvoice", List.class)).hasSize(1);

		// The carrier sees the load (it moves it) and none of its declared values.
		assertThat(invoices("carrier", load.loadId()).jsonString()).isEqualTo(EMPTY);
		// A load Globex has nothing in, a load that does not exist and an id of another
		// type answer alike.
		assertThat(invoices("globex", RECEIVED_LOAD).jsonString()).isEqualTo(EMPTY);
		assertThat(invoices("globex", UUID.randomUUID()).jsonString()).isEqualTo(EMPTY);
		assertThat(invoices("operator", UUID.randomUUID()).jsonString()).isEqualTo(EMPTY);
		assertThat(invoices("operator", GlobalId.encode("Hub", load.loadId())).jsonString()).isEqualTo(EMPTY);
		// Acme does read the received load's invoice: the empty answers above are not
		// an empty load.
		assertThat(invoices("acme", RECEIVED_LOAD).read("$.data.commercialInvoice", List.class)).isNotEmpty();
	}

	@Test
	void withoutRowLevelSecurityTheSameReadWouldHandEachShipperTheOthersItemsAndTheCarrierAll() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		String items = LoadContents.ITEMS_IN_LOAD.replace(":load", "'" + load.loadId() + "'");
		List<String> tables = List.of("unit_parcel", "return_item", "return_order", "organization");

		try (Connection acme = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			assertThat(RlsProbe.rows(acme, items)).hasSize(2).allMatch((row) -> row.contains(Fixtures.ACME.toString()));
		}
		try (Connection carrier = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			assertThat(RlsProbe.rows(carrier, items)).isEmpty();
		}
		List<String> acmeWithoutRls = RlsProbe.withRowLevelSecurityOff(tables, Fixtures.ACME, "SHIPPER",
				(c) -> RlsProbe.rows(c, items));
		assertThat(acmeWithoutRls).hasSize(5).anyMatch((row) -> row.contains(Fixtures.GLOBEX.toString()));
		List<String> carrierWithoutRls = RlsProbe.withRowLevelSecurityOff(tables, Fixtures.CARRIER, "CARRIER",
				(c) -> RlsProbe.rows(c, items));
		assertThat(carrierWithoutRls).hasSize(5);
	}

	@Test
	void theQueryTakesTheSameStatementsForTwoShippersWithFiveLinesAsForOneWithTwo() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		invoices("operator", load.loadId());
		invoices("acme", load.loadId());

		SqlStatements.reset();
		assertThat(invoices("operator", load.loadId()).read("$.data.commercialInvoice[*].lines[*]", List.class))
			.hasSize(5);
		int operator = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		SqlStatements.reset();
		assertThat(invoices("acme", load.loadId()).read("$.data.commercialInvoice[*].lines[*]", List.class)).hasSize(2);
		int acme = SqlStatements.count();

		assertThat(operator).as("%s", log).isEqualTo(acme);
		// The tenant binding, the load, its items, its hubs and the shippers' names.
		assertThat(operator).as("%s", log).isLessThanOrEqualTo(5);
		assertThat(log.stream().filter((sql) -> sql.contains("from unit_parcel"))).as("%s", log).hasSize(1);
	}

	@Test
	void aShipperWhoseItemsAreInTwoCurrenciesGetsTwoInvoicesTheParcelsWeightSharedOverBoth() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		try (Connection acme = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			RlsProbe.update(acme, """
					insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku,
					                         description, hs_code, origin_country, quantity, unit_value, currency,
					                         weight_kg, item_condition, un_number, goods_class, waste_code,
					                         waste_hazardous)
					values ('%s', '%s', '%s', '%s', '%s', 3, 'ACC-CASE', 'Carrying case', '420292', 'VN', 1, 25.00,
					        'USD', 0.400, 'NEW', null, 'PRODUCT', null, false)""".formatted(Fixtures.ACME,
					UUID.randomUUID(), Fixtures.OPERATOR, load.acmeReturn(), load.acmeParcel()));
			acme.commit();
		}
		String usd = load.reference() + "-" + ShipperCode.of(Fixtures.ACME) + "-USD";

		DocumentContext acme = invoices("acme", load.loadId());
		assertThat(acme.read("$.data.commercialInvoice[*].number", List.class)).containsExactly(acmeNumber(load), usd);
		assertThat(acme.read("$.data.commercialInvoice[*].totalValue.amount", List.class)).containsExactly("907.90",
				"25.00");
		assertThat(acme.read("$.data.commercialInvoice[*].currency", List.class)).containsExactly("EUR", "USD");
		// 16 kg over 13.000, 1.800 and 0.400 kg net, whatever the invoice: 13.684,
		// 1.895 (the missing gram) and 0.421, adding up to the parcel.
		assertThat(acme.read("$.data.commercialInvoice[*].lines[*].grossKg", List.class)).containsExactly("13.684",
				"1.895", "0.421");
		assertThat(acme.read("$.data.commercialInvoice[1].lines[0].originalExport.reference", String.class))
			.isEqualTo(acmeExport(load));
		assertThat(invoices("operator", load.loadId()).read("$.data.commercialInvoice[*].number", List.class))
			.containsExactlyInAnyOrder(acmeNumber(load), usd, globexNumber(load));
		assertThat(text(get("acme", pdfPath(load, Fixtures.ACME, "USD")).body())).contains("Carrying case", "25.00 USD")
			.doesNotContain("Espresso machine", "EUR");
	}

	@Test
	void aLoadStillInPlanningHasNoInvoices() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		assertThat(invoices("operator", load.loadId()).read("$.data.commercialInvoice", List.class)).hasSize(2);

		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.update(operator,
					"update load set status = 'PLANNING', seal_number = null where id = '" + load.loadId() + "'"))
				.isEqualTo(1);
			operator.commit();
		}

		try {
			assertThat(invoices("operator", load.loadId()).jsonString()).isEqualTo(EMPTY);
			assertThat(invoices("acme", load.loadId()).jsonString()).isEqualTo(EMPTY);
			assertThat(get("operator", pdfPath(load, Fixtures.ACME, "EUR")).statusCode()).isEqualTo(404);
		}
		finally {
			// Closed again, so no other test finds a PLANNING load with sealed units.
			try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
				RlsProbe.update(operator, "update load set status = 'CLOSED', seal_number = 'SEAL-AGAIN' where id = '"
						+ load.loadId() + "'");
				operator.commit();
			}
		}
	}

	@Test
	void theInvoicePdfsHoldEachShippersOwnGoodsAndAreServedToWhoMayReadThem() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		String acmePdf = pdfPath(load, Fixtures.ACME, "EUR");
		String globexPdf = pdfPath(load, Fixtures.GLOBEX, "USD");

		HttpResponse<byte[]> acmeByOperator = get("operator", acmePdf);
		assertThat(acmeByOperator.statusCode()).isEqualTo(200);
		assertThat(acmeByOperator.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(acmeByOperator.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"commercial-invoice-" + acmeNumber(load) + ".pdf\"");
		assertThat(acmeByOperator.headers().firstValue("Cache-Control")).hasValue("no-store");
		String acme = text(acmeByOperator.body());
		assertThat(acme).contains("Commercial invoice", "Number: " + acmeNumber(load), "Acme Outdoor",
				"c/o São Paulo Collection Hub", "c/o Rotterdam Destination Hub", "Espresso machine", "85167100",
				"Cordless drill", "846721", "778.00", "129.90", "907.90 EUR", "Incoterm: DAP Rotterdam",
				"Original export: " + acmeExport(load) + " of " + ScratchLoads.ACME_EXPORTED_ON, "Date: 2026-11-10");
		assertThat(acme).doesNotContain("Globex", "GLX", "End-of-life", "Smartwatch", "854999", "851762", "687.00",
				"USD");

		HttpResponse<byte[]> globexByOperator = get("operator", globexPdf);
		assertThat(globexByOperator.statusCode()).isEqualTo(200);
		String globex = text(globexByOperator.body());
		assertThat(globex).contains("Commercial invoice", "Number: " + globexNumber(load), "Globex Electronics",
				"End-of-life handsets, batteries removed", "854999", "Smartwatch", "851762", "687.00 USD");
		assertThat(globex).doesNotContain("Acme", "ESP-", "Espresso", "Cordless drill", "85167100", "907.90", "EUR",
				"Original export", acmeExport(load));

		// Each shipper its own, byte for byte what the operator reads as text.
		assertThat(text(get("acme", acmePdf).body())).isEqualTo(acme);
		assertThat(text(get("globex", globexPdf).body())).isEqualTo(globex);
		// The other's, the carrier, nothing: a 404 like a key or load that names nothing.
		assertThat(get("acme", globexPdf).statusCode()).isEqualTo(404);
		assertThat(get("globex", acmePdf).statusCode()).isEqualTo(404);
		assertThat(get("carrier", acmePdf).statusCode()).isEqualTo(404);
		assertThat(get("carrier", globexPdf).statusCode()).isEqualTo(404);
		assertThat(get("operator", pdfPath(load, Fixtures.ACME, "USD")).statusCode()).isEqualTo(404);
		assertThat(get("operator",
				"/customs/loads/" + UUID.randomUUID() + "/invoices/" + ShipperCode.of(Fixtures.ACME) + "-EUR.pdf")
			.statusCode()).isEqualTo(404);
		assertThat(get("operator", "/customs/loads/not-a-load/invoices/X-EUR.pdf").statusCode()).isEqualTo(404);
		// The refusals are one answer: same status, type and (empty) body.
		HttpResponse<byte[]> carrier = get("carrier", acmePdf);
		HttpResponse<byte[]> missing = get("carrier", pdfPath(load, Fixtures.ACME, "USD"));
		assertThat(carrier.body()).isEqualTo(missing.body()).isEqualTo(get("globex", acmePdf).body());
		assertThat(carrier.headers().firstValue("Content-Type"))
			.isEqualTo(missing.headers().firstValue("Content-Type"));
		// No token: refused before anything is read, like the rest of the API.
		assertThat(get(null, acmePdf).statusCode()).isEqualTo(401);
	}

	static String pdfPath(ScratchLoad load, UUID shipper, String currency) {
		return "/customs/loads/" + load.loadId() + "/invoices/" + ShipperCode.of(shipper) + "-" + currency + ".pdf";
	}

	HttpResponse<byte[]> get(@Nullable String user, String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Bearer " + Api.token(user));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The page's text with every run of white space as one space: a description that
	 * wraps in its cell reads as written.
	 */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
