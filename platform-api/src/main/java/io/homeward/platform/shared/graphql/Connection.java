package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * A Relay connection over a Spring Data {@link Window}, for the connection types Spring
 * for GraphQL generates. It adds two things the framework's own adapter of windows does
 * not give: {@code totalCount}, counted only if an operation selects it (a count scans
 * every visible row, so a page would otherwise cost more the larger the tenant), and
 * {@code hasPreviousPage}, which is true when the page starts after a cursor.
 */
public final class Connection<T> implements graphql.relay.Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	private Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	/**
	 * @param totalCount counts every row the connection could page through; called only
	 * when the operation asks for the total, inside the operation's transaction
	 */
	public static <T> Connection<T> of(Window<T> window, PageRequest page, LongSupplier totalCount) {
		CursorStrategy<ScrollPosition> cursors = GraphQlPagingConfiguration.cursors();
		List<Edge<T>> edges = IntStream.range(0, window.size())
			.<Edge<T>>mapToObj((index) -> new DefaultEdge<>(window.getContent().get(index),
					new DefaultConnectionCursor(cursors.toCursor(window.positionAt(index)))))
			.toList();
		ConnectionCursor start = edges.isEmpty() ? null : edges.getFirst().getCursor();
		ConnectionCursor end = edges.isEmpty() ? null : edges.getLast().getCursor();
		return new Connection<>(edges, new DefaultPageInfo(start, end, !page.fromStart(), window.hasNext()),
				totalCount);
	}

	@Override
	public List<Edge<T>> getEdges() {
		return edges;
	}

	@Override
	public PageInfo getPageInfo() {
		return pageInfo;
	}

	public long getTotalCount() {
		return totalCount.getAsLong();
	}

	/** The nodes of the page, in order. */
	public List<T> nodes() {
		return edges.stream().map(Edge::getNode).toList();
	}

}
