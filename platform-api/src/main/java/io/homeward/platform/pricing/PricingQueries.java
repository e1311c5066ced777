package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of pricing: plain SQL straight into the records the API and the quotes
 * use, without managed entities. A card and its breaks come in one statement (a join,
 * grouped here), whatever the number of cards.
 * <p>
 * No statement has a tenant predicate for security: row-level security decides what the
 * caller sees (the owning operator and shippers read cards, carriers and other operators
 * nothing). Where the program's operator is known, it is named so PostgreSQL uses the
 * primary key, which starts with it.
 */
@Component
@Transactional(readOnly = true)
class PricingQueries {

	private static final String CARD_COLUMNS = """
			c.id, c.lane_id, c.version, c.currency, c.valid_from, c.valid_to, c.minimum_charge,
			c.fuel_surcharge_percent, c.dangerous_goods_fee, c.pickup_fee, c.customs_clearance_fee,
			c.load_capacity_kg, c.published_at, b.from_kg, b.price_per_kg""";

	/** Breaks joined by their whole key prefix, so the primary key serves the join. */
	private static final String BREAKS = """
			left join rate_card_break b on b.operator_id = c.operator_id and b.rate_card_id = c.id""";

	private final JdbcClient jdbc;

	PricingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of a lane's card, newest first. */
	List<RateCard> ofLane(UUID laneId) {
		return cards(jdbc
			.sql("select " + CARD_COLUMNS + " from rate_card c " + BREAKS
					+ " where c.lane_id = :lane order by c.version desc, b.from_kg")
			.param("lane", laneId));
	}

	Map<UUID, RateCard> byIds(Collection<UUID> ids) {
		Map<UUID, RateCard> byId = new LinkedHashMap<>();
		cards(jdbc
			.sql("select " + CARD_COLUMNS + " from rate_card c " + BREAKS
					+ " where c.id = any(:ids) order by c.id, b.from_kg")
			.param("ids", ids.toArray(UUID[]::new))).forEach((card) -> byId.put(card.uuid(), card));
		return byId;
	}

	/** The card in force on a lane at {@code at}: the newest whose window contains it. */
	Optional<RateCard> active(UUID laneId, OffsetDateTime at) {
		return cards(jdbc.sql("select " + CARD_COLUMNS + """
				 from (select * from rate_card where lane_id = :lane and valid_from <= :at
				       and (valid_to is null or valid_to > :at) order by valid_from desc, version desc limit 1) c
				""" + BREAKS + " order by b.from_kg").param("lane", laneId).param("at", at)).stream().findFirst();
	}

	/**
	 * The windows of a lane's versions, newest first, for a publication to check against.
	 */
	List<Validity> versions(UUID laneId) {
		return jdbc
			.sql("select id, version, valid_from, valid_to from rate_card where lane_id = :lane"
					+ " order by version desc")
			.param("lane", laneId)
			.query((rs, row) -> new Validity(rs.getObject("id", UUID.class), rs.getInt("version"),
					rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_to", OffsetDateTime.class)))
			.list();
	}

	Optional<BigDecimal> expectedFill(UUID operatorId, UUID programId) {
		return jdbc
			.sql("select expected_fill from program_pricing where operator_id = :operator and program_id = :program")
			.param("operator", operatorId)
			.param("program", programId)
			.query(BigDecimal.class)
			.optional();
	}

	/**
	 * A shipper's adjustment in a program, in percent of freight; only that shipper and
	 * the operator can read the row.
	 */
	Optional<BigDecimal> adjustment(UUID operatorId, UUID programId, UUID shipperId) {
		return jdbc.sql("""
				select percent from negotiated_adjustment
				where operator_id = :operator and program_id = :program and shipper_id = :shipper""")
			.param("operator", operatorId)
			.param("program", programId)
			.param("shipper", shipperId)
			.query(BigDecimal.class)
			.optional();
	}

	/** A version's window: what a new version must not overlap. */
	record Validity(UUID id, int version, OffsetDateTime validFrom, @Nullable OffsetDateTime validTo) {

	}

	/** The rows of one statement, a card per run of rows, in the statement's order. */
	private static List<RateCard> cards(JdbcClient.StatementSpec statement) {
		Map<UUID, CardRows> cards = new LinkedHashMap<>();
		statement.query((rs) -> {
			CardRows card = cards.computeIfAbsent(rs.getObject("id", UUID.class), (id) -> new CardRows(rs));
			BigDecimal fromKg = rs.getBigDecimal("from_kg");
			if (fromKg != null) {
				card.breaks.add(new WeightBreak(fromKg, rs.getBigDecimal("price_per_kg")));
			}
		});
		return cards.values().stream().map(CardRows::toRateCard).toList();
	}

	private static final class CardRows {

		private final UUID id;

		private final UUID laneId;

		private final int version;

		private final String currency;

		private final OffsetDateTime validFrom;

		private final @Nullable OffsetDateTime validTo;

		private final BigDecimal minimumCharge;

		private final BigDecimal fuelSurchargePercent;

		private final Accessorials accessorials;

		private final BigDecimal loadCapacityKg;

		private final OffsetDateTime publishedAt;

		private final List<WeightBreak> breaks = new ArrayList<>();

		CardRows(ResultSet rs) {
			try {
				this.id = rs.getObject("id", UUID.class);
				this.laneId = rs.getObject("lane_id", UUID.class);
				this.version = rs.getInt("version");
				this.currency = rs.getString("currency");
				this.validFrom = rs.getObject("valid_from", OffsetDateTime.class);
				this.validTo = rs.getObject("valid_to", OffsetDateTime.class);
				this.minimumCharge = rs.getBigDecimal("minimum_charge");
				this.fuelSurchargePercent = rs.getBigDecimal("fuel_surcharge_percent");
				this.accessorials = new Accessorials(rs.getBigDecimal("dangerous_goods_fee"),
						rs.getBigDecimal("pickup_fee"), rs.getBigDecimal("customs_clearance_fee"));
				this.loadCapacityKg = rs.getBigDecimal("load_capacity_kg");
				this.publishedAt = rs.getObject("published_at", OffsetDateTime.class);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Unreadable rate card row", ex);
			}
		}

		RateCard toRateCard() {
			return new RateCard(id, laneId, version, validFrom, validTo,
					new Tariff(currency, breaks, minimumCharge, fuelSurchargePercent, accessorials, loadCapacityKg),
					publishedAt);
		}

	}

}
