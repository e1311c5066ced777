package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadReceived;
import io.homeward.platform.network.GeoPoint;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.pricing.Piece;
import io.homeward.platform.pricing.Quotes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures a load's leg when it is received, in the operator's receiving transaction (a
 * plain {@code @EventListener}, as tracking's milestones are reached), so a received load
 * and its emissions commit together. The distance is the carrier's if it gave one, else
 * the great-circle distance between the hubs adjusted for the mode; a load whose hubs
 * have no coordinates and whose carrier gave no distance stays unmeasured, and
 * {@link UnmeasuredLegs} measures it once either is known. Six statements whatever the
 * number of parcels.
 */
@Component
class LegMeasurements {

	private final JdbcClient jdbc;

	private final NetworkCatalog network;

	private final EmissionFactors factors;

	private final Clock clock = Clock.systemUTC();

	LegMeasurements(JdbcClient jdbc, NetworkCatalog network, EmissionFactors factors) {
		this.jdbc = jdbc;
		this.network = network;
		this.factors = factors;
	}

	@EventListener
	void received(LoadReceived event) {
		measure(event.load());
	}

	/** A parcel that travelled, as unit_parcel records it. */
	private record Travelled(UUID parcelId, UUID shipperId, UUID returnId, Piece piece) {

	}

	/** The distance a leg is measured over, with where it came from. */
	record Distance(BigDecimal km, String source, @Nullable BigDecimal greatCircleKm,
			@Nullable DistanceAdjustment adjustment) {

	}

	/**
	 * Measures the received load's leg, unless it is measured already.
	 * @return whether a leg was recorded now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean measure(Load load) {
		if (load.receivedAt() == null) {
			throw new IllegalArgumentException("load " + load.uuid() + " is not received");
		}
		List<Travelled> parcels = travelled(load.uuid());
		if (parcels.isEmpty()) {
			return false;
		}
		Lane lane = network.lane(load.laneId()).orElseThrow();
		TransportMode mode = lane.mode();
		Map<UUID, Hub> hubs = network.hubsByIds(List.of(load.originHubId(), load.destinationHubId()));
		@Nullable GeoPoint from = hubs.get(load.originHubId()).location();
		@Nullable GeoPoint to = hubs.get(load.destinationHubId()).location();
		@Nullable BigDecimal greatCircle = (from != null && to != null) ? GreatCircle.km(from, to) : null;
		Optional<Distance> distance = distance(load, mode, greatCircle);
		if (distance.isEmpty()) {
			return false;
		}
		var departedOn = load.departureAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		EmissionFactor factor = factors.forMode(mode, departedOn).orElseThrow();
		TransportMode aloneMode = factors.alone(mode).mode();
		EmissionFactor aloneFactor = factors.forMode(aloneMode, departedOn).orElseThrow();
		BigDecimal aloneKm = (greatCircle != null) ? factors.adjustment(aloneMode).apply(greatCircle)
				: distance.get().km();
		List<LegEmissions.Parcel> measured = new ArrayList<>(parcels.size());
		for (Travelled parcel : parcels) {
			measured.add(new LegEmissions.Parcel(parcel.parcelId(), parcel.shipperId(), parcel.piece().weightKg(),
					Quotes.chargeableKg(mode, List.of(parcel.piece()))));
		}
		LegEmissions.Figures figures = LegEmissions.measure(distance.get().km(), factor, measured,
				new LegEmissions.Alone(aloneKm, aloneFactor));
		OffsetDateTime now = OffsetDateTime.now(clock);
		int inserted = jdbc.sql("""
				insert into leg_emission (operator_id, carrier_id, load_id, program_id, mode, received_at, distance_km,
				    distance_source, great_circle_km, adjustment, adjustment_source, parcels, mass_kg, chargeable_kg,
				    tonne_km, factor_key, factor_version, factor_valid_from, factor_wtw, factor_ttw, factor_source,
				    wtw_kg, ttw_kg, alone_mode, alone_distance_km, alone_factor_key, alone_factor_wtw, stand_alone_kg,
				    measured_at)
				values (:operator, :carrier, :load, :program, :mode, :received, :distance, :source, :gcd,
				    :adjustment, :adjustmentSource, :parcels, :mass, :chargeable, :tkm, :factorKey, :factorVersion,
				    :factorFrom, :factorWtw, :factorTtw, :factorSource, :wtw, :ttw, :aloneMode, :aloneKm,
				    :aloneKey, :aloneWtw, :standAlone, :now)
				on conflict do nothing""")
			.param("operator", load.operatorId())
			.param("carrier", load.carrierId())
			.param("load", load.uuid())
			.param("program", load.programId())
			.param("mode", mode.name())
			.param("received", load.receivedAt())
			.param("distance", figures.distanceKm())
			.param("source", distance.get().source())
			.param("gcd", distance.get().greatCircleKm())
			.param("adjustment", (distance.get().adjustment() != null) ? distance.get().adjustment().formula() : null)
			.param("adjustmentSource",
					(distance.get().adjustment() != null) ? distance.get().adjustment().source() : null)
			.param("parcels", parcels.size())
			.param("mass", figures.massKg())
			.param("chargeable", figures.chargeableKg())
			.param("tkm", figures.tonneKm())
			.param("factorKey", factor.key())
			.param("factorVersion", factor.version())
			.param("factorFrom", factor.validFrom())
			.param("factorWtw", factor.wellToWheel())
			.param("factorTtw", factor.tankToWheel())
			.param("factorSource", factor.source())
			.param("wtw", figures.wellToWheelKg())
			.param("ttw", figures.tankToWheelKg())
			.param("aloneMode", aloneMode.name())
			.param("aloneKm", aloneKm)
			.param("aloneKey", aloneFactor.key())
			.param("aloneWtw", aloneFactor.wellToWheel())
			.param("standAlone", figures.standAloneKg())
			.param("now", now)
			.update();
		if (inserted == 0) {
			return false;
		}
		int count = figures.shares().size();
		UUID[] ids = new UUID[count];
		UUID[] shippers = new UUID[count];
		UUID[] returns = new UUID[count];
		BigDecimal[][] numbers = new BigDecimal[6][count];
		for (int i = 0; i < count; i++) {
			LegEmissions.Share share = figures.shares().get(i);
			ids[i] = share.parcel().parcelId();
			shippers[i] = share.parcel().shipperId();
			returns[i] = parcels.get(i).returnId();
			numbers[0][i] = share.parcel().massKg();
			numbers[1][i] = share.parcel().chargeableKg();
			numbers[2][i] = share.tonneKm();
			numbers[3][i] = share.wellToWheelKg();
			numbers[4][i] = share.tankToWheelKg();
			numbers[5][i] = share.standAloneKg();
		}
		jdbc.sql("""
				insert into parcel_emission (operator_id, load_id, parcel_id, shipper_id, return_id, program_id,
				    received_at, mass_kg, chargeable_kg, tonne_km, wtw_kg, ttw_kg, stand_alone_kg)
				select :operator, :load, p.id, p.shipper, p.ret, :program, :received, p.mass, p.chargeable, p.tkm,
				       p.wtw, p.ttw, p.alone
				  from unnest(cast(:ids as uuid[]), cast(:shippers as uuid[]), cast(:returns as uuid[]),
				              cast(:mass as numeric[]), cast(:chargeable as numeric[]), cast(:tkm as numeric[]),
				              cast(:wtw as numeric[]), cast(:ttw as numeric[]), cast(:alone as numeric[]))
				       as p (id, shipper, ret, mass, chargeable, tkm, wtw, ttw, alone)""")
			.param("operator", load.operatorId())
			.param("load", load.uuid())
			.param("program", load.programId())
			.param("received", load.receivedAt())
			.param("ids", ids)
			.param("shippers", shippers)
			.param("returns", returns)
			.param("mass", numbers[0])
			.param("chargeable", numbers[1])
			.param("tkm", numbers[2])
			.param("wtw", numbers[3])
			.param("ttw", numbers[4])
			.param("alone", numbers[5])
			.update();
		return true;
	}

	/** The carrier's distance, else the great circle adjusted for the mode, else none. */
	private Optional<Distance> distance(Load load, TransportMode mode, @Nullable BigDecimal greatCircle) {
		Optional<BigDecimal> reported = jdbc.sql("select distance_km from load_distance where load_id = :load")
			.param("load", load.uuid())
			.query(BigDecimal.class)
			.optional();
		if (reported.isPresent()) {
			return Optional.of(new Distance(reported.get(), "CARRIER", null, null));
		}
		if (greatCircle == null) {
			return Optional.empty();
		}
		DistanceAdjustment adjustment = factors.adjustment(mode);
		return Optional.of(new Distance(adjustment.apply(greatCircle), "GREAT_CIRCLE", greatCircle, adjustment));
	}

	/**
	 * The load's parcels that travelled: every one packed in it but those found missing.
	 */
	private List<Travelled> travelled(UUID loadId) {
		return jdbc
			.sql("""
					select up.parcel_id, up.shipper_id, up.return_id, up.weight_kg, up.length_cm, up.width_cm, up.height_cm,
					       up.un_numbers
					  from unit_parcel up
					 where up.load_id = :load
					   and not exists (select 1 from receipt_line r
					                    where r.load_id = up.load_id and r.parcel_id = up.parcel_id and r.outcome = 'MISSING')
					 order by up.parcel_id""")
			.param("load", loadId)
			.query((rs, n) -> new Travelled(rs.getObject("parcel_id", UUID.class),
					rs.getObject("shipper_id", UUID.class), rs.getObject("return_id", UUID.class),
					new Piece(rs.getBigDecimal("weight_kg"), rs.getBigDecimal("length_cm"),
							rs.getBigDecimal("width_cm"), rs.getBigDecimal("height_cm"), 1,
							rs.getString("un_numbers") != null)))
			.list();
	}

}
