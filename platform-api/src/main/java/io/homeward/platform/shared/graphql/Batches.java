package io.homeward.platform.shared.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Joins the result of one batched lookup back onto the parents that asked for it. */
public final class Batches {

	private Batches() {
	}

	/**
	 * Each parent mapped to the value found under its key. Parents whose key found
	 * nothing are left out, which GraphQL answers as null.
	 */
	public static <P, K, V> Map<P, V> join(List<P> parents, Function<P, K> key, Map<K, V> found) {
		Map<P, V> joined = new LinkedHashMap<>();
		for (P parent : parents) {
			V value = found.get(key.apply(parent));
			if (value != null) {
				joined.put(parent, value);
			}
		}
		return joined;
	}

	/**
	 * Each parent mapped to the list found under its key, an empty list when nothing was
	 * found: a list field is never null for a parent that has no children.
	 */
	public static <P, K, V> Map<P, List<V>> joinLists(List<P> parents, Function<P, K> key, Map<K, List<V>> found) {
		Map<P, List<V>> joined = new LinkedHashMap<>();
		for (P parent : parents) {
			joined.put(parent, found.getOrDefault(key.apply(parent), List.of()));
		}
		return joined;
	}

	/** The distinct keys of the parents, for the one lookup. */
	public static <P, K> List<K> keys(List<P> parents, Function<P, K> key) {
		return parents.stream().map(key).distinct().toList();
	}

}
