package io.homeward.platform.sustainability;

import java.math.BigDecimal;

import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One of an industrial shipper's waste streams: which of its items it covers (by the
 * start of their HS code, or their European waste code), what they are, how hazardous,
 * how reusable and recyclable, and what disposing of them costs today, by which
 * operation.
 */
public record WasteStream(String code, String name, Material material, boolean hazardous, Potential reusePotential,
		Potential recyclingPotential, @Nullable String hsPrefix, @Nullable String wasteCode, String currentOperation,
		Money disposalCostPerKg) {

	public enum Material {

		METAL, PLASTIC, PAPER, GLASS, TEXTILE, WOOD, ELECTRONICS, BATTERIES, CHEMICAL, MIXED

	}

	public enum Potential {

		NONE, LOW, MEDIUM, HIGH

	}

	/**
	 * How closely the stream covers an item: 100 for its waste code, else the length of
	 * the HS prefix it starts with, else 0 (not at all). The closest stream counts it.
	 */
	int fit(String hsCode, @Nullable String itemWasteCode) {
		if (wasteCode != null && wasteCode.equals(itemWasteCode)) {
			return 100;
		}
		return (hsPrefix != null && hsCode.startsWith(hsPrefix)) ? hsPrefix.length() : 0;
	}

	/** The recovered weight's avoided disposal cost, to the cent. */
	Money avoided(BigDecimal recoveredKg) {
		return new Money(recoveredKg.multiply(disposalCostPerKg.amount()).setScale(2, java.math.RoundingMode.HALF_UP),
				disposalCostPerKg.currency());
	}

}
