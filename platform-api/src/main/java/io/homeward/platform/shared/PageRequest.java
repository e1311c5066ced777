package io.homeward.platform.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code first} and the decoded {@code after} cursor of a connection field. A cursor is
 * the sort key of the last row seen, base64url-encoded; it is opaque to clients and
 * checked on the way in.
 */
public record PageRequest(String connection, int first, @Nullable List<String> after) {

	public static final int MAX_FIRST = 100;

	public static PageRequest of(String connection, @Nullable Integer first, @Nullable String after) {
		int size = (first == null) ? 20 : first;
		if (size < 1 || size > MAX_FIRST) {
			throw new InvalidArgumentException("first", "first must be between 1 and " + MAX_FIRST);
		}
		return new PageRequest(connection, size, (after == null) ? null : decode(connection, after));
	}

	/** Fetch one more than asked for, to learn whether another page follows. */
	public int fetchSize() {
		return first + 1;
	}

	/** The cursor of a row of this connection, from its sort key. */
	public String cursor(String... parts) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((connection + "|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> decode(String connection, String cursor) {
		try {
			if (cursor.length() > 200) {
				throw new IllegalArgumentException("too long");
			}
			List<String> parts = List
				.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|"));
			if (parts.size() < 2 || !parts.getFirst().equals(connection)) {
				throw new IllegalArgumentException("another connection's cursor");
			}
			return parts.subList(1, parts.size());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

}
