package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.pricing.Piece;
import io.homeward.platform.pricing.Quotes;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emissions measured when a load is received, on the demo's loads (by the great circle,
 * measured at start) and on a scratch load the carrier gives a distance for; each
 * reader's view of a load's leg; the report reconciled with the rows it sums, to the gram
 * and the cent, for each shipper of a shared load apart; waste streams; and the
 * cross-tenant matrix of every query and mutation, down to the tables.
 */
@IntegrationTest
class SustainabilityIntegrationTests {

	static final UUID W42 = UUID.fromString("f0000000-0000-4000-8000-000000000004");

	static final UUID W47 = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	static final String EMISSIONS = """
			query($id: ID!) { node(id: $id) { ... on Load { emissions {
			  mode distanceKm distanceSource greatCircleKm adjustment adjustmentSource
			  factor { key version validFrom wellToWheelGramsPerTonneKm source }
			  leg { tonneKm wellToWheelKg tankToWheelKg standAloneKg avoidedKg }
			  parcels { parcelId massKg chargeableKg figures { wellToWheelKg tankToWheelKg standAloneKg } } } } } }""";

	static final String DISTANCE = """
			mutation($input: LoadDistanceReportInput!) { loadDistanceReport(input: $input) {
			  load { id } userErrors { field code message } } }""";

	static final String REPORT = """
			query($input: SustainabilityReportInput!) { sustainabilityReport(input: $input) {
			  report { items quantity weightKg recoveredKg landfilledKg recoveryRate
			    dispositions { disposition items quantity weightKg }
			    costSaved { amount currency } resaleRevenue { amount currency } materialValue { amount currency }
			    emissions { legs parcels unmeasuredLoads figures { tonneKm wellToWheelKg tankToWheelKg standAloneKg avoidedKg } }
			    carriers { carrier { name } loads onTime onTimeRate parcels damaged damageRate }
			    processors { partnerName certificates averageTurnaroundDays maxTurnaroundDays }
			    cycleTime { items averageDays medianDays maxDays }
			    resourceOutflows { totalWasteKg
			      hazardous { divertedKg recyclingKg directedKg interimKg }
			      nonHazardous { divertedKg preparationForReuseKg recyclingKg directedKg landfillKg } }
			    wasteStreams { stream { code } items weightKg recoveredKg disposalCostAvoided { amount currency } }
			    csvUrl jsonUrl }
			  userErrors { field code message } } }""";

	static final String GRADE = """
			mutation($input: ItemGradeInput!) { itemGrade(input: $input) {
			  grading { proposal { disposition } } userErrors { field code message } } }""";

	static final String DISPOSE = """
			mutation($input: ItemDisposeInput!) { itemDispose(input: $input) { userErrors { field code message } } }""";

	static final String STREAMS_UPDATE = """
			mutation($input: WasteStreamsUpdateInput!) { wasteStreamsUpdate(input: $input) {
			  streams { code } userErrors { field code message } } }""";

	@LocalServerPort
	int port;

