package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A load was received at its destination hub: published inside the receiving transaction,
 * like {@link LoadDispatched}, with every receipt line recorded, of every shipper (and
 * the unexpected ones, which have none).
 *
 * @param load the load, as received
 * @param receivedAt when
 * @param lines the receipt lines
 */
public record LoadReceived(Load load, OffsetDateTime receivedAt, List<ReceiptLine> lines) {

	public LoadReceived {
		lines = List.copyOf(lines);
	}

}
