package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.WasteCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.graphql.KeysetQuery;
import io.homeward.platform.tenancy.Tenant;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of returns: plain SQL straight into the records the API shows, without
 * managed entities (hydrating, dirty-checking and translating criteria queries cost more
 * CPU than the queries themselves). Row-level security still decides what is visible; the
 * organization predicates here only let PostgreSQL pick the index that serves the page.
 * Each batch method takes any number of returns in one statement of one shape
 * ({@code = any(?)} over an array), so PostgreSQL plans it once.
 */
@Component
@Transactional(readOnly = true)
class ReturnQueries {

	/**
	 * A return with its private row, which only the shipper's policy admits: for the
	 * program's operator the join finds none, and the street address and notes read as
	 * null. One statement either way, so a page costs the same for both.
	 */
	private static final String RETURNS = """
			select r.id, r.shipper_id, r.operator_id, r.program_id, r.rma_number, r.status, r.reason,
			       r.origin_city, r.origin_country, r.export_reference, r.exported_on, r.tracking_code,
			       r.created_at, r.updated_at,
			       p.return_id as private_id, p.origin_line1, p.origin_line2, p.origin_postal_code, p.origin_region,
			       p.reason_note, p.status_note
			from return_order r
			left join return_private p on p.shipper_id = r.shipper_id and p.return_id = r.id""";

	private final JdbcClient jdbc;

	ReturnQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A keyset page, newest first: the rows after the cursor's (created_at, id). */
	List<ReturnOrder> page(Tenant tenant, ReturnFilter filter, @Nullable ReturnCursor after, int limit) {
		KeysetQuery query = where(tenant, filter);
		if (after != null) {
			// A row comparison, which PostgreSQL answers from the (org, created_at desc,
			// id desc) index.
			query.and("(r.created_at, r.id) < (:afterCreatedAt, :afterId)")
				.param("afterCreatedAt", after.createdAt())
				.param("afterId", after.id());
		}
		return query.page(jdbc, RETURNS, "r.created_at desc, r.id desc", limit, ReturnQueries::returnOrder);
	}

	long count(Tenant tenant, ReturnFilter filter) {
		return where(tenant, filter).count(jdbc, "return_order r");
	}

