package io.homeward.platform.shared.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads a connection field's {@code first} and {@code after} into a {@link PageRequest},
 * decoding the cursor with Spring for GraphQL's cursor strategy for Spring Data scroll
 * positions (a keyset as JSON, base64-encoded). What a client may send is checked here,
 * once for every connection: {@code first} within 1–100 (Spring's own
 * {@code ScrollSubrange} would quietly drop a negative one), and an {@code after} that is
 * a forward keyset issued by this very connection. Anything else is
 * {@code BAD_USER_INPUT} naming the argument.
 */
@Component
final class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

	private static final int MAX_CURSOR_LENGTH = 400;

	private final CursorStrategy<ScrollPosition> cursors;

	PageRequestArgumentResolver(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageRequest.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		String connection = environment.getField().getName();
		Integer first = environment.getArgument("first");
		int size = (first != null) ? first : PageRequest.DEFAULT_FIRST;
		if (size < 1 || size > PageRequest.MAX_FIRST) {
			throw new InvalidArgumentException("first", "first must be between 1 and " + PageRequest.MAX_FIRST);
		}
		String after = environment.getArgument("after");
		return new PageRequest(connection, size,
				(after != null) ? position(connection, after) : ScrollPosition.keyset());
	}

	private KeysetScrollPosition position(String connection, String cursor) {
		@Nullable ScrollPosition position = null;
		if (cursor.length() <= MAX_CURSOR_LENGTH) {
			try {
				position = cursors.fromCursor(cursor);
			}
			catch (RuntimeException ex) {
				// reported below, like any other cursor that is not ours
			}
		}
		if (position instanceof KeysetScrollPosition keyset && keyset.scrollsForward()
				&& connection.equals(keyset.getKeys().get(PageRequest.CONNECTION_KEY))) {
			Map<String, Object> keys = new LinkedHashMap<>(keyset.getKeys());
			keys.remove(PageRequest.CONNECTION_KEY);
			return ScrollPosition.forward(keys);
		}
		throw new InvalidArgumentException("after", "after is not a cursor from this connection");
	}

}