	@Test
	void theDemosReceivedLoadsWereMeasuredByTheGreatCircleAndEachReaderSeesItsShare() {
		DocumentContext operator = Api.as(port, "operator").execute(EMISSIONS, Map.of("id", load(W42))).data();
		Map<String, Object> leg = operator.read("$.data.node.emissions");
		assertThat(leg).containsEntry("mode", "SEA")
			.containsEntry("distanceSource", "GREAT_CIRCLE")
			.containsEntry("greatCircleKm", "9743.9")
			.containsEntry("distanceKm", "11205.5")
			.containsEntry("adjustment", "GCD × 1.15");
		assertThat(operator.read("$.data.node.emissions.factor.key", String.class)).isEqualTo("SEA-CONTAINER-AVG");
		assertThat(operator.read("$.data.node.emissions.adjustmentSource", String.class)).contains("ISO 14083");
		List<String> shares = operator.read("$.data.node.emissions.parcels[*].figures.wellToWheelKg");
		assertThat(shares).hasSize(2);
		assertThat(sum(shares))
			.isEqualByComparingTo(operator.read("$.data.node.emissions.leg.wellToWheelKg", String.class));
		assertThat(sum(operator.read("$.data.node.emissions.parcels[*].figures.tankToWheelKg")))
			.isEqualByComparingTo(operator.read("$.data.node.emissions.leg.tankToWheelKg", String.class));

		// Acme and Globex share W42: each reads the leg's measure and its own parcel's
		// share, never the other's, nor the leg's totals.
		for (String shipper : List.of("acme", "globex")) {
			DocumentContext own = Api.as(port, shipper).execute(EMISSIONS, Map.of("id", load(W42))).data();
			assertThat(own.read("$.data.node.emissions.leg", Object.class)).as(shipper).isNull();
			assertThat(own.read("$.data.node.emissions.distanceKm", String.class)).isEqualTo("11205.5");
			List<String> parcels = own.read("$.data.node.emissions.parcels[*].parcelId");
			String prefix = shipper.equals("acme") ? "22222222" : "33333333";
			assertThat(parcels).as(shipper)
				.singleElement()
				.satisfies((id) -> assertThat(GlobalId.decode(id).orElseThrow().uuid().toString()).startsWith(prefix));
		}
		DocumentContext carrier = Api.as(port, "carrier").execute(EMISSIONS, Map.of("id", load(W42))).data();
		assertThat(carrier.read("$.data.node.emissions.leg.wellToWheelKg", String.class))
			.isEqualTo(operator.read("$.data.node.emissions.leg.wellToWheelKg", String.class));
		assertThat(carrier.read("$.data.node.emissions.parcels", List.class)).isEmpty();

		// W47 by road, Madrid–Rotterdam: the great circle plus 5 %, the HGV factor.
		DocumentContext road = Api.as(port, "operator").execute(EMISSIONS, Map.of("id", load(W47))).data();
		assertThat(road.read("$.data.node.emissions.distanceKm", String.class)).isEqualTo("1498.2");
		assertThat(road.read("$.data.node.emissions.factor.key", String.class)).isEqualTo("ROAD-HGV-AVG");
	}

	@Test
	void theCarriersDistanceMeasuresTheLegAndAShippersReportCountsOnlyItsOwnParcelsAndItems() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		move(scratch.loadId(), "IN_TRANSIT");
		String loadId = load(scratch.loadId());
		// Only the load's carrier gives its distance, within range.
		assertThat(codes(Api.as(port, "acme").execute(DISTANCE, distance(loadId, "11850.0")), "loadDistanceReport"))
			.containsExactly("input.loadId NOT_PERMITTED");
		assertThat(codes(Api.as(port, "operator").execute(DISTANCE, distance(loadId, "11850.0")), "loadDistanceReport"))
			.containsExactly("input.loadId NOT_PERMITTED");
		assertThat(codes(Api.as(port, "carrier").execute(DISTANCE, distance(load(UUID.randomUUID()), "11850.0")),
				"loadDistanceReport"))
			.containsExactly("input.loadId NOT_FOUND");
		assertThat(codes(Api.as(port, "carrier").execute(DISTANCE, distance(loadId, "0")), "loadDistanceReport"))
			.containsExactly("input.distanceKm OUT_OF_RANGE");
		assertThat(codes(Api.as(port, "carrier").execute(DISTANCE, distance(loadId, "11850.05")), "loadDistanceReport"))
			.containsExactly("input.distanceKm INVALID");
		assertThat(count(Fixtures.OPERATOR, "OPERATOR",
				"select count(*) from load_distance where load_id = '" + scratch.loadId() + "'"))
			.isZero();
		assertThat(codes(Api.as(port, "carrier").execute(DISTANCE, distance(loadId, "11850.0")), "loadDistanceReport"))
			.isEmpty();

		move(scratch.loadId(), "ARRIVED");
		int version = version(scratch.loadId());
		Api.Result received = Api.as(port, "operator")
			.execute("""
					mutation($input: LoadReceiveInput!) { loadReceive(input: $input) { userErrors { field code } } }""",
					Map.of("input",
							Map.of("loadId", loadId, "version", version, "lines", List.of(
									Map.of("parcelId", parcel(scratch.acmeParcel()), "outcome", "RECEIVED"),
									Map.of("parcelId", parcel(scratch.globexParcel()), "outcome", "RECEIVED")))));
		assertThat(received.data().read("$.data.loadReceive.userErrors", List.class)).isEmpty();
		assertThat(codes(Api.as(port, "carrier").execute(DISTANCE, distance(loadId, "12000.0")), "loadDistanceReport"))
			.containsExactly("input.loadId LOAD_ALREADY_RECEIVED");

