package io.homeward.platform.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.Fixtures;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.tenancy.RlsProbe;

/**
 * A new committed CLOSED load on the demo's MAD-RTM-ROAD lane (Madrid, ES → Rotterdam,
 * NL: one customs territory, so the customs gate has nothing to refuse) with one parcel
 * of Acme and one of Globex, each one new product and no waste or dangerous goods, its
 * cut-off an hour ago. The shippers' rows are written here, the load and its pallet by
 * {@link ScratchLoads#closeOnePallet}, whose own loads cross a customs border and cannot
 * be dispatched without a declaration.
 */
public final class MadLoads {

	static final UUID EU_CONSUMER = Fixtures.EU_CONSUMER;

	static final UUID MAD_RTM_ROAD = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	static final UUID MAD_HUB = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID RTM_HUB = UUID.fromString("a0000000-0000-4000-8000-000000000004");

	/**
	 * The load, with Acme's parcel and the tracking code of its return, and Globex's
	 * parcel.
	 */
	public record MadLoad(UUID loadId, String reference, String acmeParcelRef, UUID acmeParcel, String acmeTrackingCode,
			String globexParcelRef, UUID globexParcel) {

	}

	private MadLoads() {
	}

	public static MadLoad closed() throws SQLException {
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		MadLoad load = new MadLoad(UUID.randomUUID(), "MAD-RTM-HOOK-" + tag, "ACME-HOOK-" + tag, UUID.randomUUID(),
				trackingCode(), "GLOBEX-HOOK-" + tag, UUID.randomUUID());
		UUID acmeReturn = UUID.randomUUID();
		UUID globexReturn = UUID.randomUUID();
		try (Connection acme = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			shipperRows(acme, Fixtures.ACME, acmeReturn, load.acmeParcel(), load.acmeParcelRef(),
					load.acmeTrackingCode(),
					"'ESP-900', 'Espresso machine', '85167100', 'DE', 1, 389.00, 'EUR', 6.500, 'NEW', null, 'PRODUCT', null, false");
			acme.commit();
		}
		try (Connection globex = RlsProbe.owner(Fixtures.GLOBEX, "SHIPPER")) {
			shipperRows(globex, Fixtures.GLOBEX, globexReturn, load.globexParcel(), load.globexParcelRef(),
					trackingCode(),
					"'GLX-WATCH-2', 'Smartwatch', '851762', 'US', 3, 199.00, 'USD', 0.050, 'NEW', null, 'PRODUCT', null, false");
			globex.commit();
		}
		ScratchLoads.closeOnePallet(
				new ScratchLoads.Shape(load.loadId(), load.reference(), EU_CONSUMER, MAD_RTM_ROAD, MAD_HUB, RTM_HUB,
						OffsetDateTime.now().plusHours(5), UUID.randomUUID(), tag),
				List.of(new ScratchLoads.Packed(Fixtures.ACME, load.acmeParcel()),
						new ScratchLoads.Packed(Fixtures.GLOBEX, load.globexParcel())));
		return load;
	}

	/**
	 * A code of the public tracking alphabet (no I, L, O or U) that no other return has.
	 */
	private static String trackingCode() {
		return "HWS" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
	}

	private static void shipperRows(Connection c, UUID shipper, UUID returnId, UUID parcelId, String reference,
			String code, String item) throws SQLException {
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
