package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.returns.ReturnStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What packing needs to know, read and written in the command's transaction: a parcel's
 * return (status, program, origin) and physical data, the subtree of a unit, the goods
 * travelling together, and the placement rows that follow a unit into and out of a load.
 * The parcel is read from the returns module's tables under the operator's own read
 * policy, which is exactly the set of parcels it may pack; the composite foreign keys of
 * unit_parcel hold the copy to the parcel's own shipper and operator.
 */
@Component
class PackingFacts {

	/**
	 * The UN numbers of lithium batteries; an item's mass is its weight times its
	 * quantity.
	 */
	private static final String[] LITHIUM = { "3090", "3091", "3480", "3481" };

	private final JdbcClient jdbc;

	PackingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A parcel as packing sees it. */
	record ParcelFacts(UUID parcelId, UUID shipperId, UUID operatorId, UUID returnId, ReturnStatus returnStatus,
			UUID programId, String originCountry, BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm,
			BigDecimal heightCm, Set<String> unNumbers, BigDecimal lithiumKg) {

		BigDecimal volumeM3() {
			return lengthCm.multiply(widthCm).multiply(heightCm).movePointLeft(6);
		}

	}

	Optional<ParcelFacts> parcel(UUID parcelId) {
		return jdbc.sql("""
				select p.id, p.shipper_id, p.operator_id, p.return_id, r.status, r.program_id, r.origin_country,
				       p.weight_kg, p.length_cm, p.width_cm, p.height_cm,
				       (select string_agg(distinct i.un_number, ',' order by i.un_number) from return_item i
				        where i.shipper_id = p.shipper_id and i.return_id = p.return_id and i.un_number is not null
				          and (i.parcel_id = p.id or i.parcel_id is null)) as un_numbers,
				       (select coalesce(sum(i.weight_kg * i.quantity), 0) from return_item i
				        where i.shipper_id = p.shipper_id and i.return_id = p.return_id
				          and i.un_number = any(:lithium)
				          and (i.parcel_id = p.id or i.parcel_id is null)) as lithium_kg
				from parcel p join return_order r on r.shipper_id = p.shipper_id and r.id = p.return_id
				where p.id = :id""").param("id", parcelId).param("lithium", LITHIUM).query((rs, row) -> {
			String un = rs.getString("un_numbers");
			return new ParcelFacts(rs.getObject("id", UUID.class), rs.getObject("shipper_id", UUID.class),
					rs.getObject("operator_id", UUID.class), rs.getObject("return_id", UUID.class),
					ReturnStatus.valueOf(rs.getString("status")), rs.getObject("program_id", UUID.class),
					rs.getString("origin_country"), rs.getBigDecimal("weight_kg"), rs.getBigDecimal("length_cm"),
					rs.getBigDecimal("width_cm"), rs.getBigDecimal("height_cm"),
					(un == null) ? Set.of() : new LinkedHashSet<>(Arrays.asList(un.split(","))),
					rs.getBigDecimal("lithium_kg"));
		}).optional();
	}

	boolean packed(UUID parcelId) {
		return jdbc.sql("select count(*) from unit_parcel where parcel_id = :id")
			.param("id", parcelId)
			.query(Long.class)
			.single() > 0;
	}

	/** The unit and every unit inside it, now. */
	List<UUID> subtree(UUID unitId) {
		return jdbc.sql("""
				with recursive tree(id) as (
				    select id from handling_unit where id = :id
				    union all
				    select u.id from handling_unit u join tree t on u.parent_unit_id = t.id)
				select id from tree""").param("id", unitId).query(UUID.class).list();
	}

	/** The outermost unit that holds this one (itself when it is in none). */
	UUID root(UUID unitId) {
		return jdbc.sql("""
				with recursive up(id, parent, depth) as (
				    select id, parent_unit_id, 0 from handling_unit where id = :id
				    union all
				    select u.id, u.parent_unit_id, up.depth + 1 from handling_unit u join up on u.id = up.parent)
				select id from up order by depth desc limit 1""").param("id", unitId).query(UUID.class).single();
	}

	/** Goods in a load, or in the given units. */
	List<SegregationCheck.Goods> goodsInLoad(UUID loadId) {
		return goods("load_id = :id", loadId);
	}

	List<SegregationCheck.Goods> goodsInUnits(List<UUID> unitIds) {
		return goods("unit_id = any(:id)", unitIds.toArray(UUID[]::new));
	}

	private List<SegregationCheck.Goods> goods(String where, Object id) {
		return jdbc.sql("select parcel_id, un_numbers, lithium_kg from unit_parcel where " + where)
			.param("id", id)
			.query((rs, row) -> {
				String un = rs.getString("un_numbers");
				return new SegregationCheck.Goods(rs.getObject("parcel_id", UUID.class),
						(un == null || un.isEmpty()) ? Set.of() : new LinkedHashSet<>(Arrays.asList(un.split(","))),
						rs.getBigDecimal("lithium_kg"));
			})
			.list();
	}

