package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	private final Map<String, NodeResolver> resolvers;

	NodeController(List<NodeResolver> resolvers) {
		this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::type, Function.identity()));
	}

	@QueryMapping
	@Nullable Object node(@Argument String id) {
		return GlobalId.decode(id).flatMap((gid) -> {
			NodeResolver resolver = resolvers.get(gid.type());
			return (resolver != null) ? resolver.resolve(gid.uuid()) : Optional.empty();
		}).orElse(null);
	}

}
