package io.homeward.platform.tenancy.graphql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.homeward.platform.shared.graphql.PublicMutationFields;
import io.homeward.platform.shared.graphql.SelfKeyedMutationFields;
import io.homeward.platform.tenancy.IdempotencyKeys;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class KeyedMutationConfiguration {

	/**
	 * Mutations run by {@link KeyedMutationStrategy}. GraphQL Java gives its default
	 * exception handler only to the strategies it creates itself, so this one gets the
	 * handler Spring for GraphQL builds, from the same resolvers in the same order as
	 * Boot passes them to the schema's builder: errors of mutations are resolved and
	 * masked exactly as those of queries.
	 * <p>
	 * Spring for GraphQL's public factory of that handler is
	 * {@link DataFetcherExceptionResolver#createExceptionHandler}, used here (the handler
	 * class itself is package-private). The instance Spring sets on the builder cannot be
	 * reused: {@code GraphQL.Builder} has a setter for it and no getter, and the source
	 * builder has none for its resolvers, so the list is taken from the context as Boot
	 * takes it. A resolver added through a customizer rather than as a bean would be
	 * missed here: declare resolvers as beans.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer keyedMutations(ObjectProvider<DataFetcherExceptionResolver> resolvers,
			PlatformTransactionManager transactions, IdempotencyKeys keys, JsonMapper json,
			List<PublicMutationFields> publicMutations, List<SelfKeyedMutationFields> selfKeyedMutations) {
		Set<String> unkeyed = new HashSet<>();
		publicMutations.forEach((fields) -> unkeyed.addAll(fields.rootFields()));
		selfKeyedMutations.forEach((fields) -> unkeyed.addAll(fields.rootFields()));
		return (builder) -> builder
			.configureGraphQl((graphQl) -> graphQl.mutationExecutionStrategy(new KeyedMutationStrategy(
					DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()),
					transactions, keys, json, unkeyed)));
	}

}
