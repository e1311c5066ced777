package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.homeward.platform.network.Lane.TransportMode;

/**
 * How a mode's great-circle distance becomes the distance travelled when the carrier
 * gives none: times a factor, plus kilometres (an aircraft's approach and departure).
 */
public record DistanceAdjustment(TransportMode mode, BigDecimal factor, BigDecimal addedKm, String source) {

	/** The adjusted distance, to a tenth of a kilometre. */
	public BigDecimal apply(BigDecimal greatCircleKm) {
		return greatCircleKm.multiply(factor).add(addedKm).setScale(1, RoundingMode.HALF_UP);
	}

	/** As written in a leg's record: e.g. {@code GCD × 1.05} or {@code GCD + 95 km}. */
	public String formula() {
		StringBuilder text = new StringBuilder("GCD");
		if (factor.compareTo(BigDecimal.ONE) != 0) {
			text.append(" × ").append(factor.stripTrailingZeros().toPlainString());
		}
		if (addedKm.signum() != 0) {
			text.append(" + ").append(addedKm.stripTrailingZeros().toPlainString()).append(" km");
		}
		return text.toString();
	}

}
