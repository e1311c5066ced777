package io.homeward.platform.sustainability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.tenancy.OrganizationDisabledException;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the received loads that have no leg yet: those received before this module
 * existed, or before their hubs had coordinates or their carrier a distance. Runs once
 * the application is ready; it learns from {@code sustainability_unmeasured_loads()}
 * which loads of which operators, and nothing else, then works as each operator in turn
 * under its policies (as the retention job works as each shipper), one transaction per
 * load.
 */
@Component
class UnmeasuredLegs {

	private static final Logger log = LoggerFactory.getLogger(UnmeasuredLegs.class);

	static final String ACTOR = "homeward-emissions";

	private final JdbcClient jdbc;

	private final Loads loads;

	private final LegMeasurements measurements;

	private final TransactionTemplate transactions;

	UnmeasuredLegs(JdbcClient jdbc, Loads loads, LegMeasurements measurements, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.loads = loads;
		this.measurements = measurements;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		int measured = runOnce();
		if (measured > 0) {
			log.info("Measured the legs of {} received loads", measured);
		}
	}

	/** One pass over every unmeasured load; answers how many legs it recorded. */
	int runOnce() {
		Map<UUID, List<UUID>> byOperator = new LinkedHashMap<>();
		jdbc.sql("select operator_id, load_id from sustainability_unmeasured_loads()").query((rs) -> {
			byOperator.computeIfAbsent(rs.getObject("operator_id", UUID.class), (id) -> new ArrayList<>())
				.add(rs.getObject("load_id", UUID.class));
		});
		int measured = 0;
		for (Map.Entry<UUID, List<UUID>> operator : byOperator.entrySet()) {
			Tenant acting = Tenant.acting(operator.getKey(), OrganizationKind.OPERATOR, ACTOR);
			for (UUID loadId : operator.getValue()) {
				try {
					Boolean done = TenantContext.supplyAs(acting, () -> transactions.execute((status) -> {
						Load load = loads.byId(loadId).orElseThrow();
						return measurements.measure(load);
					}));
					measured += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (CannotCreateTransactionException ex) {
					if (!OrganizationDisabledException.isCauseOf(ex)) {
						throw ex;
					}
					// A disabled operator's legs wait for it to be enabled again.
					break;
				}
			}
		}
		return measured;
	}

}
