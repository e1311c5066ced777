package io.homeward.platform.shared.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Cursors are Spring for GraphQL's encoding of Spring Data scroll positions: a keyset as
 * JSON, base64-encoded. One instance serves the argument resolver and the connections,
 * and replaces Boot's default bean so that both agree.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlPagingConfiguration {

	private static final EncodingCursorStrategy<ScrollPosition> CURSORS = CursorStrategy
		.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64());

	static CursorStrategy<ScrollPosition> cursors() {
		return CURSORS;
	}

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CURSORS;
	}

}
