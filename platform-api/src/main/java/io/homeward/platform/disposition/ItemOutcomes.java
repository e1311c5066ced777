package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items that reached their final disposition in a period, as the caller may read
 * them: a shipper its own, a hub's operator the items it disposed of. Three statements
 * whatever the number of items: the final entries with their items, the recovery values
 * of those items' logs, their certificates. Nothing follows a final entry, so an item's
 * final entry in the period is its last.
 */
@Service
@Transactional(readOnly = true)
public class ItemOutcomes {

	private static final String[] FINAL = Arrays.stream(Disposition.values())
		.filter(Disposition::isFinal)
		.map(Disposition::name)
		.toArray(String[]::new);

	private final JdbcClient jdbc;

	private final WasteOperations operations;

	ItemOutcomes(JdbcClient jdbc, WasteOperations operations) {
		this.jdbc = jdbc;
		this.operations = operations;
	}

	/**
	 * @param from the period's start, inclusive
	 * @param to its end, exclusive
	 * @param programId only items of this program's returns, if given
	 * @param shipperId only this shipper's items, if given
	 */
	public List<ItemOutcome> finalIn(OffsetDateTime from, OffsetDateTime to, @Nullable UUID programId,
			@Nullable UUID shipperId) {
		record Row(UUID itemId, UUID shipperId, UUID returnId, UUID programId, String hsCode,
				@Nullable String wasteCode, int quantity, BigDecimal weightKg, boolean hazardous,
				boolean shippedAsWaste, @Nullable String grade, Disposition disposition, @Nullable String operationCode,
				OffsetDateTime requestedAt, OffsetDateTime finalAt) {
		}
		List<Row> rows = jdbc
			.sql("""
					select f.item_id, f.shipper_id, i.return_id, r.program_id, i.hs_code, i.waste_code, i.quantity,
					       i.weight_kg * i.quantity as weight_kg, (i.waste_hazardous or i.un_number is not null) as hazardous,
					       i.goods_class = 'WASTE' as shipped_as_waste, g.grade, f.disposition, f.operation_code,
					       r.created_at as requested_at, f.recorded_at
					  from item_disposition f
					  join return_item i on i.shipper_id = f.shipper_id and i.id = f.item_id
					  join return_order r on r.shipper_id = i.shipper_id and r.id = i.return_id
					  left join item_grading g on g.shipper_id = f.shipper_id and g.item_id = f.item_id
					 where f.disposition = any(:finals) and f.recorded_at >= :from and f.recorded_at < :to
					   and (cast(:program as uuid) is null or r.program_id = :program)
					   and (cast(:shipper as uuid) is null or f.shipper_id = :shipper)
					 order by f.recorded_at, f.item_id""")
			.param("finals", FINAL)
			.param("from", from)
			.param("to", to)
			.param("program", programId)
			.param("shipper", shipperId)
			.query((rs, n) -> new Row(rs.getObject("item_id", UUID.class), rs.getObject("shipper_id", UUID.class),
					rs.getObject("return_id", UUID.class), rs.getObject("program_id", UUID.class),
					rs.getString("hs_code"), rs.getString("waste_code"), rs.getInt("quantity"),
					rs.getBigDecimal("weight_kg"), rs.getBoolean("hazardous"), rs.getBoolean("shipped_as_waste"),
					rs.getString("grade"), Disposition.valueOf(rs.getString("disposition")),
					rs.getString("operation_code"), rs.getObject("requested_at", OffsetDateTime.class),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID[] ids = rows.stream().map(Row::itemId).toArray(UUID[]::new);
		Map<UUID, List<Money>> resale = new LinkedHashMap<>();
		Map<UUID, List<Money>> material = new LinkedHashMap<>();
		jdbc.sql("""
				select item_id, disposition, recovery_currency, sum(recovery_amount) as amount
				  from item_disposition
				 where item_id = any(:ids) and recovery_amount is not null
				 group by item_id, disposition, recovery_currency
				 order by item_id, recovery_currency, disposition""").param("ids", ids).query((rs) -> {
			Disposition kind = Disposition.valueOf(rs.getString("disposition"));
			Money value = new Money(rs.getBigDecimal("amount"),
					Currency.getInstance(rs.getString("recovery_currency")));
			Map<UUID, List<Money>> into = kind.makesWaste() ? material : resale;
			add(into.computeIfAbsent(rs.getObject("item_id", UUID.class), (id) -> new ArrayList<>()), value);
		});
		Map<UUID, List<ItemOutcome.Certificate>> certificates = new LinkedHashMap<>();
		jdbc.sql("select item_id, partner_name, issued_on from disposal_certificate where item_id = any(:ids)"
				+ " order by issued_on, id")
			.param("ids", ids)
			.query((rs) -> {
				certificates.computeIfAbsent(rs.getObject("item_id", UUID.class), (id) -> new ArrayList<>())
					.add(new ItemOutcome.Certificate(rs.getString("partner_name"),
							rs.getObject("issued_on", java.time.LocalDate.class)));
			});
		List<ItemOutcome> outcomes = new ArrayList<>(rows.size());
		for (Row row : rows) {
			boolean waste = row.shippedAsWaste() || "SCRAP".equals(row.grade()) || row.disposition().makesWaste();
			outcomes.add(new ItemOutcome(row.itemId(), row.shipperId(), row.returnId(), row.programId(), row.hsCode(),
					row.wasteCode(), row.quantity(), row.weightKg(), row.hazardous(), row.disposition(),
					row.operationCode(), waste ? outflow(row.disposition(), row.operationCode()) : null,
					row.requestedAt(), row.finalAt(), resale.getOrDefault(row.itemId(), List.of()),
					material.getOrDefault(row.itemId(), List.of()),
					certificates.getOrDefault(row.itemId(), List.of())));
		}
		return outcomes;
	}

	/**
	 * How ESRS E5-5 counts waste that ended so: going back to use is preparation for
	 * reuse; an operation counts as its table says; going back to the shipper is no
	 * outflow of the hub.
	 */
	private ItemOutcome.@Nullable Outflow outflow(Disposition disposition, @Nullable String code) {
		if (disposition.reuse()) {
			return ItemOutcome.Outflow.PREPARATION_FOR_REUSE;
		}
		if (disposition == Disposition.RETURN_TO_SHIPPER || code == null) {
			return null;
		}
		EsrsOutflow outflow = operations.operation(code).orElseThrow().outflow();
		return ItemOutcome.Outflow.valueOf(outflow.name());
	}

	/** Sums amounts of one currency into one figure. */
	private static void add(List<Money> figures, Money value) {
		for (int i = 0; i < figures.size(); i++) {
			if (figures.get(i).currency().equals(value.currency())) {
				figures.set(i, new Money(figures.get(i).amount().add(value.amount()), value.currency()));
				return;
			}
		}
		figures.add(value);
	}

}