	List<ReturnOrder> byIds(Collection<UUID> ids) {
		return jdbc.sql(RETURNS + " where r.id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(ReturnQueries::returnOrder)
			.list();
	}

	/**
	 * The shipper of a return the caller can see: a command tells a return it may only
	 * read (the operator's) from one it cannot see at all.
	 */
	Optional<UUID> shipperOf(UUID returnId) {
		return jdbc.sql("select shipper_id from return_order where id = :id")
			.param("id", returnId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Items of each return in line order, with the reference of the parcel each is in.
	 */
	Map<UUID, List<ReturnItem>> items(Collection<UUID> returnIds) {
		Map<UUID, List<ReturnItem>> byReturn = new LinkedHashMap<>();
		jdbc.sql("""
				select i.id, i.return_id, i.line_number, i.sku, i.description, i.hs_code, i.origin_country,
				       i.quantity, i.unit_value, i.currency, i.weight_kg, i.length_cm, i.width_cm, i.height_cm,
				       i.item_condition, i.un_number, i.goods_class, i.waste_code, i.waste_hazardous,
				       p.reference as parcel_reference
				from return_item i left join parcel p on p.shipper_id = i.shipper_id and p.id = i.parcel_id
				where i.return_id = any(:ids)
				order by i.return_id, i.line_number""")
			.param("ids", returnIds.toArray(UUID[]::new))
			.query((rs, row) -> item(rs))
			.list()
			.forEach((item) -> byReturn.computeIfAbsent(item.returnId(), (id) -> new ArrayList<>()).add(item));
		return byReturn;
	}

	Map<UUID, List<Parcel>> parcels(Collection<UUID> returnIds) {
		Map<UUID, List<Parcel>> byReturn = new LinkedHashMap<>();
		jdbc.sql("""
				select id, return_id, reference, weight_kg, length_cm, width_cm, height_cm
				from parcel where return_id = any(:ids) order by return_id, reference""")
			.param("ids", returnIds.toArray(UUID[]::new))
			.query((rs, row) -> new Parcel(rs.getObject("id", UUID.class), rs.getObject("return_id", UUID.class),
					rs.getString("reference"), rs.getBigDecimal("weight_kg"),
					new Dimensions(rs.getBigDecimal("length_cm"), rs.getBigDecimal("width_cm"),
							rs.getBigDecimal("height_cm"))))
			.list()
			.forEach((parcel) -> byReturn.computeIfAbsent(parcel.returnId(), (id) -> new ArrayList<>()).add(parcel));
		return byReturn;
	}

	/** Customer contacts: only the shipper's policy admits these rows. */
	Map<UUID, CustomerContact> contacts(Collection<UUID> returnIds) {
		Map<UUID, CustomerContact> byReturn = new LinkedHashMap<>();
		jdbc.sql("select return_id, name, email, phone from return_contact where return_id = any(:ids)")
			.param("ids", returnIds.toArray(UUID[]::new))
			.query((rs) -> {
				byReturn.put(rs.getObject("return_id", UUID.class),
						new CustomerContact(rs.getString("name"), rs.getString("email"), rs.getString("phone")));
			});
		return byReturn;
	}

	private static KeysetQuery where(Tenant tenant, ReturnFilter filter) {
		KeysetQuery where = new KeysetQuery();
		switch (tenant.kind()) {
			case SHIPPER -> where.and("r.shipper_id = :org");
			case OPERATOR -> where.and("r.operator_id = :org");
			// Carriers see no returns; the policies would return none anyway.
			case CARRIER -> where.and("false");
		}
		where.param("org", tenant.orgId());
		if (filter.status() != null && !filter.status().isEmpty()) {
			where.and("r.status = any(:statuses)", "statuses",
					filter.status().stream().map(Enum::name).toArray(String[]::new));
		}
		if (filter.programId() != null) {
			// An id that is not a program's (GlobalId.NONE) matches nothing, like an
			// unknown program.
			where.and("r.program_id = :programId", "programId", filter.programId());
		}
		if (filter.createdFrom() != null) {
			where.and("r.created_at >= :createdFrom", "createdFrom", filter.createdFrom());
		}
		if (filter.createdTo() != null) {
			where.and("r.created_at < :createdTo", "createdTo", filter.createdTo());
		}
		return where;
	}

	private static ReturnOrder returnOrder(ResultSet rs, int row) throws SQLException {
		String exportReference = rs.getString("export_reference");
		LocalDate exportedOn = rs.getObject("exported_on", LocalDate.class);
		String city = rs.getString("origin_city");
		String country = rs.getString("origin_country");
		boolean shipperReads = rs.getObject("private_id") != null;
		return new ReturnOrder(rs.getObject("id", UUID.class), rs.getObject("shipper_id", UUID.class),
				rs.getObject("operator_id", UUID.class), rs.getObject("program_id", UUID.class),
				rs.getString("rma_number"), ReturnStatus.valueOf(rs.getString("status")),
				ReturnReason.valueOf(rs.getString("reason")), rs.getString("reason_note"), rs.getString("status_note"),
				city, country,
				shipperReads ? new Address(rs.getString("origin_line1"), rs.getString("origin_line2"), city,
						rs.getString("origin_postal_code"), rs.getString("origin_region"), country) : null,
				(exportReference != null && exportedOn != null) ? new OriginalExport(exportReference, exportedOn)
						: null,
				rs.getString("tracking_code"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

	private static ReturnItem item(ResultSet rs) throws SQLException {
		BigDecimal length = rs.getBigDecimal("length_cm");
		BigDecimal width = rs.getBigDecimal("width_cm");
		BigDecimal height = rs.getBigDecimal("height_cm");
		String wasteCode = rs.getString("waste_code");
		return new ReturnItem(rs.getObject("id", UUID.class), rs.getObject("return_id", UUID.class),
				rs.getInt("line_number"), rs.getString("sku"), rs.getString("description"), rs.getString("hs_code"),
				rs.getString("origin_country"), rs.getInt("quantity"),
				new Money(rs.getBigDecimal("unit_value"), Currency.getInstance(rs.getString("currency"))),
				rs.getBigDecimal("weight_kg"),
				(length != null && width != null && height != null) ? new Dimensions(length, width, height) : null,
				ItemCondition.valueOf(rs.getString("item_condition")), rs.getString("un_number"),
				ItemGoodsClass.valueOf(rs.getString("goods_class")),
				(wasteCode != null) ? new WasteCode(wasteCode, rs.getBoolean("waste_hazardous")).display() : null,
				rs.getString("parcel_reference"));
	}

	/** The sort key of the last row of a page. */
	record ReturnCursor(OffsetDateTime createdAt, UUID id) {

	}

}
