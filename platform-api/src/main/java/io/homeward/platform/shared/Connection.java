package io.homeward.platform.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A Relay cursor connection. Built from a page fetched with one row more than asked for,
 * which tells whether there is a next page without a second query.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(T node, String cursor) {

	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {

	}

	public static <T> Connection<T> of(List<T> fetched, PageRequest page, Function<T, String> cursor, long totalCount) {
		boolean hasNext = fetched.size() > page.first();
		List<Edge<T>> edges = fetched.stream()
			.limit(page.first())
			.map((node) -> new Edge<>(node, cursor.apply(node)))
			.toList();
		return new Connection<>(edges, new PageInfo(hasNext, page.after() != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
				totalCount);
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

}
