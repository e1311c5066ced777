package io.homeward.platform.sustainability;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measured legs of loads, as each reader may see them: two statements per batch of
 * loads, the legs and the parcels' shares, under the reader's policies (a shipper reads
 * only its own parcels' shares).
 */
@Service
@Transactional(readOnly = true)
public class Emissions {

	private final JdbcClient jdbc;

	private final EmissionFactors factors;

	Emissions(JdbcClient jdbc, EmissionFactors factors) {
		this.jdbc = jdbc;
		this.factors = factors;
	}

	/** Every factor of the table, those that measure and those kept for reference. */
	public List<EmissionFactor> factors() {
		return factors.all();
	}

	public Map<UUID, LoadEmissions> byLoads(Collection<UUID> loadIds) {
		if (loadIds.isEmpty()) {
			return Map.of();
		}
		UUID[] ids = loadIds.toArray(UUID[]::new);
		Map<UUID, List<LoadEmissions.ParcelEmissions>> parcels = new LinkedHashMap<>();
		jdbc.sql("""
				select load_id, parcel_id, mass_kg, chargeable_kg, tonne_km, wtw_kg, ttw_kg, stand_alone_kg
				  from parcel_emission where load_id = any(:ids) order by load_id, parcel_id""")
			.param("ids", ids)
			.query((rs) -> {
				parcels.computeIfAbsent(rs.getObject("load_id", UUID.class), (id) -> new ArrayList<>())
					.add(new LoadEmissions.ParcelEmissions(rs.getObject("parcel_id", UUID.class),
							rs.getBigDecimal("mass_kg"), rs.getBigDecimal("chargeable_kg"),
							new EmissionFigures(rs.getBigDecimal("tonne_km"), rs.getBigDecimal("wtw_kg"),
									rs.getBigDecimal("ttw_kg"), rs.getBigDecimal("stand_alone_kg"))));
			});
		boolean shipper = TenantContext.require().is(OrganizationKind.SHIPPER);
		Map<UUID, LoadEmissions> legs = new LinkedHashMap<>();
		jdbc.sql("""
				select load_id, mode, distance_km, distance_source, great_circle_km, adjustment, adjustment_source,
				       factor_key, factor_version, factor_valid_from, factor_wtw, factor_ttw, factor_source, tonne_km,
				       wtw_kg, ttw_kg, stand_alone_kg, measured_at
				  from leg_emission where load_id = any(:ids)""").param("ids", ids).query((rs) -> {
			UUID loadId = rs.getObject("load_id", UUID.class);
			TransportMode mode = TransportMode.valueOf(rs.getString("mode"));
			EmissionFactor factor = new EmissionFactor(rs.getString("factor_key"), mode,
					vehicle(rs.getString("factor_key"), rs.getObject("factor_valid_from", LocalDate.class)),
					rs.getBigDecimal("factor_wtw"), rs.getBigDecimal("factor_ttw"),
					rs.getObject("factor_valid_from", LocalDate.class), rs.getString("factor_version"), mode,
					rs.getString("factor_source"));
			EmissionFigures leg = shipper ? null : new EmissionFigures(rs.getBigDecimal("tonne_km"),
					rs.getBigDecimal("wtw_kg"), rs.getBigDecimal("ttw_kg"), rs.getBigDecimal("stand_alone_kg"));
			legs.put(loadId,
					new LoadEmissions(loadId, mode, rs.getBigDecimal("distance_km"), rs.getString("distance_source"),
							rs.getBigDecimal("great_circle_km"), rs.getString("adjustment"),
							rs.getString("adjustment_source"), factor, leg, parcels.getOrDefault(loadId, List.of()),
							rs.getObject("measured_at", OffsetDateTime.class)));
		});
		return legs;
	}

	/**
	 * The vehicle a leg's factor names, from the table (a leg copies figures, not text).
	 */
	private String vehicle(String key, LocalDate validFrom) {
		return factors.all()
			.stream()
			.filter((factor) -> factor.key().equals(key) && factor.validFrom().equals(validFrom))
			.map(EmissionFactor::vehicle)
			.findFirst()
			.orElse(key);
	}

}