		// 16 kg + 18 kg over the carrier's 11850.0 km: 0.034 t × 11850.0 = 402.900 tkm,
		// × 19.77 g = 7.965 kg, shared by chargeable weight.
		DocumentContext leg = Api.as(port, "operator").execute(EMISSIONS, Map.of("id", loadId)).data();
		assertThat(leg.read("$.data.node.emissions.distanceSource", String.class)).isEqualTo("CARRIER");
		assertThat(leg.read("$.data.node.emissions.greatCircleKm", Object.class)).isNull();
		assertThat(leg.read("$.data.node.emissions.leg.tonneKm", String.class)).isEqualTo("402.900");
		assertThat(leg.read("$.data.node.emissions.leg.wellToWheelKg", String.class)).isEqualTo("7.965");
		assertThat(sum(leg.read("$.data.node.emissions.parcels[*].figures.wellToWheelKg")))
			.isEqualByComparingTo("7.965");
		Piece piece = new Piece(new BigDecimal("16.000"), new BigDecimal("60"), new BigDecimal("40"),
				new BigDecimal("40"), 1, false);
		String chargeable = Quotes.chargeableKg(TransportMode.SEA, List.of(piece)).toPlainString();
		assertThat(leg.read("$.data.node.emissions.parcels[*].chargeableKg", List.class)).contains(chargeable);

