package io.homeward.platform.shared.graphql;

import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's engine runs its instrumentations through {@link RequestInstrumentation}:
 * every one of them, and no other chain.
 */
@IntegrationTest
class RequestInstrumentationIntegrationTests {

	@Autowired
	GraphQlSource graphQl;

	@Test
	void theEngineChainsEveryInstrumentationOnTheRequestHooksOnly() {
		assertThat(this.graphQl.graphQl().getInstrumentation()).isInstanceOfSatisfying(RequestInstrumentation.class,
				(chain) -> assertThat(chain.getInstrumentations())
					.extracting((instrumentation) -> instrumentation.getClass().getName())
					.containsExactlyInAnyOrder(QueryLimits.Checks.class.getName(), CostRateLimits.class.getName(),
							"io.homeward.platform.audit.AuditInstrumentation",
							OperationTransactionInstrumentation.class.getName(),
							PublicGraphQl.PublicFieldsOnly.class.getName(),
							GraphQlObservationInstrumentation.class.getName()));
	}

}
