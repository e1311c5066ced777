package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The dangerous-goods check every packing calls: may {@code packed} join the goods
 * already travelling together with it? "Together" is the load the target is in, or, while
 * the target is in no load, the outermost unit it is in. Every bean of this type is
 * asked; the first refusal stops the packing. {@link TableSegregationCheck} checks the
 * segregation table and the lane's lithium limits.
 */
public interface SegregationCheck {

	/**
	 * @param laneId the lane of the load, or null while the goods are in no load
	 * @return the refusal (code {@link ConsolidationErrorCode#SEGREGATION_VIOLATED}) or
	 * empty when the goods may travel together. Its path is within the packed goods,
	 * empty for them as a whole: the packing puts it under the input field that named
	 * them ({@code unitId} or {@code parcelId}).
	 */
	Optional<UserError> check(@Nullable UUID laneId, List<Goods> packed, List<Goods> alreadyTogether);

	/**
	 * One parcel's dangerous goods: the UN numbers of its items and the mass of its
	 * lithium batteries.
	 */
	record Goods(UUID parcelId, Set<String> unNumbers, BigDecimal lithiumKg) {

	}

}
