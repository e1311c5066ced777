package io.homeward.platform.returns;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.qrcode.QRCodeReader;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.tenancy.RlsProbe;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Self-service returns over the real services: a customer of Acme Outdoor, with no token,
 * starts a return at {@code /graphql/public} through returnCreate's own checks and
 * policies, downloads its label (tracking code, RMA, shipper and destination hub as text,
 * a QR code of the public track) and gets nothing personal back; bad input stores
 * nothing; Globex, with self-service off, answers exactly like a handle nobody has; a
 * double click makes one return; the limits hold per client address; the shipper's
 * org-admin alone sets the setting, which row-level security keeps to its shipper.
 * <p>
 * Each test asks from addresses of its own, so the limits' buckets in Redis are its own.
 */
@IntegrationTest
class SelfServiceReturnsIntegrationTests {

	static final String FACE = """
			query($handle: String!) {
			  selfServiceShipper(handle: $handle) {
			    shipper { handle name privacyNoticeUrl privacyNoticeText reasons countries }
			    userErrors { field code message }
			  }
			}""";

	static final String START = """
			mutation($input: SelfServiceReturnStartInput!) {
			  selfServiceReturnStart(input: $input) {
			    started { trackingCode rmaNumber labelUrl trackUrl }
			    userErrors { field code message }
			  }
			}""";

	static final String UPDATE = """
			mutation($input: SelfServiceSettingUpdateInput!) {
			  selfServiceSettingUpdate(input: $input) {
			    setting { handle enabled program { code } privacyNoticeUrl privacyNoticeText reasons }
			    userErrors { field code message }
			  }
			}""";

	static final String SETTING = "{ selfServiceSetting { handle enabled program { code } reasons } }";

	/**
	 * What returnCreate costs for a one-item return without parcels: the binding, the
	 * key's claim, the program's admission, the RMA number's check, the return, its
	 * private row, its item, its contact and the key's completion.
	 */
	static final int CREATE_STATEMENTS = 9;

	static final String CUSTOMER_NAME = "Inés Castaño Ruiz";

	static final String STREET = "Calle de Toledo 77";

	static final String EMAIL = "ines.castano@example.com";

	@LocalServerPort
	int port;

	static String address() {
		return "2001:db8:5e1f:" + Integer.toHexString((int) (Math.random() * 0xffff)) + "::"
				+ Integer.toHexString((int) (Math.random() * 0xffff));
	}

	/** A valid start for Acme from Madrid: a tent. */
	static Map<String, Object> startInput(String key) {
		Map<String, Object> input = new HashMap<>();
		input.put("idempotencyKey", key);
		input.put("handle", "acme");
		input.put("reason", "DEFECTIVE");
		input.put("reasonNote", "The zip broke on the first night");
		input.put("consent", true);
		input.put("customer", Map.of("name", CUSTOMER_NAME, "email", EMAIL, "phone", "+34 611 222 333"));
		input.put("origin", Map.of("line1", STREET, "city", "Madrid", "postalCode", "28005", "countryCode", "ES"));
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(new HashMap<>(Map.of("sku", "ACME-TNT-2P", "description", "Two-person trekking tent", "hsCode",
				"6306.22", "originCountry", "CN", "quantity", 1, "unitValue", "249.00", "currency", "EUR", "weightKg",
				"2.4", "condition", "DEFECTIVE")));
		input.put("items", items);
		return input;
	}

	Api.Result start(String address, Map<String, Object> input) {
		return Api.publicEndpoint(port).forwardedFor(address).execute(START, Map.of("input", input));
	}

	static String key() {
		return "ss-" + UUID.randomUUID();
	}

	long acmeReturns() throws SQLException {
		try (Connection c = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			return RlsProbe.count(c, "return_order");
		}
	}

	@Test
	void aCustomerSeesTheShippersPublicFaceWithoutALogin() {
		var face = Api.publicEndpoint(port).forwardedFor(address()).execute(FACE, Map.of("handle", "ACME ")).data();
		assertThat(face.read("$.data.selfServiceShipper.userErrors", List.class)).isEmpty();
		assertThat(face.read("$.data.selfServiceShipper.shipper.name", String.class)).isEqualTo("Acme Outdoor");
		assertThat(face.read("$.data.selfServiceShipper.shipper.handle", String.class)).isEqualTo("acme");
		assertThat(face.read("$.data.selfServiceShipper.shipper.privacyNoticeUrl", String.class))
			.isEqualTo("https://acme-outdoor.example/privacy");
		assertThat(face.read("$.data.selfServiceShipper.shipper.countries", List.class)).containsExactly("ES");
		assertThat(face.read("$.data.selfServiceShipper.shipper.reasons", List.class)).startsWith("DEFECTIVE")
			.doesNotContain("EXCESS_STOCK");
	}

