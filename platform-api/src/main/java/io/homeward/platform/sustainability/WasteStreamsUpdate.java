package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Replace the caller's waste streams with these, in this order. */
public record WasteStreamsUpdate(List<Stream> streams) {

	public WasteStreamsUpdate {
		streams = List.copyOf(streams);
	}

	/** A stream as given: text the service checks. */
	public record Stream(@Nullable String code, @Nullable String name, WasteStream.Material material, boolean hazardous,
			WasteStream.Potential reusePotential, WasteStream.Potential recyclingPotential, @Nullable String hsPrefix,
			@Nullable String wasteCode, @Nullable String currentOperation, @Nullable BigDecimal disposalCostPerKg,
			@Nullable String currency) {

	}

}
