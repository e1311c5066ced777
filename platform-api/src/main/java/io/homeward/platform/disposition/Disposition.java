package io.homeward.platform.disposition;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where an item goes. An item's dispositions are a log: the first may be any, each later
 * one must follow the one before ({@link #mayFollow}), and a final one ends the log.
 * PROCESSING_REQUIRED → REPAIR → RESTOCK is a story; nothing follows DESTROY.
 */
public enum Disposition {

	RESTOCK, REPAIR, REFURBISH, RESELL, DONATE, RECYCLE, RECOVER_ENERGY, DESTROY, RETURN_TO_SHIPPER,
	PROCESSING_REQUIRED;

	/** Where the item ends: nothing follows. */
	private static final Set<Disposition> FINAL = EnumSet.of(RESTOCK, RESELL, DONATE, RECYCLE, RECOVER_ENERGY, DESTROY,
			RETURN_TO_SHIPPER);

	/** The three by which the item is, or becomes, waste. */
	private static final Set<Disposition> WASTE = EnumSet.of(RECYCLE, RECOVER_ENERGY, DESTROY);

	/** Dispositions by which a used product goes back to someone's use, as a product. */
	private static final Set<Disposition> REUSE = EnumSet.of(RESTOCK, RESELL, DONATE);

	boolean isFinal() {
		return FINAL.contains(this);
	}

	/** Whether the item is waste by going this way, whatever its grade. */
	boolean makesWaste() {
		return WASTE.contains(this);
	}

	/** Whether the item goes back to use as a product. */
	boolean reuse() {
		return REUSE.contains(this);
	}

	/**
	 * Whether this disposition may come after {@code previous} ({@code null}: the item
	 * has none yet). A final disposition is followed by nothing. Repair and refurbishment
	 * end in any final disposition (the repaired item restocked or sold; the failed
	 * repair recycled), or in each other, but not in themselves again nor in a new
	 * PROCESSING_REQUIRED, which only opens a story. PROCESSING_REQUIRED is followed by
	 * anything but itself.
	 */
	boolean mayFollow(@Nullable Disposition previous) {
		if (previous == null) {
			return true;
		}
		if (previous.isFinal() || this == previous || this == PROCESSING_REQUIRED) {
			return false;
		}
		return true;
	}

}