	@Test
	void aCustomerStartsAReturnAndItsLabelHoldsTheTrackingCodeAndAQrCodeOfItsTrack() throws Exception {
		long before = acmeReturns();
		Api.Result result = start(address(), startInput(key()));
		var started = result.data();
		assertThat(started.read("$.data.selfServiceReturnStart.userErrors", List.class)).isEmpty();
		String code = started.read("$.data.selfServiceReturnStart.started.trackingCode");
		String rma = started.read("$.data.selfServiceReturnStart.started.rmaNumber");
		assertThat(code).matches("HW[0-9A-Z]{16}");
		assertThat(rma).startsWith("WEB-");
		assertThat(started.read("$.data.selfServiceReturnStart.started.labelUrl", String.class))
			.isEqualTo("/labels/" + code + ".pdf");
		assertThat(started.read("$.data.selfServiceReturnStart.started.trackUrl", String.class))
			.isEqualTo("/track/" + code);
		// Nothing the customer typed comes back.
		assertThat(result.body()).doesNotContain(CUSTOMER_NAME, STREET, EMAIL, "Madrid", "zip");
		assertThat(acmeReturns()).isEqualTo(before + 1);

		// Created as returnCreate creates Acme's own: its customer, its program, by the
		// self-service user, shown to Acme.
		var own = Api.as(port, "acme").execute("""
				{ returns(first: 1) { edges { node { rmaNumber trackingCode status program { code }
				  customer { name email } origin { line1 } items { sku hsCode goodsClass } } } } }""").data();
		assertThat(own.read("$.data.returns.edges[0].node.rmaNumber", String.class)).isEqualTo(rma);
		assertThat(own.read("$.data.returns.edges[0].node.status", String.class)).isEqualTo("REQUESTED");
		assertThat(own.read("$.data.returns.edges[0].node.program.code", String.class)).isEqualTo("EU-CONSUMER");
		assertThat(own.read("$.data.returns.edges[0].node.customer.name", String.class)).isEqualTo(CUSTOMER_NAME);
		assertThat(own.read("$.data.returns.edges[0].node.items[0].hsCode", String.class)).isEqualTo("630622");
		try (Connection c = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			assertThat(RlsProbe.text(c, "select created_by from return_order where tracking_code = '" + code + "'"))
				.isEqualTo("self-service");
		}

		HttpResponse<byte[]> label = download("/labels/" + code + ".pdf", address());
		assertThat(label.statusCode()).isEqualTo(200);
		assertThat(label.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> type.startsWith("application/pdf"));
		assertThat(label.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> value.contains("attachment"));
		assertThat(label.headers().firstValue("Cache-Control")).hasValue("no-store");
		try (PDDocument pdf = Loader.loadPDF(label.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(code, "RMA " + rma, "Acme Outdoor", "Rotterdam Destination Hub",
					"Waalhaven Zuidzijde 21", "/track/" + code);
			// No customer on the label.
			assertThat(text).doesNotContain(CUSTOMER_NAME, STREET, EMAIL, "Madrid");
			assertThat(qrCodeOf(pdf)).isEqualTo("http://localhost:" + port + "/track/" + code);
		}
	}

	/**
	 * The QR code on the label's page, as a phone would read it: at one of a few
	 * resolutions, trying hard. A whole page at a single resolution sometimes misleads
	 * ZXing's detector with the text beside the code (a ChecksumException, now and then,
	 * for a code that reads at the next resolution).
	 */
	private static String qrCodeOf(PDDocument pdf) throws IOException {
		ReaderException last = null;
		for (int dpi : new int[] { 200, 300, 150, 400 }) {
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, dpi);
			try {
				return new QRCodeReader()
					.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
							Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
					.getText();
			}
			catch (ReaderException ex) {
				last = ex;
			}
		}
		throw new AssertionError("No QR code read from the label", last);
	}

