package io.homeward.platform.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.homeward.platform.Fixtures;
import io.homeward.platform.consolidation.Sscc;
import io.homeward.platform.tenancy.RlsProbe;

/**
 * A new committed CLOSED load on the demo's MAD-RTM-ROAD lane (one customs territory: it
 * dispatches without a declaration), departing in five hours, with one pallet holding an
 * Acme return of {@code direct} parcels and, on a bag packed onto the pallet before it
 * was loaded, {@code bagged} more parcels of the same return, and a Globex return of one
 * parcel. Each parcel carries {@code lines} items. Packing happened an hour ago, so
 * events of the last minutes find the parcels inside. The bag is packed as the operator
 * packs before loading: its aggregation event names no carrier, so the carrier's policies
 * do not show it.
 */
final class TimelineLoads {

	record Shipment(UUID returnId, String rmaNumber, List<UUID> parcels, List<UUID> items) {

	}

	record TimelineLoad(UUID loadId, String reference, UUID palletId, UUID bagId, OffsetDateTime departure,
			Shipment acme, Shipment globex) {

	}

	private TimelineLoads() {
	}

	static TimelineLoad closed(int direct, int bagged, int lines) throws SQLException {
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		OffsetDateTime departure = OffsetDateTime.now(ZoneOffset.UTC).plusHours(5).truncatedTo(ChronoUnit.SECONDS);
		Shipment acme = shipment(Fixtures.ACME, "ACME-TL-" + tag, direct + bagged, lines);
		Shipment globex = shipment(Fixtures.GLOBEX, "GLOBEX-TL-" + tag, 1, lines);
		TimelineLoad load = new TimelineLoad(UUID.randomUUID(), "MAD-RTM-TL-" + tag, UUID.randomUUID(),
				UUID.randomUUID(), departure, acme, globex);
		try (Connection c = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c,
					"""
							insert into load (operator_id, id, reference, program_id, lane_id, carrier_id, origin_hub_id,
							                  destination_hub_id, status, cutoff_at, departure_at, capacity_kg, capacity_m3, seal_number,
							                  created_by, created_at, updated_at, version)
							values ('%s', '%s', '%s', '%s', '%s', '%s', '%s', '%s', 'CLOSED', '%s', '%s', 20000, 60, 'SEAL-%s',
							        'scratch', now(), now(), 1)"""
						.formatted(Fixtures.OPERATOR, load.loadId(), load.reference(), MadLoads.EU_CONSUMER,
								MadLoads.MAD_RTM_ROAD, Fixtures.CARRIER, MadLoads.MAD_HUB, MadLoads.RTM_HUB,
								departure.minusHours(6), departure, tag));
			unit(c, load.palletId(), "PALLET", load.loadId(), tag);
			unit(c, load.bagId(), "BAG", load.loadId(), tag);
			for (int i = 0; i < acme.parcels().size(); i++) {
				pack(c, load, Fixtures.ACME, acme.parcels().get(i), (i < direct) ? load.palletId() : load.bagId());
			}
			pack(c, load, Fixtures.GLOBEX, globex.parcels().getFirst(), load.palletId());
			RlsProbe.update(c, """
					insert into load_shipper (operator_id, load_id, shipper_id, parcels)
					values ('%s', '%s', '%s', %d), ('%s', '%s', '%s', 1)""".formatted(Fixtures.OPERATOR, load.loadId(),
					Fixtures.ACME, acme.parcels().size(), Fixtures.OPERATOR, load.loadId(), Fixtures.GLOBEX));
			// The bag onto the pallet before loading (no carrier), then the pallet into
			// the
			// load (its carrier's).
			aggregate(c, "parent_unit_id", load.palletId(), "child_unit_id", load.bagId(), null, null, 70);
			aggregate(c, "parent_load_id", load.loadId(), "child_unit_id", load.palletId(), null, Fixtures.CARRIER, 65);
			c.commit();
		}
		return load;
	}

	private static Shipment shipment(UUID shipper, String rma, int parcels, int lines) throws SQLException {
		UUID returnId = UUID.randomUUID();
		List<UUID> parcelIds = new ArrayList<>();
		List<UUID> items = new ArrayList<>();
		String code = "HWS" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
		try (Connection c = RlsProbe.owner(shipper, "SHIPPER")) {
			RlsProbe.update(c,
					"""
							insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city,
							                          origin_country, tracking_code, created_by, created_at, updated_at, version)
							values ('%s', '%s', '%s', '%s', '%s', 'IN_TRANSIT', 'DEFECTIVE', 'Madrid', 'ES', '%s', 'scratch', now(),
							        now(), 0)"""
						.formatted(shipper, returnId, Fixtures.OPERATOR, MadLoads.EU_CONSUMER, rma, code));
			RlsProbe.update(c, """
					insert into return_private (shipper_id, return_id, origin_line1)
					values ('%s', '%s', 'Calle Mayor 1')""".formatted(shipper, returnId));
			int line = 1;
			for (int p = 0; p < parcels; p++) {
				UUID parcel = UUID.randomUUID();
				parcelIds.add(parcel);
				RlsProbe.update(c, """
						insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm,
						                    width_cm, height_cm)
						values ('%s', '%s', '%s', '%s', '%s', 8, 40, 30, 30)""".formatted(shipper, parcel,
						Fixtures.OPERATOR, returnId, rma + "-P" + (p + 1)));
				for (int i = 0; i < lines; i++) {
					UUID item = UUID.randomUUID();
					items.add(item);
					RlsProbe.update(c,
							"""
									insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku,
									                         description, hs_code, origin_country, quantity, unit_value, currency,
									                         weight_kg, item_condition, un_number, goods_class, waste_code,
									                         waste_hazardous)
									values ('%s', '%s', '%s', '%s', '%s', %d, 'SKU-%d', 'Espresso machine', '85167100', 'DE', 2,
									        389.00, 'EUR', 6.500, 'NEW', null, 'PRODUCT', null, false)"""
								.formatted(shipper, item, Fixtures.OPERATOR, returnId, parcel, line, line));
					line++;
				}
			}
			c.commit();
		}
		return new Shipment(returnId, rma, List.copyOf(parcelIds), List.copyOf(items));
	}

	private static void unit(Connection c, UUID id, String kind, UUID loadId, String tag) throws SQLException {
		// A valid SSCC, its serial high above the ones the demo's operator allocates.
		String sscc = Sscc.of(1, "0614141", 500_000_000L + ThreadLocalRandom.current().nextLong(499_999_999L)).value();
		RlsProbe.update(c,
				"""
						insert into handling_unit (operator_id, id, kind, sscc, digital_link, hub_id, program_id, status,
						                           seal_number, load_id, carrier_id, created_by, created_at, updated_at, version)
						values ('%s', '%s', '%s', '%s', 'https://id.gs1.org/00/%s', '%s', '%s', 'CLOSED', 'U-%s', '%s', '%s',
						        'scratch', now(), now(), 1)"""
					.formatted(Fixtures.OPERATOR, id, kind, sscc, sscc, MadLoads.MAD_HUB, MadLoads.EU_CONSUMER, tag,
							loadId, Fixtures.CARRIER));
	}

	private static void pack(Connection c, TimelineLoad load, UUID shipper, UUID parcel, UUID unit)
			throws SQLException {
		RlsProbe.update(c, """
				insert into unit_parcel (operator_id, parcel_id, shipper_id, return_id, unit_id, load_id, carrier_id,
				                         weight_kg, length_cm, width_cm, height_cm, un_numbers, packed_at, lithium_kg)
				select operator_id, id, shipper_id, return_id, '%s', '%s', '%s', weight_kg, length_cm, width_cm,
				       height_cm, null, now(), 0
				from parcel where id = '%s'""".formatted(unit, load.loadId(), Fixtures.CARRIER, parcel));
		aggregate(c, "parent_unit_id", unit, "child_parcel_id", parcel, shipper, null, 75);
	}

	private static void aggregate(Connection c, String parentColumn, UUID parent, String childColumn, UUID child,
			UUID shipper, UUID carrier, int minutesAgo) throws SQLException {
		RlsProbe.update(c, """
				insert into aggregation_event (operator_id, id, occurred_at, action, %s, %s, shipper_id, carrier_id,
				                               recorded_by)
				values ('%s', '%s', now() - interval '%d minutes', 'ADD', '%s', '%s', %s, %s, 'scratch')""".formatted(
				parentColumn, childColumn, Fixtures.OPERATOR, UUID.randomUUID(), minutesAgo, parent, child,
				(shipper == null) ? "null" : "'" + shipper + "'", (carrier == null) ? "null" : "'" + carrier + "'"));
	}

}
