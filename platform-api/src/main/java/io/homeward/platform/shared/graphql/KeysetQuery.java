package io.homeward.platform.shared.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of a keyset page and of its total, over {@link JdbcClient}: the conditions a
 * read adds (its filters and, after a cursor, the keyset comparison) joined by
 * {@code and}, then {@code order by} the keyset and {@code limit :limit}. The page and
 * its count share the conditions, so a connection's {@code totalCount} counts exactly the
 * rows it pages through. With no condition there is no {@code where} at all, so a read
 * with nothing to filter sends the plain statement the index answers.
 * <p>
 * Conditions and orders are SQL text the read writes itself; values go only through named
 * parameters.
 */
public final class KeysetQuery {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, @Nullable Object> parameters = new LinkedHashMap<>();

	/** A condition that needs no value, such as {@code false}. */
	public KeysetQuery and(String condition) {
		conditions.add(condition);
		return this;
	}

	/** A condition and the value of the one parameter it names. */
	public KeysetQuery and(String condition, String name, @Nullable Object value) {
		return and(condition).param(name, value);
	}

	public KeysetQuery param(String name, @Nullable Object value) {
		parameters.put(name, value);
		return this;
	}

	/**
	 * {@code select} (columns and {@code from}), the conditions, {@code order by} the
	 * keyset, at most {@code limit} rows.
	 */
	public <T> List<T> page(JdbcClient jdbc, String select, String orderBy, int limit, RowMapper<T> rows) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>(parameters);
		values.put("limit", limit);
		return jdbc.sql(select + where() + " order by " + orderBy + " limit :limit").params(values).query(rows).list();
	}

	/** The rows of {@code from} (a table, with its alias if the conditions use one). */
	public long count(JdbcClient jdbc, String from) {
		return jdbc.sql("select count(*) from " + from + where()).params(parameters).query(Long.class).single();
	}

	private String where() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

}