	@Test
	void everyBadInputIsATypedErrorAndNothingIsStored() throws SQLException {
		long before = acmeReturns();
		Map<String, Object> input = startInput(key());
		input.put("consent", false);
		input.put("reason", "EXCESS_STOCK");
		input.put("customer", Map.of("name", " "));
		input.put("origin", Map.of("line1", "", "city", "Madrid", "countryCode", "XX"));
		input.put("items", List.of(Map.of("sku", "A", "description", "Tent", "hsCode", "7700.11", "originCountry", "ZZ",
				"quantity", 0, "unitValue", "10", "currency", "EURO", "weightKg", "0", "condition", "NEW")));
		var refused = start(address(), input).data();
		assertThat(refused.read("$.data.selfServiceReturnStart.started", Object.class)).isNull();
		List<Map<String, Object>> errors = refused.read("$.data.selfServiceReturnStart.userErrors");
		assertThat(errors)
			.extracting((error) -> String.join(".", (List<String>) error.get("field")) + " " + error.get("code"))
			.contains("input.consent REQUIRED", "input.reason INVALID", "input.customer.name REQUIRED",
					"input.origin.line1 REQUIRED", "input.origin.countryCode INVALID_COUNTRY",
					"input.items.0.hsCode INVALID_HS_CODE", "input.items.0.originCountry INVALID_COUNTRY",
					"input.items.0.quantity OUT_OF_RANGE", "input.items.0.currency INVALID_CURRENCY",
					"input.items.0.weightKg OUT_OF_RANGE");
		// An empty list, a key too short to be random, and a country no lane collects in.
		Map<String, Object> empty = startInput("short");
		empty.put("items", List.of());
		assertThat(codes(start(address(), empty))).contains("input.items REQUIRED", "input.idempotencyKey INVALID");
		Map<String, Object> france = startInput(key());
		france.put("origin", Map.of("line1", "1 rue de Rivoli", "city", "Paris", "countryCode", "FR"));
		assertThat(codes(start(address(), france))).containsExactly("input.origin.countryCode ORIGIN_NOT_SERVED");
		assertThat(acmeReturns()).isEqualTo(before);
	}

	static List<String> codes(Api.Result result) {
		List<Map<String, Object>> errors = result.data().read("$.data.selfServiceReturnStart.userErrors");
		return errors.stream()
			.map((error) -> String.join(".", (List<String>) error.get("field")) + " " + error.get("code"))
			.toList();
	}

	@Test
	void aShipperWithoutSelfServiceAnswersExactlyLikeAHandleNobodyHas() throws SQLException {
		long globexBefore;
		try (Connection c = RlsProbe.owner(Fixtures.GLOBEX, "SHIPPER")) {
			globexBefore = RlsProbe.count(c, "return_order");
		}
		String off = Api.publicEndpoint(port)
			.forwardedFor(address())
			.execute(FACE, Map.of("handle", "globex"))
			.data()
			.jsonString();
		for (String other : List.of("nobody-has-this", "x", "ACME/../globex")) {
			assertThat(Api.publicEndpoint(port).forwardedFor(address()).execute(FACE, Map.of("handle", other)).body())
				.isEqualTo(off);
		}
		assertThat(off).contains("NOT_FOUND").doesNotContain("Globex");
		Map<String, Object> toGlobex = startInput(key());
		toGlobex.put("handle", "globex");
		Map<String, Object> toNobody = startInput(key());
		toNobody.put("handle", "nobody-has-this");
		assertThat(start(address(), toGlobex).body()).isEqualTo(start(address(), toNobody).body())
			.contains("\"field\":[\"input\",\"handle\"],\"code\":\"NOT_FOUND\"");
		try (Connection c = RlsProbe.owner(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.count(c, "return_order")).isEqualTo(globexBefore);
		}
	}

	@Test
	void aDoubleClickMakesOneReturnAndTheKeyWithAnotherInputIsRefused() throws SQLException {
		String key = key();
		String address = address();
		long before = acmeReturns();
		String first = start(address, startInput(key)).data()
			.read("$.data.selfServiceReturnStart.started.trackingCode");
		String second = start(address, startInput(key)).data()
			.read("$.data.selfServiceReturnStart.started.trackingCode");
		assertThat(second).isEqualTo(first);
		assertThat(acmeReturns()).isEqualTo(before + 1);
		Map<String, Object> other = startInput(key);
		other.put("reasonNote", "Another note");
		assertThat(codes(start(address, other))).containsExactly("input.idempotencyKey IDEMPOTENCY_KEY_REUSED");
		assertThat(acmeReturns()).isEqualTo(before + 1);
	}