	/** Weight in kg and volume in m³ of the parcels in a load, or in the given units. */
	BigDecimal[] loadedInLoad(UUID loadId) {
		return loaded("load_id = :id", loadId);
	}

	BigDecimal[] loadedInUnits(List<UUID> unitIds) {
		return loaded("unit_id = any(:id)", unitIds.toArray(UUID[]::new));
	}

	private BigDecimal[] loaded(String where, Object id) {
		return jdbc.sql("""
				select coalesce(sum(weight_kg), 0), coalesce(sum(length_cm * width_cm * height_cm) / 1000000, 0)
				from unit_parcel where""" + " " + where)
			.param("id", id)
			.query((rs, row) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.single();
	}

	void placeParcel(UUID operatorId, ParcelFacts parcel, UUID unitId, @Nullable UUID loadId, @Nullable UUID carrierId,
			java.time.OffsetDateTime now) {
		jdbc.sql(
				"""
						insert into unit_parcel (operator_id, parcel_id, shipper_id, return_id, unit_id, load_id, carrier_id,
						    weight_kg, length_cm, width_cm, height_cm, un_numbers, lithium_kg, packed_at)
						values (:operator, :parcel, :shipper, :return, :unit, :load, :carrier, :weight, :length, :width, :height,
						    :un, :lithium, :now)""")
			.param("operator", operatorId)
			.param("parcel", parcel.parcelId())
			.param("shipper", parcel.shipperId())
			.param("return", parcel.returnId())
			.param("unit", unitId)
			.param("load", loadId)
			.param("carrier", carrierId)
			.param("weight", parcel.weightKg())
			.param("length", parcel.lengthCm())
			.param("width", parcel.widthCm())
			.param("height", parcel.heightCm())
			.param("un", parcel.unNumbers().isEmpty() ? null : String.join(",", parcel.unNumbers()))
			.param("lithium", parcel.lithiumKg())
			.param("now", now)
			.update();
		if (loadId != null) {
			countShipper(operatorId, loadId, parcel.shipperId(), 1);
		}
	}

	void removeParcel(UUID parcelId) {
		jdbc.sql("delete from unit_parcel where parcel_id = :id").param("id", parcelId).update();
	}

	/**
	 * Moves the units and parcels of a subtree into a load, or out of it (null): the
	 * carrier's policy compares these copies, so they follow the outermost unit, and the
	 * load's shippers are counted again.
	 */
	void moveSubtree(UUID operatorId, List<UUID> unitIds, @Nullable UUID fromLoad, @Nullable UUID toLoad,
			@Nullable UUID carrierId) {
		UUID[] ids = unitIds.toArray(UUID[]::new);
		if (fromLoad != null) {
			shippersIn(ids).forEach((shipper, count) -> countShipper(operatorId, fromLoad, shipper, -count));
		}
		jdbc.sql("update handling_unit set load_id = :load, carrier_id = :carrier where id = any(:ids)")
			.param("load", toLoad)
			.param("carrier", carrierId)
			.param("ids", ids)
			.update();
		jdbc.sql("update unit_parcel set load_id = :load, carrier_id = :carrier where unit_id = any(:ids)")
			.param("load", toLoad)
			.param("carrier", carrierId)
			.param("ids", ids)
			.update();
		if (toLoad != null) {
			shippersIn(ids).forEach((shipper, count) -> countShipper(operatorId, toLoad, shipper, count));
		}
	}

	private java.util.Map<UUID, Integer> shippersIn(UUID[] unitIds) {
		java.util.Map<UUID, Integer> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("select shipper_id, count(*) from unit_parcel where unit_id = any(:ids) group by shipper_id")
			.param("ids", unitIds)
			.query((rs) -> {
				counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return counts;
	}

	void countShipper(UUID operatorId, UUID loadId, UUID shipperId, int delta) {
		jdbc.sql(
				"""
						insert into load_shipper (operator_id, load_id, shipper_id, parcels) values (:operator, :load, :shipper, :delta)
						on conflict (operator_id, load_id, shipper_id) do update set parcels = load_shipper.parcels + :delta""")
			.param("operator", operatorId)
			.param("load", loadId)
			.param("shipper", shipperId)
			.param("delta", delta)
			.update();
	}

	/**
	 * Allocates the operator's next serial reference: the update locks the operator's
	 * settings row until this transaction ends, so allocations queue, and a rollback
	 * gives the number back.
	 * @return the settings as they were before the allocation, or empty without settings
	 */
	Optional<ConsolidationSettings> allocateSerial(UUID operatorId) {
		return jdbc.sql("""
				update consolidation_settings set next_serial = next_serial + 1
				where operator_id = :operator
				returning gs1_company_prefix, extension_digit, resolver_domain, next_serial - 1""")
			.param("operator", operatorId)
			.query((rs, row) -> new ConsolidationSettings(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getLong(4)))
			.optional();
	}

}
