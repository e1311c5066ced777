package io.homeward.platform.shared.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/**
 * The page a connection field asks for: {@code first} and the keyset position after which
 * it starts, as Spring Data types. Controllers take it as an argument (it is read from
 * the field's {@code first} and {@code after} by {@link PageRequestArgumentResolver});
 * services take its position and limit and answer with a {@link Window}.
 *
 * @param connection the connection field's name; cursors carry it, so one connection's
 * cursor is refused by another
 * @param first the page size, 1 to {@link #MAX_FIRST}
 * @param position the keys of the last row of the previous page, or the initial position
 */
public record PageRequest(String connection, int first, KeysetScrollPosition position) {

	public static final int MAX_FIRST = 100;

	public static final int DEFAULT_FIRST = 20;

	/** The key naming the connection inside every cursor. */
	static final String CONNECTION_KEY = "connection";

	/** From the start of a connection, for code that pages outside GraphQL. */
	public static PageRequest first(String connection, int first) {
		return new PageRequest(connection, first, ScrollPosition.keyset());
	}

	public Limit limit() {
		return Limit.of(first);
	}

	/** One row more than the page, to learn whether another page follows. */
	public int fetchSize() {
		return first + 1;
	}

	public boolean fromStart() {
		return position.isInitial();
	}

	/** The sort keys of the last row seen; empty from the start. */
	public Map<String, Object> after() {
		return position.getKeys();
	}

	/**
	 * The window of rows fetched with {@link #fetchSize()}: at most {@code first} of
	 * them, each positioned by its sort keys, and whether more follow.
	 */
	public <T> Window<T> window(List<T> fetched, Function<T, Map<String, ?>> keys) {
		List<T> content = fetched.subList(0, Math.min(first, fetched.size()));
		return Window.from(content, (index) -> position(keys.apply(content.get(index))), fetched.size() > first);
	}

	private ScrollPosition position(Map<String, ?> keys) {
		Map<String, Object> named = new LinkedHashMap<>();
		named.put(CONNECTION_KEY, connection);
		named.putAll(keys);
		return ScrollPosition.forward(named);
	}

}
