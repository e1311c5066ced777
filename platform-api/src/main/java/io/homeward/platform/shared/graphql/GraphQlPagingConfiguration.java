package io.homeward.platform.shared.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Cursors are Spring for GraphQL's encoding of Spring Data scroll positions, base64 of
 * {@code K_} and the keyset as JSON. The keyset is written as plain JSON strings
 * ({@code {"connection":"hubs","id":"a000…"}}) rather than with the framework's default
 * of Java type names beside each value: that made cursors three times longer, named
 * classes of the JDK, and had the server deserialize polymorphic types sent by clients.
 * Services parse the keys they put there. One instance serves the argument resolver and
 * the connections, and replaces Boot's default bean so that both agree.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlPagingConfiguration {

	private static final EncodingCursorStrategy<ScrollPosition> CURSORS = CursorStrategy
		.withEncoder(new ScrollPositionCursorStrategy(new PlainKeysetCursorStrategy()), CursorEncoder.base64());

	static CursorStrategy<ScrollPosition> cursors() {
		return CURSORS;
	}

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CURSORS;
	}

	/** A keyset as a JSON object of strings. */
	static final class PlainKeysetCursorStrategy implements CursorStrategy<Map<String, Object>> {

		private static final JsonMapper json = JsonMapper.builder().build();

		@Override
		public boolean supports(Class<?> targetType) {
			return Map.class.isAssignableFrom(targetType);
		}

		@Override
		public String toCursor(Map<String, Object> keys) {
			Map<String, String> plain = new LinkedHashMap<>();
			keys.forEach((key, value) -> plain.put(key, String.valueOf(value)));
			return json.writeValueAsString(plain);
		}

		@Override
		public Map<String, Object> fromCursor(String cursor) {
			return json.readValue(cursor, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}

	}

}
