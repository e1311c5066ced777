package io.homeward.platform.consolidation;

import org.jspecify.annotations.Nullable;

/**
 * Why goods may not travel together, and the rule that says so.
 *
 * @param first the reference of the parcel or unit refused
 * @param second the one it may not travel with, or {@code null} when the refusal is of
 * the first alone (on the lane, or within itself)
 * @param source where the rule comes from, as the table cites it
 */
public record SegregationRefusal(SegregationReason reason, String first, @Nullable String second, String source,
		String message) {

}
