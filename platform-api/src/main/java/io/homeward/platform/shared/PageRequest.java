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
public record PageRequest(int first, @Nullable List<String> after) {

	public static final int MAX_FIRST = 100;

	public static PageRequest of(@Nullable Integer first, @Nullable String after) {
		int size = (first == null) ? 20 : first;
		if (size < 1 || size > MAX_FIRST) {
			throw new InvalidArgumentException("first", "first must be between 1 and " + MAX_FIRST);
		}
		return new PageRequest(size, (after == null) ? null : decode(after));
	}

	/** Fetch one more than asked for, to learn whether another page follows. */
	public int fetchSize() {
		return first + 1;
	}

	public static String cursor(String... parts) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> decode(String cursor) {
		try {
			if (cursor.length() > 200) {
				throw new IllegalArgumentException("too long");
			}
			return List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

}
