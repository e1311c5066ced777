package io.homeward.platform.tenancy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

import io.homeward.platform.IntegrationTest;
import io.homeward.platform.returns.ReturnFilter;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.shared.graphql.PageRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static io.homeward.platform.Fixtures.ACME;
import static io.homeward.platform.Fixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tenant reaches async work through the application's executor; without it nothing is
 * visible.
 */
@IntegrationTest
class ContextPropagationIntegrationTests {

	@Autowired
	@Qualifier("applicationTaskExecutor")
	AsyncTaskExecutor executor;

	@Autowired
	ReturnOrders returns;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void asyncWorkOnTheApplicationExecutorRunsAsTheSubmittingTenant() throws Exception {
		long seen = TenantContext.callAs(tenant(ACME, OrganizationKind.SHIPPER),
				() -> executor.submit(() -> returns.count(ReturnFilter.NONE)).get());
		assertThat(seen).isGreaterThanOrEqualTo(12);
	}

	@Test
	void aThreadWithoutTheTenantFailsClosed() throws Exception {
		var plain = Executors.newSingleThreadExecutor();
		try {
			Long rows = TenantContext.callAs(tenant(ACME, OrganizationKind.SHIPPER),
					() -> plain
						.submit(() -> transactions
							.execute((status) -> jdbc.queryForObject("select count(*) from return_order", Long.class)))
						.get());
			assertThat(rows).isZero();
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(
					() -> plain.submit(() -> returns.list(ReturnFilter.NONE, PageRequest.first("returns", 1))).get())
				.withCauseInstanceOf(IllegalStateException.class);
		}
		finally {
			plain.shutdown();
		}
	}

	@Test
	void theBindingCoversJdbcInTheSameTransaction() throws Exception {
		Long rows = TenantContext.callAs(tenant(ACME, OrganizationKind.SHIPPER), () -> transactions
			.execute((status) -> jdbc.queryForObject("select count(*) from return_order", Long.class)));
		assertThat(rows).isGreaterThanOrEqualTo(12);
	}

}
