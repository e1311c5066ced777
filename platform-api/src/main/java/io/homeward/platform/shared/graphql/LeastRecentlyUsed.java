package io.homeward.platform.shared.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map that forgets its least recently used entry, for what the engine keeps per
 * document: parsed documents ({@link ParsedDocumentCache}) and their measures
 * ({@link QueryLimits.Checks}). Unique documents cannot grow it past its capacity.
 */
final class LeastRecentlyUsed {

	private LeastRecentlyUsed() {
	}

	static <K, V> Map<K, V> map(int capacity) {
		return Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		});
	}

}
