package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is in a load, as customs reads it, in one statement: every item in a parcel of the
 * load (what unit_parcel puts in it), with its parcel's weight as loaded, its return's
 * RMA and original export and its shipper's name, by shipper, then RMA, then line. The
 * declaration, the invoices, the clearance and the dispatch gate all read the load's
 * contents here. No organization predicate: row-level security decides. A shipper reads
 * only its own items, the operator all of them, the carrier none (it may read the
 * manifest, never a return item and so never a value).
 */
@Component
@Transactional(readOnly = true)
class LoadContents {

	/** Package-private so the isolation test runs the very statement with RLS off. */
	static final String ITEMS_IN_LOAD = """
			select ri.id, ri.return_id, ri.shipper_id, o.name as shipper_name, ro.rma_number, ri.parcel_id,
			       up.weight_kg as parcel_kg, ri.sku, ri.description, ri.hs_code, ri.origin_country, ri.quantity,
			       ri.unit_value, ri.currency, ri.weight_kg, ri.goods_class, ri.waste_code, ri.waste_hazardous,
			       ro.export_reference, ro.exported_on
			from unit_parcel up
			join return_item ri on ri.shipper_id = up.shipper_id and ri.return_id = up.return_id
			                   and ri.parcel_id = up.parcel_id
			join return_order ro on ro.shipper_id = ri.shipper_id and ro.id = ri.return_id
			join organization o on o.id = ri.shipper_id
			where up.load_id = :load
			order by ri.shipper_id, ro.rma_number, ri.line_number""";

	private final JdbcClient jdbc;

	LoadContents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Content> itemsInLoad(UUID loadId) {
		return jdbc.sql(ITEMS_IN_LOAD).param("load", loadId).query((rs, row) -> {
			String waste = rs.getString("waste_code");
			return new Content(rs.getObject("id", UUID.class), rs.getObject("return_id", UUID.class),
					rs.getObject("shipper_id", UUID.class), rs.getString("shipper_name"), rs.getString("rma_number"),
					rs.getObject("parcel_id", UUID.class), rs.getBigDecimal("parcel_kg"), rs.getString("sku"),
					rs.getString("description"), rs.getString("hs_code"), rs.getString("origin_country"),
					rs.getInt("quantity"), rs.getBigDecimal("unit_value"), rs.getString("currency"),
					rs.getBigDecimal("weight_kg"), ItemGoodsClass.valueOf(rs.getString("goods_class")),
					(waste != null) ? new WasteCode(waste, rs.getBoolean("waste_hazardous")) : null,
					rs.getString("export_reference"), rs.getObject("exported_on", LocalDate.class));
		}).list();
	}

	/** One return item in a parcel of the load, as stored. */
	record Content(UUID id, UUID returnId, UUID shipperId, String shipperName, String rmaNumber, UUID parcelId,
			BigDecimal parcelKg, String sku, String description, String hsCode, String originCountry, int quantity,
			BigDecimal unitValue, String currency, BigDecimal weightKg, ItemGoodsClass goodsClass,
			@Nullable WasteCode wasteCode, @Nullable String exportReference, @Nullable LocalDate exportedOn) {

		/** The line's net weight: the item's weight per unit times the quantity. */
		BigDecimal netKg() {
			return weightKg.multiply(BigDecimal.valueOf(quantity));
		}

		/** The item as a declaration line sums it. */
		DeclarationLines.Item declared() {
			return new DeclarationLines.Item(shipperId, parcelId, parcelKg, hsCode, originCountry, quantity, unitValue,
					currency, weightKg);
		}

		/** The item as the waste papers and the clearance see it. */
		LoadItem cleared() {
			return new LoadItem(id, returnId, shipperId, sku, rmaNumber, goodsClass, wasteCode,
					new CountryCode(originCountry));
		}

	}

}
