package io.homeward.platform.pricing;

import java.util.List;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

public record QuoteResult(@Nullable LaneQuote quote, List<UserError> errors) {

}