	@Test
	void startsAreLimitedPerClientAddress() {
		String address = address();
		Map<String, Object> refused = startInput(key());
		refused.put("consent", false);
		for (int i = 0; i < SelfServiceReturns.STARTS.capacity(); i++) {
			assertThat(codes(start(address, refused))).containsExactly("input.consent REQUIRED");
		}
		Api.Result limited = start(address, startInput(key()));
		assertThat(limited.status()).as(limited.body()).isEqualTo(429);
		assertThat(limited.read("$.errors[0].extensions.code", String.class)).isEqualTo("RATE_LIMITED");
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.body()).doesNotContain("trackingCode\":\"HW");
		// Another client is served.
		assertThat(codes(start(address(), refused))).containsExactly("input.consent REQUIRED");
	}

	@Test
	void labelsOfNoReturnAre404AndCountAsMissesLikeReturnTrack() throws Exception {
		String address = address();
		assertThat(download("/labels/not-a-code.pdf", address).statusCode()).isEqualTo(404);
		for (int i = 0; i < 10; i++) {
			assertThat(download("/labels/HW0000000000000" + String.format("%03d", i) + ".pdf", address).statusCode())
				.isEqualTo(404);
		}
		HttpResponse<byte[]> limited = download("/labels/HW0000000000000999.pdf", address);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void statementsOfAStartAndOfAPublicFace() {
		SqlStatements.reset();
		Api.publicEndpoint(port).forwardedFor(address()).execute(FACE, Map.of("handle", "acme")).data();
		List<String> face = SqlStatements.statements();
		SqlStatements.reset();
		start(address(), startInput(key())).data();
		List<String> started = SqlStatements.statements();
		// The lookup; then, bound to the shipper, its binding, the program's admission
		// and the shipper's name.
		assertThat(face).as(String.join("\n", face)).hasSize(4);
		assertThat(face.getFirst()).contains("returns_self_service_by_handle");
		// The lookup, then returnCreate's own statements for a one-item return.
		assertThat(started.getFirst()).contains("returns_self_service_by_handle");
		assertThat(started).as(String.join("\n", started)).hasSize(1 + CREATE_STATEMENTS);

		// The shipper's side: its setting with its program in the query's one transaction
		// (binding, setting, program), and an update (binding, membership, upsert), whose
		// payload then reads its program in a read of its own (binding, program), and its
		// audit entry (binding, append; the public start above has no organization and no
		// entry).
		Api acme = Api.as(port, "acme");
		acme.execute(SETTING).data();
		SqlStatements.reset();
		acme.execute(SETTING).data();
		List<String> read = SqlStatements.statements();
		assertThat(read).as(String.join("\n", read)).hasSize(3);
		SqlStatements.reset();
		acme.execute(UPDATE, Map.of("input", acmeSetting())).data();
		List<String> update = SqlStatements.statements();
		assertThat(update).as(String.join("\n", update)).hasSize(7);
		assertThat(update.getLast()).contains("audit_append");
	}

	@Test
	void onlyTheShippersOrgAdminSetsSelfServiceAndTheSettingIsItsOwn() {
		Api acme = Api.as(port, "acme");
		try {
			Map<String, Object> demo = acmeSetting();
			var once = acme.execute(UPDATE, Map.of("input", demo)).data();
			var twice = acme.execute(UPDATE, Map.of("input", demo)).data();
			assertThat(once.read("$.data.selfServiceSettingUpdate.userErrors", List.class)).isEmpty();
			assertThat(twice.read("$.data.selfServiceSettingUpdate.setting", Map.class))
				.isEqualTo(once.read("$.data.selfServiceSettingUpdate.setting", Map.class));
			assertThat(twice.read("$.data.selfServiceSettingUpdate.setting.program.code", String.class))
				.isEqualTo("EU-CONSUMER");

			assertThat(updateErrors(acme, with(demo, "handle", "Acme Outdoor")))
				.containsExactly("input.handle INVALID");
			assertThat(updateErrors(acme, with(demo, "handle", "globex"))).containsExactly("input.handle TAKEN");
			assertThat(updateErrors(acme, with(demo, "programId", null))).containsExactly("input.programId REQUIRED");
			assertThat(updateErrors(acme, with(demo, "programId", "UHJvZ3JhbTpub3BlCg")))
				.containsExactly("input.programId NOT_FOUND");
			assertThat(updateErrors(acme, with(demo, "privacyNoticeUrl", "javascript:alert(1)")))
				.containsExactly("input.privacyNoticeUrl INVALID");
			assertThat(updateErrors(acme, with(demo, "privacyNoticeUrl", null)))
				.containsExactly("input.privacyNoticeUrl REQUIRED");
			assertThat(updateErrors(acme, with(demo, "privacyNoticeText", "x".repeat(2001))))
				.containsExactly("input.privacyNoticeText TOO_LONG");
			assertThat(updateErrors(acme, with(demo, "reasons", List.of())))
				.containsExactly("input.reasons OUT_OF_RANGE");
			assertThat(updateErrors(acme, with(demo, "reasons", List.of("DEFECTIVE", "DEFECTIVE"))))
				.containsExactly("input.reasons INVALID");
			assertThat(updateErrors(Api.as(port, "acme-clerk"), demo)).containsExactly("input NOT_PERMITTED");
			assertThat(updateErrors(Api.as(port, "operator"), demo)).containsExactly("input NOT_PERMITTED");
			// Nothing of the refused updates was stored.
			assertThat(acme.execute(SETTING).data().read("$.data.selfServiceSetting.handle", String.class))
				.isEqualTo("acme");

			// Each shipper reads its own setting only.
			assertThat(Api.as(port, "globex").execute(SETTING).data().read("$.data.selfServiceSetting", Map.class))
				.containsEntry("handle", "globex")
				.containsEntry("enabled", false);
			assertThat(Api.as(port, "operator").execute(SETTING).data().read("$.data.selfServiceSetting", Object.class))
				.isNull();
		}
		finally {
			acme.execute(UPDATE, Map.of("input", acmeSetting())).data();
		}
	}

	/** The demo's setting of Acme (demo-data.sql). */
	static Map<String, Object> acmeSetting() {
		Map<String, Object> setting = new HashMap<>();
		setting.put("enabled", true);
		setting.put("handle", "acme");
		setting.put("programId", Fixtures.programId(Fixtures.EU_CONSUMER));
		setting.put("privacyNoticeUrl", "https://acme-outdoor.example/privacy");
		setting.put("privacyNoticeText",
				"Acme Outdoor uses your name, contact and address only to collect and process this return, and keeps them for as long as consumer law requires.");
		setting.put("reasons",
				List.of("DEFECTIVE", "DAMAGED_IN_TRANSIT", "WRONG_ITEM", "NOT_AS_DESCRIBED", "NO_LONGER_NEEDED"));
		return setting;
	}

	static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(input);
		changed.put(field, value);
		return changed;
	}

	static List<String> updateErrors(Api api, Map<String, Object> input) {
		List<Map<String, Object>> errors = api.execute(UPDATE, Map.of("input", input))
			.data()
			.read("$.data.selfServiceSettingUpdate.userErrors");
		return errors.stream()
			.map((error) -> String.join(".", (List<String>) error.get("field")) + " " + error.get("code"))
			.toList();
	}

	@Test
	void rowLevelSecurityKeepsASettingToItsShipperAndTheLookupFindsOnlyEnabledOnes() throws SQLException {
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			RlsProbe.assertSubjectToRowLevelSecurity(c);
			assertThat(RlsProbe.rows(c, "select handle from return_self_service")).containsExactly("globex");
			// A forged shipper fails the policy's check.
			assertThatThrownBy(() -> RlsProbe.update(c,
					"insert into return_self_service (shipper_id, handle, enabled, reasons, updated_by, updated_at)"
							+ " values ('" + Fixtures.ACME + "', 'forged', false, '{}', 'x', now())"))
				.hasMessageContaining("row-level security");
		}
		// The negative control: without the policy globex's binding reads acme's row.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("return_self_service"), Fixtures.GLOBEX, "SHIPPER",
				"return_self_service"))
			.isEqualTo(2);
		try (Connection c = RlsProbe.applicationRole()) {
			assertThat(RlsProbe.count(c, "return_self_service")).isZero();
			assertThat(RlsProbe.rows(c, "select shipper_id from returns_self_service_by_handle('acme')"))
				.containsExactly(Fixtures.ACME.toString());
			assertThat(RlsProbe.rows(c, "select shipper_id from returns_self_service_by_handle('globex')")).isEmpty();
		}
		// The owner, outside the function, reads the enabled rows only: what any customer
		// learns from the pages anyway.
		try (Connection c = RlsProbe.ownerRole()) {
			assertThat(RlsProbe.rows(c, "select handle from return_self_service")).containsExactly("acme");
		}
	}

	HttpResponse<byte[]> download(String path, String address) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("X-Forwarded-For", address)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
