package io.homeward.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.homeward.platform.consolidation.Sscc;
import io.homeward.platform.tenancy.RlsProbe;
import org.jspecify.annotations.Nullable;

/**
 * Loads of the demo operator that exist for one test only: a CLOSED load on the São Paulo
 * to Rotterdam sea lane (BR to NL, a customs border) with one pallet holding one parcel
 * of Acme and one of Globex, written as each organization through its own policies. Acme
 * sends products with their original export recorded; Globex sends e-waste (one
 * green-coded, one hazardous entry) and a product without an original export. Each call
 * makes new rows, so a test that declares, documents or dispatches the load starts from
 * nothing and leaves the demo loads as they were.
 */
public final class ScratchLoads {

	public static final UUID GRU_HUB = UUID.fromString("a0000000-0000-4000-8000-000000000002");

	public static final UUID RTM_HUB = UUID.fromString("a0000000-0000-4000-8000-000000000004");

	public static final UUID GRU_RTM_SEA = UUID.fromString("b0000000-0000-4000-8000-000000000003");

	/**
	 * Departure of every scratch load: before the demo's loads, so a first page of loads
	 * by departure still shows the demo's.
	 */
	public static final OffsetDateTime DEPARTURE = OffsetDateTime.of(2026, 11, 10, 18, 0, 0, 0, ZoneOffset.UTC);

	/** The day Acme's goods first left the Union, 200 days before the departure. */
	public static final LocalDate ACME_EXPORTED_ON = DEPARTURE.toLocalDate().minusDays(200);

	private ScratchLoads() {
	}

	/**
	 * The ids of one scratch load and what is in it. Acme's items: two espresso machines
	 * made in DE (NEW, 389.00 EUR each, HS 85167100) and a cordless drill made in CN
	 * (DEFECTIVE, 129.90 EUR, HS 846721). Globex's: 40 handsets as waste 16 02 14 (1.50
	 * USD each), 5 laptops with batteries as hazardous waste 20 01 35* (6.00 USD, UN
	 * 3481), and 3 smartwatches made in US (NEW, 199.00 USD, HS 851762), with no original
	 * export.
	 */
	public record ScratchLoad(UUID loadId, String reference, UUID unitId, UUID acmeReturn, UUID acmeParcel,
			UUID acmeEspresso, UUID acmeDrill, UUID globexReturn, UUID globexParcel, UUID globexHandsets,
			UUID globexLaptops, UUID globexWatches) {

	}

	/**
	 * A scratch load whose Globex parcel also holds green-listed waste: 2.5 kg of paper
	 * and cardboard packaging, 15 01 01 (one line, SCRAP, HS 470790, from BR), which
	 * travels on an Annex VII document.
	 */
	public record GreenScratchLoad(ScratchLoad load, UUID globexPaper) {

	}

	/** A new CLOSED load as above, committed. */
	public static ScratchLoad closed() throws SQLException {
		return create(null);
	}

	/**
	 * A new CLOSED load as {@link #closed()}, with Globex's paper packaging as a fourth
	 * line of its parcel.
	 */
	public static GreenScratchLoad closedWithGreenWaste() throws SQLException {
		UUID paper = UUID.randomUUID();
		return new GreenScratchLoad(create(paper), paper);
	}

