package io.homeward.platform.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.homeward.platform.Fixtures;
import io.homeward.platform.consolidation.Sscc;
import io.homeward.platform.tenancy.RlsProbe;

/**
 * A new committed CLOSED load on the demo's MAD-RTM-ROAD lane (Madrid, ES → Rotterdam,
 * NL: one customs territory, so the customs gate has nothing to refuse) with one parcel
 * of Acme and one of Globex, each one new product and no waste or dangerous goods. Built
 * like {@link io.homeward.platform.ScratchLoads}, whose loads cross a customs border and
 * cannot be dispatched without a declaration.
 */
final class MadLoads {

	static final UUID EU_CONSUMER = Fixtures.EU_CONSUMER;

	static final UUID MAD_RTM_ROAD = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	static final UUID MAD_HUB = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID RTM_HUB = UUID.fromString("a0000000-0000-4000-8000-000000000004");

	record MadLoad(UUID loadId, String reference, String acmeParcelRef, UUID acmeParcel, String globexParcelRef,
			UUID globexParcel) {

	}

	private MadLoads() {
	}

	static MadLoad closed() throws SQLException {
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		MadLoad load = new MadLoad(UUID.randomUUID(), "MAD-RTM-HOOK-" + tag, "ACME-HOOK-" + tag, UUID.randomUUID(),
				"GLOBEX-HOOK-" + tag, UUID.randomUUID());
		UUID acmeReturn = UUID.randomUUID();
		UUID globexReturn = UUID.randomUUID();
		try (Connection acme = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			shipperRows(acme, Fixtures.ACME, acmeReturn, load.acmeParcel(), load.acmeParcelRef(), tag,
					"'ESP-900', 'Espresso machine', '85167100', 'DE', 1, 389.00, 'EUR', 6.500, 'NEW', null, 'PRODUCT', null, false");
			acme.commit();
		}
		try (Connection globex = RlsProbe.owner(Fixtures.GLOBEX, "SHIPPER")) {
			shipperRows(globex, Fixtures.GLOBEX, globexReturn, load.globexParcel(), load.globexParcelRef(), tag,
					"'GLX-WATCH-2', 'Smartwatch', '851762', 'US', 3, 199.00, 'USD', 0.050, 'NEW', null, 'PRODUCT', null, false");
			globex.commit();
		}
		UUID unit = UUID.randomUUID();
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"""
							insert into load (operator_id, id, reference, program_id, lane_id, carrier_id, origin_hub_id,
							                  destination_hub_id, status, cutoff_at, departure_at, capacity_kg, capacity_m3, seal_number,
							                  created_by, created_at, updated_at, version)
							values ('%s', '%s', '%s', '%s', '%s', '%s', '%s', '%s', 'CLOSED', now() - interval '1 hour', now(),
							        12000, 80, 'SEAL-%s', 'scratch', now(), now(), 1)"""
						.formatted(Fixtures.OPERATOR, load.loadId(), load.reference(), EU_CONSUMER, MAD_RTM_ROAD,
								Fixtures.CARRIER, MAD_HUB, RTM_HUB, tag));
			String sscc = Sscc.of(1, "0614141", 500_000_000L + ThreadLocalRandom.current().nextLong(499_999_999L))
				.value();
			RlsProbe.update(operator,
					"""
							insert into handling_unit (operator_id, id, kind, sscc, digital_link, hub_id, program_id, status,
							                           seal_number, load_id, carrier_id, created_by, created_at, updated_at, version)
							values ('%s', '%s', 'PALLET', '%s', 'https://id.gs1.org/00/%s', '%s', '%s', 'CLOSED', 'P-%s', '%s', '%s',
							        'scratch', now(), now(), 1)"""
						.formatted(Fixtures.OPERATOR, unit, sscc, sscc, MAD_HUB, EU_CONSUMER, tag, load.loadId(),
								Fixtures.CARRIER));
			for (UUID[] parcel : new UUID[][] { { Fixtures.ACME, load.acmeParcel() },
					{ Fixtures.GLOBEX, load.globexParcel() } }) {
				RlsProbe.update(operator,
						"""
								insert into unit_parcel (operator_id, parcel_id, shipper_id, return_id, unit_id, load_id, carrier_id,
								                         weight_kg, length_cm, width_cm, height_cm, un_numbers, packed_at, lithium_kg)
								select operator_id, id, shipper_id, return_id, '%s', '%s', '%s', weight_kg, length_cm, width_cm,
								       height_cm, null, now(), 0
								from parcel where id = '%s'"""
							.formatted(unit, load.loadId(), Fixtures.CARRIER, parcel[1]));
				RlsProbe.update(operator, """
						insert into load_shipper (operator_id, load_id, shipper_id, parcels)
						values ('%s', '%s', '%s', 1)""".formatted(Fixtures.OPERATOR, load.loadId(), parcel[0]));
				RlsProbe.update(operator,
						"""
								insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id, child_parcel_id,
								                               shipper_id, recorded_by)
								values ('%s', '%s', now(), 'ADD', '%s', '%s', '%s', 'scratch')"""
							.formatted(Fixtures.OPERATOR, UUID.randomUUID(), unit, parcel[1], parcel[0]));
			}
			RlsProbe.update(operator, """
					insert into aggregation_event (operator_id, id, occurred_at, action, parent_load_id, child_unit_id,
					                               carrier_id, recorded_by)
					values ('%s', '%s', now(), 'ADD', '%s', '%s', '%s', 'scratch')""".formatted(Fixtures.OPERATOR,
					UUID.randomUUID(), load.loadId(), unit, Fixtures.CARRIER));
			operator.commit();
		}
		return load;
	}

	private static void shipperRows(Connection c, UUID shipper, UUID returnId, UUID parcelId, String reference,
			String tag, String item) throws SQLException {
		String code = "HWS" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
		RlsProbe.update(c,
				"""
						insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city,
						                          origin_country, tracking_code, created_by, created_at, updated_at, version)
						values ('%s', '%s', '%s', '%s', '%s', 'IN_TRANSIT', 'DEFECTIVE', 'Madrid', 'ES', '%s', 'scratch', now(),
						        now(), 0)"""
					.formatted(shipper, returnId, Fixtures.OPERATOR, EU_CONSUMER, reference + "-RMA", code));
		RlsProbe.update(c, """
				insert into return_private (shipper_id, return_id, origin_line1)
				values ('%s', '%s', 'Calle Mayor 1')""".formatted(shipper, returnId));
		RlsProbe.update(c, """
				insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm,
				                    height_cm)
				values ('%s', '%s', '%s', '%s', '%s', 8, 40, 30, 30)""".formatted(shipper, parcelId, Fixtures.OPERATOR,
				returnId, reference));
		RlsProbe.update(c,
				"""
						insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku, description,
						                         hs_code, origin_country, quantity, unit_value, currency, weight_kg, item_condition,
						                         un_number, goods_class, waste_code, waste_hazardous)
						values ('%s', '%s', '%s', '%s', '%s', 1, %s)"""
					.formatted(shipper, UUID.randomUUID(), Fixtures.OPERATOR, returnId, parcelId, item));
	}

}
