package io.homeward.platform.sustainability;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Emissions in kilograms of CO2e to the gram, and the transport activity behind them. */
public record EmissionFigures(BigDecimal tonneKm, BigDecimal wellToWheelKg, BigDecimal tankToWheelKg,
		BigDecimal standAloneKg) {

	public static final EmissionFigures NONE = new EmissionFigures(BigDecimal.ZERO.setScale(3),
			BigDecimal.ZERO.setScale(3), BigDecimal.ZERO.setScale(3), BigDecimal.ZERO.setScale(3));

	/** Stand-alone minus pooled, well-to-wheel. */
	@JsonProperty("avoidedKg")
	public BigDecimal avoidedKg() {
		return standAloneKg.subtract(wellToWheelKg);
	}

}