		// Where the items ended: Acme resells its espresso machines, Globex recycles its
		// handsets; both in this period.
		dispose("acme", scratch.acmeEspresso(), "LIKE_NEW", "RESELL", null,
				Map.of("amount", "560.00", "currency", "EUR"));
		dispose("globex", scratch.globexHandsets(), "SCRAP", "RECYCLE", "R4",
				Map.of("amount", "9.60", "currency", "USD"));

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, Object> period = Map.of("from", today.toString(), "to", today.toString(), "programId",
				GlobalId.encode("Program", Fixtures.GLOBAL_RECOVERY));
		for (UUID shipper : List.of(Fixtures.ACME, Fixtures.GLOBEX)) {
			String user = shipper.equals(Fixtures.ACME) ? "acme" : "globex";
			SqlStatements.reset();
			DocumentContext report = Api.as(port, user).execute(REPORT, Map.of("input", period)).data();
			assertThat(report.read("$.data.sustainabilityReport.userErrors", List.class)).isEmpty();
			assertThat(SqlStatements.statements()).as("statements of one report").hasSizeLessThanOrEqualTo(14);
			reconciles(report, shipper, today);
		}
		// The two shippers' shares of the scratch load are the leg, to the gram.
		assertThat(sumOf(Fixtures.OPERATOR, "OPERATOR",
				"select sum(wtw_kg) from parcel_emission where load_id = '" + scratch.loadId() + "'"))
			.isEqualByComparingTo("7.965");
		// Acme's report holds its espresso machines, never Globex's handsets.
		DocumentContext acme = Api.as(port, "acme").execute(REPORT, Map.of("input", period)).data();
		assertThat(acme.read("$.data.sustainabilityReport.report.dispositions[*].disposition", List.class))
			.doesNotContain("RECYCLE");
		assertThat(acme.read("$.data.sustainabilityReport.report.materialValue", List.class)).isEmpty();
		DocumentContext globex = Api.as(port, "globex").execute(REPORT, Map.of("input", period)).data();
		assertThat(globex.read("$.data.sustainabilityReport.report.dispositions[*].disposition", List.class))
			.contains("RECYCLE")
			.doesNotContain("RESELL");
		assertThat(globex.read(
				"$.data.sustainabilityReport.report.wasteStreams[?(@.stream.code == 'WEEE-HANDSETS')].recoveredKg",
				List.class))
			.isNotEmpty()
			.allSatisfy(
					(kg) -> assertThat(new BigDecimal((String) kg)).isGreaterThanOrEqualTo(new BigDecimal("6.400")));
	}

	@Test
	void theReportsDownloadsAreTheReportAndFollowTheSameRules() throws Exception {
		Map<String, Object> november = Map.of("from", "2026-11-01", "to", "2026-11-30");
		DocumentContext report = Api.as(port, "globex").execute(REPORT, Map.of("input", november)).data();
		String csvUrl = report.read("$.data.sustainabilityReport.report.csvUrl");
		assertThat(csvUrl)
			.isEqualTo("/sustainability/report.csv?from=2026-11-01&to=2026-11-30&shipperId=" + Fixtures.GLOBEX);
		HttpResponse<String> csv = get("globex", csvUrl);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("section,name,value,unit")
			.contains("recovery,recovered," + report.read("$.data.sustainabilityReport.report.recoveredKg") + ",kg")
			.contains("emissions,wellToWheel,"
					+ report.read("$.data.sustainabilityReport.report.emissions.figures.wellToWheelKg") + ",kg CO2e");
		HttpResponse<String> json = get("globex", report.read("$.data.sustainabilityReport.report.jsonUrl"));
		assertThat(json.statusCode()).isEqualTo(200);
		DocumentContext file = com.jayway.jsonpath.JsonPath.parse(json.body());
		assertThat(new BigDecimal(file.read("$.recoveredKg").toString()))
			.isEqualByComparingTo((String) report.read("$.data.sustainabilityReport.report.recoveredKg"));
		assertThat(file.read("$.resourceOutflows.nonHazardous.divertedKg").toString()).isNotEmpty();
		// Acme may not read Globex's report by naming it, in the API or as a file; the
		// carrier reads none; without a token, nothing.
		assertThat(codes(
				Api.as(port, "acme")
					.execute(REPORT,
							Map.of("input",
									Map.of("from", "2026-11-01", "to", "2026-11-30", "shipperId",
											GlobalId.encode("Organization", Fixtures.GLOBEX)))),
				"sustainabilityReport"))
			.containsExactly("input.shipperId NOT_PERMITTED");
		assertThat(get("acme", csvUrl).statusCode()).isEqualTo(400);
		assertThat(codes(Api.as(port, "carrier").execute(REPORT, Map.of("input", november)), "sustainabilityReport"))
			.containsExactly("input NOT_PERMITTED");
		assertThat(get("carrier", "/sustainability/report.json?from=2026-11-01&to=2026-11-30").statusCode())
			.isEqualTo(400);
		assertThat(Api.anonymous(port).get(csvUrl).statusCode()).isEqualTo(401);
		assertThat(codes(
				Api.as(port, "globex")
					.execute(REPORT, Map.of("input", Map.of("from", "2026-01-01", "to", "2027-01-02"))),
				"sustainabilityReport"))
			.containsExactly("input.to OUT_OF_RANGE");
		assertThat(codes(
				Api.as(port, "globex")
					.execute(REPORT, Map.of("input", Map.of("from", "2026-11-30", "to", "2026-11-01"))),
				"sustainabilityReport"))
			.containsExactly("input.to OUT_OF_RANGE");
	}

	@Test
	void aShipperMapsItsOwnWasteStreamsAndNoOneElseReadsOrWritesThem() throws SQLException {
		Map<String, Object> stream = new HashMap<>();
		stream.put("code", "TEXTILE-OFFCUTS");
		stream.put("name", "Tent fabric offcuts");
		stream.put("material", "TEXTILE");
		stream.put("hazardous", false);
		stream.put("reusePotential", "MEDIUM");
		stream.put("recyclingPotential", "LOW");
		stream.put("hsPrefix", "6306");
		stream.put("currentOperation", "D1");
		stream.put("disposalCostPerKg", "0.1200");
		stream.put("currency", "EUR");
		Map<String, Object> bad = new HashMap<>(stream);
		bad.put("code", "bad code");
		bad.put("currentOperation", "D16");
		bad.put("wasteCode", "99 99 99");
		bad.put("currency", "XYZ");
		assertThat(codes(Api.as(port, "acme").execute(STREAMS_UPDATE, Map.of("input", Map.of("streams", List.of(bad)))),
				"wasteStreamsUpdate"))
			.containsExactlyInAnyOrder("input.streams.0.code INVALID", "input.streams.0.currentOperation INVALID",
					"input.streams.0.wasteCode INVALID_WASTE_CODE", "input.streams.0.currency INVALID_CURRENCY");
		assertThat(codes(
				Api.as(port, "acme")
					.execute(STREAMS_UPDATE, Map.of("input", Map.of("streams", List.of(stream, stream)))),
				"wasteStreamsUpdate"))
			.containsExactly("input.streams.1.code TAKEN");
		assertThat(codes(
				Api.as(port, "acme-clerk").execute(STREAMS_UPDATE, Map.of("input", Map.of("streams", List.of(stream)))),
				"wasteStreamsUpdate"))
			.containsExactly("input NOT_PERMITTED");
		assertThat(codes(
				Api.as(port, "operator").execute(STREAMS_UPDATE, Map.of("input", Map.of("streams", List.of(stream)))),
				"wasteStreamsUpdate"))
			.containsExactly("input NOT_PERMITTED");
		assertThat(count(Fixtures.ACME, "SHIPPER", "select count(*) from waste_stream")).isZero();

		assertThat(
				codes(Api.as(port, "acme").execute(STREAMS_UPDATE, Map.of("input", Map.of("streams", List.of(stream)))),
						"wasteStreamsUpdate"))
			.isEmpty();
		assertThat(Api.as(port, "acme")
			.execute("{ wasteStreams { code } }")
			.data()
			.read("$.data.wasteStreams[*].code", List.class)).containsExactly("TEXTILE-OFFCUTS");
		assertThat(Api.as(port, "globex")
			.execute("{ wasteStreams { code } }")
			.data()
			.read("$.data.wasteStreams[*].code", List.class))
			.containsExactly("WEEE-HANDSETS", "WEEE-COMPUTERS", "LITHIUM-BATTERIES");
		for (String user : List.of("operator", "carrier")) {
			assertThat(Api.as(port, user)
				.execute("{ wasteStreams { code } }")
				.data()
				.read("$.data.wasteStreams", List.class)).as(user).isEmpty();
		}
	}

	@Test
	void belowTheApiEachOrganizationReadsOnlyItsOwnRowsAndWithoutRowLevelSecurityItWouldReadOthers()
			throws SQLException {
		String globexRows = "select count(*) from waste_stream where shipper_id = '" + Fixtures.GLOBEX + "'";
		String globexShares = "select count(*) from parcel_emission where shipper_id = '" + Fixtures.GLOBEX + "'";
		String legs = "select count(*) from leg_emission where load_id = '" + W42 + "'";
		assertThat(count(Fixtures.GLOBEX, "SHIPPER", globexRows)).isEqualTo(3);
		assertThat(count(Fixtures.GLOBEX, "SHIPPER", globexShares)).isPositive();
		for (UUID reader : List.of(Fixtures.ACME, Fixtures.CARRIER, Fixtures.OPERATOR, UUID.randomUUID())) {
			String kind = kind(reader);
			assertThat(count(reader, kind, globexRows)).as(kind).isZero();
			if (!reader.equals(Fixtures.OPERATOR)) {
				assertThat(count(reader, kind, globexShares)).as(kind).isZero();
			}
		}
		// A shipper without parcels in W42 and another operator see no leg of it.
		assertThat(count(UUID.randomUUID(), "SHIPPER", legs)).isZero();
		assertThat(count(UUID.randomUUID(), "OPERATOR", legs)).isZero();
		assertThat(count(UUID.randomUUID(), "CARRIER", "select count(*) from load_distance")).isZero();
		// The negative control: the same reads with row-level security off see them.
		assertThat(withoutRowLevelSecurity(List.of("waste_stream"), Fixtures.ACME, "SHIPPER", globexRows)).isEqualTo(3);
		assertThat(withoutRowLevelSecurity(List.of("parcel_emission"), Fixtures.ACME, "SHIPPER", globexShares))
			.isPositive();
		assertThat(withoutRowLevelSecurity(List.of("leg_emission"), UUID.randomUUID(), "OPERATOR", legs)).isEqualTo(1);
	}

	@Test
	void legsOfAPageOfLoadsTakeTwoStatementsWhateverThePageSize() {
		String page = """
				query($first: Int!) { loads(first: $first) { edges { node { reference
				  emissions { distanceKm leg { wellToWheelKg } parcels { figures { wellToWheelKg } } } } } } }""";
		Api operator = Api.as(port, "operator");
		int[] counts = new int[2];
		int[] sizes = { 2, 20 };
		for (int i = 0; i < sizes.length; i++) {
			operator.execute(page, Map.of("first", sizes[i])).data();
			SqlStatements.reset();
			operator.execute(page, Map.of("first", sizes[i])).data();
			counts[i] = (int) SqlStatements.statements()
				.stream()
				.filter((sql) -> sql.contains("from leg_emission") || sql.contains("from parcel_emission"))
				.count();
		}
		assertThat(counts).containsExactly(2, 2);
	}

	/**
	 * The report's totals equal the sums, read apart under the shipper's own policies,
	 * over the rows it covers: its items' final entries and its parcels' shares.
	 */
	private void reconciles(DocumentContext report, UUID shipper, LocalDate day) throws SQLException {
		String period = "'" + day + "' and '" + day.plusDays(1) + "'";
		String items = """
				from item_disposition f
				join return_item i on i.shipper_id = f.shipper_id and i.id = f.item_id
				join return_order r on r.shipper_id = i.shipper_id and r.id = i.return_id
				where f.disposition in ('RESTOCK', 'RESELL', 'DONATE', 'RECYCLE', 'RECOVER_ENERGY', 'DESTROY',
				                        'RETURN_TO_SHIPPER')
				  and f.recorded_at >= %s and r.program_id = '%s'"""
			.formatted(period.replace(" and ", " and f.recorded_at < "), Fixtures.GLOBAL_RECOVERY);
		String kind = "SHIPPER";
		assertThat((Integer) report.read("$.data.sustainabilityReport.report.items"))
			.isEqualTo((int) count(shipper, kind, "select count(*) " + items));
		assertThat(decimal(report, "weightKg"))
			.isEqualByComparingTo(sumOf(shipper, kind, "select coalesce(sum(i.weight_kg * i.quantity), 0) " + items));
		String shares = """
				from parcel_emission where received_at >= '%s' and received_at < '%s' and program_id = '%s'"""
			.formatted(day, day.plusDays(1), Fixtures.GLOBAL_RECOVERY);
		assertThat(decimal(report, "emissions.figures.wellToWheelKg"))
			.isEqualByComparingTo(sumOf(shipper, kind, "select coalesce(sum(wtw_kg), 0) " + shares));
		assertThat(decimal(report, "emissions.figures.tankToWheelKg"))
			.isEqualByComparingTo(sumOf(shipper, kind, "select coalesce(sum(ttw_kg), 0) " + shares));
		assertThat(decimal(report, "emissions.figures.standAloneKg"))
			.isEqualByComparingTo(sumOf(shipper, kind, "select coalesce(sum(stand_alone_kg), 0) " + shares));
		assertThat((Integer) report.read("$.data.sustainabilityReport.report.emissions.parcels"))
			.isEqualTo((int) count(shipper, kind, "select count(*) " + shares));
		// Recovery values per currency, to the cent.
		List<Map<String, Object>> resale = report.read("$.data.sustainabilityReport.report.resaleRevenue");
		List<Map<String, Object>> material = report.read("$.data.sustainabilityReport.report.materialValue");
		BigDecimal recorded = sumOf(shipper, kind,
				"select coalesce(sum(f2.recovery_amount), 0) from item_disposition f2 where f2.item_id in (select f.item_id "
						+ items + ")");
		BigDecimal reported = resale.stream()
			.map((m) -> new BigDecimal((String) m.get("amount")))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.add(material.stream()
				.map((m) -> new BigDecimal((String) m.get("amount")))
				.reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(reported).isEqualByComparingTo(recorded);
		BigDecimal byDisposition = sum(report.read("$.data.sustainabilityReport.report.dispositions[*].weightKg"));
		assertThat(byDisposition).isEqualByComparingTo(decimal(report, "weightKg"));
	}

	private void dispose(String shipper, UUID item, String grade, String disposition, String operation,
			Map<String, Object> value) {
		String itemId = GlobalId.encode("ReturnItem", item);
		Map<String, Object> grading = new HashMap<>(Map.of("itemId", itemId, "grade", grade));
		if (!grade.equals("SCRAP")) {
			// Used electronics go back to use only with a passed functional test.
			grading.put("functionalTest", Map.of("result", "PASSED", "method", "Brew cycle at 9 bar, 30 minutes"));
		}
		Api.Result graded = Api.as(port, "operator").execute(GRADE, Map.of("input", grading));
		assertThat(graded.data().read("$.data.itemGrade.userErrors", List.class)).as(shipper).isEmpty();
		Map<String, Object> proposal = graded.data().read("$.data.itemGrade.grading.proposal");
		Object proposed = (proposal != null) ? proposal.get("disposition") : null;
		Map<String, Object> input = new HashMap<>();
		input.put("idempotencyKey", "sustainability-" + UUID.randomUUID());
		input.put("itemId", itemId);
		input.put("disposition", disposition);
		input.put("recoveryValue", value);
		if (operation != null) {
			input.put("wasteOperationCode", operation);
		}
		if (proposed != null && !proposed.equals(disposition)) {
			input.put("overrideReason", "Scratch load of the sustainability test");
		}
		assertThat(Api.as(port, "operator")
			.execute(DISPOSE, Map.of("input", input))
			.data()
			.read("$.data.itemDispose.userErrors", List.class)).as(shipper).isEmpty();
	}

	private HttpResponse<String> get(String user, String path) throws Exception {
		return Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + Api.token(user))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void move(UUID loadId, String status) throws SQLException {
		try (Connection c = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c,
					"update load set status = '%s', dispatched_at = coalesce(dispatched_at, now()),".formatted(status)
							+ " version = version + 1 where id = '" + loadId + "'");
			c.commit();
		}
	}

	private static int version(UUID loadId) throws SQLException {
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			return Integer.parseInt(RlsProbe.text(c, "select version from load where id = '" + loadId + "'"));
		}
	}

	private static long count(UUID organization, String kind, String sql) throws SQLException {
		try (Connection c = RlsProbe.app(organization, kind)) {
			return Long.parseLong(RlsProbe.text(c, sql));
		}
	}

	private static long withoutRowLevelSecurity(List<String> tables, UUID organization, String kind, String sql)
			throws SQLException {
		String count = RlsProbe.withRowLevelSecurityOff(tables, organization, kind, (c) -> RlsProbe.text(c, sql));
		return Long.parseLong(count);
	}

	private static BigDecimal sumOf(UUID organization, String kind, String sql) throws SQLException {
		try (Connection c = RlsProbe.app(organization, kind)) {
			return new BigDecimal(RlsProbe.text(c, sql));
		}
	}

	private static String kind(UUID organization) {
		return organization.equals(Fixtures.ACME) ? "SHIPPER"
				: organization.equals(Fixtures.CARRIER) ? "CARRIER" : "OPERATOR";
	}

	private static BigDecimal decimal(DocumentContext report, String path) {
		return new BigDecimal(report.read("$.data.sustainabilityReport.report." + path, String.class));
	}

	private static BigDecimal sum(List<String> values) {
		return values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Map<String, Object> distance(String loadId, String km) {
		return Map.of("input", Map.of("loadId", loadId, "distanceKm", km, "note", "Santos–Rotterdam via Algeciras"));
	}

	private static String load(UUID id) {
		return GlobalId.encode("Load", id);
	}

	private static String parcel(UUID id) {
		return GlobalId.encode("Parcel", id);
	}

	private static List<String> codes(Api.Result result, String field) {
		List<Map<String, Object>> errors = result.data().read("$.data." + field + ".userErrors");
		return errors.stream()
			.map((error) -> String.join(".", ((List<?>) error.get("field")).stream().map(String::valueOf).toList())
					+ " " + error.get("code"))
			.toList();
	}

}
