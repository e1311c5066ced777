package io.homeward.platform.customs;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one item of a load needs to leave, and where each need stands. A product, and any
 * item of a load that stays inside one country, needs no waste papers.
 *
 * @param wasteCode as the List of Waste writes it ("20 01 35*"), null for a product
 */
public record ItemClearance(UUID itemId, UUID returnId, String sku, String rmaNumber, @Nullable String wasteCode,
		List<DocumentNeed> needs) {

	public ItemClearance {
		needs = List.copyOf(needs);
	}

}
