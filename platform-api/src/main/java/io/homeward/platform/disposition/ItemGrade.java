package io.homeward.platform.disposition;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Grade an item received at the hub, or grade it again before its first disposition. */
public record ItemGrade(UUID itemId, Grade grade, @Nullable String notes, List<String> photoRefs,
		ItemGrading.@Nullable FunctionalTest functionalTest) {

	public ItemGrade {
		photoRefs = List.copyOf(photoRefs);
	}

}
