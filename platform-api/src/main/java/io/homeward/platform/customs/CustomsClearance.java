package io.homeward.platform.customs;

import java.time.LocalDate;
import java.util.List;

import io.homeward.platform.consolidation.Load;

/**
 * A load's waste papers as its reader may see them: per item (the operator's all, a
 * shipper's own, the carrier's none) what it needs on {@code checkedOn} and where each
 * need stands, and the load's documents.
 *
 * @param transboundary whether the load's hubs are in different countries, the only loads
 * the papers are asked of
 */
public record CustomsClearance(Load load, LocalDate checkedOn, boolean transboundary, List<ItemClearance> items,
		List<CustomsDocument> documents) {

	public CustomsClearance {
		items = List.copyOf(items);
		documents = List.copyOf(documents);
	}

}