	private static ScratchLoad create(@Nullable UUID globexPaper) throws SQLException {
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		ScratchLoad load = new ScratchLoad(UUID.randomUUID(), "GRU-RTM-SCRATCH-" + tag, UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		try (Connection acme = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			insertReturn(acme, Fixtures.ACME, load.acmeReturn(), "ACME-SCRATCH-" + tag,
					"26NL0000000000" + tag.substring(0, 4), ACME_EXPORTED_ON);
			insertParcel(acme, Fixtures.ACME, load.acmeReturn(), load.acmeParcel(), "16.000");
			insertItem(acme, Fixtures.ACME, load, load.acmeReturn(), load.acmeParcel(), load.acmeEspresso(), 1,
					"'ESP-900', 'Espresso machine', '85167100', 'DE', 2, 389.00, 'EUR', 6.500, 'NEW', null, 'PRODUCT', null, false");
			insertItem(acme, Fixtures.ACME, load, load.acmeReturn(), load.acmeParcel(), load.acmeDrill(), 2,
					"'DRL-18V', 'Cordless drill', '846721', 'CN', 1, 129.90, 'EUR', 1.800, 'DEFECTIVE', null, 'PRODUCT', null, false");
			acme.commit();
		}
		try (Connection globex = RlsProbe.owner(Fixtures.GLOBEX, "SHIPPER")) {
			insertReturn(globex, Fixtures.GLOBEX, load.globexReturn(), "GLOBEX-SCRATCH-" + tag, null, null);
			insertParcel(globex, Fixtures.GLOBEX, load.globexReturn(), load.globexParcel(), "18.000");
			insertItem(globex, Fixtures.GLOBEX, load, load.globexReturn(), load.globexParcel(), load.globexHandsets(),
					1,
					"'GLX-WEEE-HANDSET', 'End-of-life handsets, batteries removed', '854999', 'CN', 40, 1.50, 'USD', 0.160, 'SCRAP', null, 'WASTE', '160214', false");
			insertItem(globex, Fixtures.GLOBEX, load, load.globexReturn(), load.globexParcel(), load.globexLaptops(), 2,
					"'GLX-WEEE-LAPTOP-BAT', 'End-of-life laptops with lithium-ion batteries fitted', '854991', 'CN', 5, 6.00, 'USD', 1.700, 'SCRAP', '3481', 'WASTE', '200135', true");
			insertItem(globex, Fixtures.GLOBEX, load, load.globexReturn(), load.globexParcel(), load.globexWatches(), 3,
					"'GLX-WATCH-2', 'Smartwatch', '851762', 'US', 3, 199.00, 'USD', 0.050, 'NEW', null, 'PRODUCT', null, false");
			if (globexPaper != null) {
				insertItem(globex, Fixtures.GLOBEX, load, load.globexReturn(), load.globexParcel(), globexPaper, 4,
						"'GLX-PAPER-PACK', 'Paper and cardboard packaging', '470790', 'BR', 1, 0.00, 'USD', 2.500, 'SCRAP', null, 'WASTE', '150101', false");
			}
			globex.commit();
		}
		closeOnePallet(
				new Shape(load.loadId(), load.reference(), Fixtures.GLOBAL_RECOVERY, GRU_RTM_SEA, GRU_HUB, RTM_HUB,
						DEPARTURE, load.unitId(), tag),
				List.of(new Packed(Fixtures.ACME, load.acmeParcel()),
						new Packed(Fixtures.GLOBEX, load.globexParcel())));
		return load;
	}

	/**
	 * A load to build: its ids, program and lane with the lane's hubs, departure and
	 * unit.
	 */
	public record Shape(UUID loadId, String reference, UUID programId, UUID laneId, UUID originHubId,
			UUID destinationHubId, OffsetDateTime departure, UUID unitId, String tag) {

	}

	/** A shipper's parcel, already written, to pack. */
	public record Packed(UUID shipperId, UUID parcelId) {

	}

	/**
	 * As the operator, committed: the CLOSED load of {@code shape} (cut-off six hours
	 * before its departure) holding one closed pallet with the given parcels, with the
	 * manifest lines, the shippers in the load and the packing events, as packing and
	 * closing would have written them.
	 */
	public static void closeOnePallet(Shape shape, List<Packed> parcels) throws SQLException {
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"""
							insert into load (operator_id, id, reference, program_id, lane_id, carrier_id, origin_hub_id,
							                  destination_hub_id, status, cutoff_at, departure_at, capacity_kg, capacity_m3, seal_number,
							                  created_by, created_at, updated_at, version)
							values ('%s', '%s', '%s', '%s', '%s', '%s', '%s', '%s', 'CLOSED', '%s', '%s', 20000, 60, 'SEAL-%s',
							        'scratch', now(), now(), 1)"""
						.formatted(Fixtures.OPERATOR, shape.loadId(), shape.reference(), shape.programId(),
								shape.laneId(), Fixtures.CARRIER, shape.originHubId(), shape.destinationHubId(),
								shape.departure().minusHours(6), shape.departure(), shape.tag()));
			// A valid SSCC (its check digit right, or the loads page fails to print the
			// unit), its serial high above the ones the demo's operator allocates.
			String sscc = Sscc.of(1, "0614141", 500_000_000L + ThreadLocalRandom.current().nextLong(499_999_999L))
				.value();
			RlsProbe.update(operator,
					"""
							insert into handling_unit (operator_id, id, kind, sscc, digital_link, hub_id, program_id, status,
							                           seal_number, load_id, carrier_id, created_by, created_at, updated_at, version)
							values ('%s', '%s', 'PALLET', '%s', 'https://id.gs1.org/00/%s', '%s', '%s', 'CLOSED', 'P-%s', '%s', '%s',
							        'scratch', now(), now(), 1)"""
						.formatted(Fixtures.OPERATOR, shape.unitId(), sscc, sscc, shape.originHubId(),
								shape.programId(), shape.tag(), shape.loadId(), Fixtures.CARRIER));
			for (Packed parcel : parcels) {
				RlsProbe.update(operator,
						"""
								insert into unit_parcel (operator_id, parcel_id, shipper_id, return_id, unit_id, load_id, carrier_id,
								                         weight_kg, length_cm, width_cm, height_cm, un_numbers, packed_at, lithium_kg)
								select operator_id, id, shipper_id, return_id, '%s', '%s', '%s', weight_kg, length_cm, width_cm,
								       height_cm, null, now(), 0
								from parcel where id = '%s'"""
							.formatted(shape.unitId(), shape.loadId(), Fixtures.CARRIER, parcel.parcelId()));
				RlsProbe.update(operator, """
						insert into load_shipper (operator_id, load_id, shipper_id, parcels)
						values ('%s', '%s', '%s', 1)""".formatted(Fixtures.OPERATOR, shape.loadId(),
						parcel.shipperId()));
				RlsProbe.update(operator,
						"""
								insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id, child_parcel_id,
								                               shipper_id, recorded_by)
								values ('%s', '%s', now(), 'ADD', '%s', '%s', '%s', 'scratch')"""
							.formatted(Fixtures.OPERATOR, UUID.randomUUID(), shape.unitId(), parcel.parcelId(),
									parcel.shipperId()));
			}
			RlsProbe.update(operator, """
					insert into aggregation_event (operator_id, id, occurred_at, action, parent_load_id, child_unit_id,
					                               carrier_id, recorded_by)
					values ('%s', '%s', now(), 'ADD', '%s', '%s', '%s', 'scratch')""".formatted(Fixtures.OPERATOR,
					UUID.randomUUID(), shape.loadId(), shape.unitId(), Fixtures.CARRIER));
			operator.commit();
		}
	}

	private static void insertReturn(Connection c, UUID shipper, UUID returnId, String rma, String exportReference,
			LocalDate exportedOn) throws SQLException {
		String code = "HWS" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
		RlsProbe.update(c,
				"""
						insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city,
						                          origin_country, export_reference, exported_on, tracking_code, created_by,
						                          created_at, updated_at, version)
						values ('%s', '%s', '%s', '%s', '%s', 'IN_TRANSIT', 'DEFECTIVE', 'São Paulo', 'BR', %s, %s, '%s', 'scratch',
						        now(), now(), 0)"""
					.formatted(shipper, returnId, Fixtures.OPERATOR, Fixtures.GLOBAL_RECOVERY, rma,
							(exportReference == null) ? "null" : "'" + exportReference + "'",
							(exportedOn == null) ? "null" : "'" + exportedOn + "'", code));
		RlsProbe.update(c, """
				insert into return_private (shipper_id, return_id, origin_line1)
				values ('%s', '%s', 'Rua Augusta 1500')""".formatted(shipper, returnId));
	}

	private static void insertParcel(Connection c, UUID shipper, UUID returnId, UUID parcelId, String weightKg)
			throws SQLException {
		RlsProbe.update(c, """
				insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm,
				                    height_cm)
				values ('%s', '%s', '%s', '%s', 'P1', %s, 60, 40, 40)""".formatted(shipper, parcelId, Fixtures.OPERATOR,
				returnId, weightKg));
	}

	private static void insertItem(Connection c, UUID shipper, ScratchLoad load, UUID returnId, UUID parcelId,
			UUID itemId, int line, String values) throws SQLException {
		RlsProbe.update(c,
				"""
						insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku, description,
						                         hs_code, origin_country, quantity, unit_value, currency, weight_kg, item_condition,
						                         un_number, goods_class, waste_code, waste_hazardous)
						values ('%s', '%s', '%s', '%s', '%s', %d, %s)"""
					.formatted(shipper, itemId, Fixtures.OPERATOR, returnId, parcelId, line, values));
	}

	/**
	 * Removes the loads that accepted plans opened in the program (references
	 * {@code PLAN-…}), with their units, their packing and the program's proposals, so
	 * that the parcels they packed are open again. Nothing deletes packing records in the
	 * application, so no policy allows it: row-level security is lifted on these tables
	 * inside the caller's transaction only, on a connection of the owner bound to the
	 * operator. Answers how many packed parcels were unpacked.
	 */
	public static int removePlannedLoads(Connection operator, UUID program) throws SQLException {
		String loads = "(select id from load where program_id = '" + program + "' and reference like 'PLAN-%')";
		String units = "(select id from handling_unit where load_id in " + loads + ")";
		List<String> tables = List.of("aggregation_event", "unit_parcel", "load_shipper", "handling_unit", "load",
				"load_plan_proposal");
		for (String table : tables) {
			RlsProbe.update(operator, "alter table " + table + " disable row level security");
		}
		RlsProbe.update(operator, "delete from aggregation_event where parent_load_id in " + loads
				+ " or parent_unit_id in " + units + " or child_unit_id in " + units);
		int unpacked = RlsProbe.update(operator, "delete from unit_parcel where load_id in " + loads);
		RlsProbe.update(operator, "delete from load_shipper where load_id in " + loads);
		RlsProbe.update(operator, "delete from handling_unit where load_id in " + loads);
		RlsProbe.update(operator, "delete from load where id in " + loads);
		RlsProbe.update(operator, "delete from load_plan_proposal where program_id = '" + program + "'");
		for (String table : tables) {
			RlsProbe.update(operator, "alter table " + table + " enable row level security");
		}
		return unpacked;
	}

}
