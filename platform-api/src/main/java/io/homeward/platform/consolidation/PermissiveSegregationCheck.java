package io.homeward.platform.consolidation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Admits every combination: the placeholder until the segregation table (issue 7, item 3)
 * replaces it. Delete this class when that check exists.
 */
@Component
class PermissiveSegregationCheck implements SegregationCheck {

	@Override
	public Optional<UserError> check(@Nullable UUID laneId, List<Goods> packed, List<Goods> alreadyTogether) {
		return Optional.empty();
	}

}
