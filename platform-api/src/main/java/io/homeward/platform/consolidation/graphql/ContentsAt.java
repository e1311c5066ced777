package io.homeward.platform.consolidation.graphql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.consolidation.Containment;
import io.homeward.platform.consolidation.HandlingUnits;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The key of {@code contents(at:)} on a unit or a load: @BatchMapping takes no arguments,
 * so the field has a DataLoader of its own, keyed by parent and moment. A page asks for
 * one moment (or none, meaning now), so a page of loads or units costs one statement per
 * distinct moment, not one per row.
 */
record ContentsAt(UUID parentId, @Nullable OffsetDateTime at) {

	/**
	 * The loader's name, and the name of the controller parameters it is given to: by
	 * type it would be {@code java.util.List}, which says nothing.
	 */
	static final String NAME = "contentsAt";

	@Component
	static final class Loader {

		Loader(BatchLoaderRegistry registry, HandlingUnits units) {
			registry.<ContentsAt, List<Containment>>forName(NAME).registerMappedBatchLoader((keys, environment) -> {
				// Runs when the batch is dispatched, on the request's thread and in its
				// transaction.
				return Mono.fromSupplier(() -> load(units, keys));
			});
		}

		private static Map<ContentsAt, List<Containment>> load(HandlingUnits units, Set<ContentsAt> keys) {
			Map<Optional<OffsetDateTime>, List<UUID>> byMoment = new LinkedHashMap<>();
			keys.forEach((key) -> byMoment.computeIfAbsent(Optional.ofNullable(key.at()), (k) -> new ArrayList<>())
				.add(key.parentId()));
			Map<ContentsAt, List<Containment>> answers = new HashMap<>();
			byMoment.forEach((moment, parents) -> {
				Map<UUID, List<Containment>> contents = units.contentsOf(parents, moment.orElse(null));
				parents.forEach((parent) -> answers.put(new ContentsAt(parent, moment.orElse(null)),
						contents.getOrDefault(parent, List.of())));
			});
			return answers;
		}

	}

}
