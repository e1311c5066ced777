package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distance a load's carrier gives for it, which its leg is measured over instead of
 * the great circle. The carrier gives it until the load is received; the leg is measured
 * then and keeps what it was measured with.
 */
@Service
public class LoadDistances {

	static final BigDecimal MAX_KM = new BigDecimal("40000");

	private final JdbcClient jdbc;

	private final Loads loads;

	LoadDistances(JdbcClient jdbc, Loads loads) {
		this.jdbc = jdbc;
		this.loads = loads;
	}

	@Transactional
	public Outcome<Load> report(LoadDistanceReport command) {
		Tenant tenant = TenantContext.require();
		Violations form = new Violations();
		form.decimal("distanceKm", command.distanceKm(), false, MAX_KM, 1);
		form.optionalText("note", command.note(), 500);
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		Optional<Load> found = loads.byId(command.loadId());
		if (found.isEmpty()) {
			return Outcome.refused("loadId", CommonErrorCode.NOT_FOUND, "No such load");
		}
		Load load = found.get();
		if (!tenant.is(OrganizationKind.CARRIER) || !load.carrierId().equals(tenant.orgId())) {
			return Outcome.refused("loadId", CommonErrorCode.NOT_PERMITTED,
					"Only the load's carrier gives its distance");
		}
		if (load.status() == LoadStatus.RECEIVED) {
			return Outcome.refused("loadId", SustainabilityErrorCode.LOAD_ALREADY_RECEIVED,
					"The load is received: its leg is measured with what was known then");
		}
		String note = command.note();
		jdbc.sql(
				"""
						insert into load_distance (operator_id, carrier_id, load_id, distance_km, note, reported_by, reported_at)
						values (:operator, :carrier, :load, :km, :note, :by, :at)
						on conflict (operator_id, load_id) do update set distance_km = excluded.distance_km,
						    note = excluded.note, reported_by = excluded.reported_by, reported_at = excluded.reported_at""")
			.param("operator", load.operatorId())
			.param("carrier", load.carrierId())
			.param("load", load.uuid())
			.param("km", command.distanceKm())
			.param("note", (note == null || note.isBlank()) ? null : note.strip())
			.param("by", tenant.userId())
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
			.update();
		return Outcome.done(load);
	}

}
