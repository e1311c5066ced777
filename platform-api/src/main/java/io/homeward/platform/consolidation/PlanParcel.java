package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An open parcel at the hub, waiting for a load.
 *
 * @param readyAt when it is at the hub and can be loaded: it goes only into a load whose
 * cut-off is not before this
 * @param deadline the latest departure that still gets it there in time, or {@code null}
 * when any departure will do: it goes only into a load that departs no later than this
 */
public record PlanParcel(UUID id, UUID shipperId, BigDecimal weightKg, BigDecimal volumeM3, DangerousGoods goods,
		Instant readyAt, @Nullable Instant deadline) {

	public PlanParcel {
		if (weightKg.signum() < 0 || volumeM3.signum() < 0) {
			throw new IllegalArgumentException("Weight and volume are not negative");
		}
	}

	Packable packable() {
		return new Packable(id.toString(), goods);
	}

}
