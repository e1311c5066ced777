package io.homeward.platform.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A Relay cursor connection. Built from a page fetched with one row more than asked for,
 * which tells whether there is a next page without a second query. The total is counted
 * only if the operation selects {@code totalCount}: counting is a scan of every visible
 * row, so a page would otherwise cost more the larger the tenant.
 */
public final class Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	private Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	public record Edge<T>(T node, String cursor) {

	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {

	}

	/**
	 * @param totalCount counts every row the connection could page through; called only
	 * when a client asks for the total, inside the operation's transaction
	 */
	public static <T> Connection<T> of(List<T> fetched, PageRequest page, Function<T, String> cursor,
			LongSupplier totalCount) {
		boolean hasNext = fetched.size() > page.first();
		List<Edge<T>> edges = fetched.stream()
			.limit(page.first())
			.map((node) -> new Edge<>(node, cursor.apply(node)))
			.toList();
		return new Connection<>(edges, new PageInfo(hasNext, page.after() != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
				totalCount);
	}

	public List<Edge<T>> edges() {
		return edges;
	}

	public PageInfo pageInfo() {
		return pageInfo;
	}

	public long totalCount() {
		return totalCount.getAsLong();
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

}
