package io.homeward.platform.disposition;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The hub's grade of one item, as its operator and its shipper read it. */
public record ItemGrading(UUID itemId, UUID shipperId, Grade grade, @Nullable String notes, List<String> photoRefs,
		@Nullable FunctionalTest functionalTest, @Nullable Proposal proposal, OffsetDateTime gradedAt) {

	/** What the shipper's first fitting rule proposed when the item was graded. */
	public record Proposal(Disposition disposition, @Nullable String wasteOperationCode, String rule) {

	}

	/** The test that shows used electronics work, so they travel as a product. */
	public record FunctionalTest(Result result, String method, @Nullable String evidence) {

		public enum Result {

			PASSED, FAILED

		}

	}

	boolean testPassed() {
		return functionalTest != null && functionalTest.result() == FunctionalTest.Result.PASSED;
	}

}
