package io.homeward.platform.returns;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY case 22: K concurrent transitions of one return. Exactly one succeeds; the
 * others are refused with a typed error (never an internal one), the state machine is
 * never bypassed, and the return's version moves by exactly one.
 */
@IntegrationTest
class ReturnConcurrencyIntegrationTests {

	private static final String APPROVE = """
			mutation($input: ReturnTransitionInput!) {
			  returnApprove(input: $input) { return { status } userErrors { code } }
			}""";

	@LocalServerPort
	int port;

	@Test
	void ofConcurrentApprovalsExactlyOneSucceedsAndTheOthersAreRefusedAsSuch() throws Exception {
		String rma = "CC-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Result created = Api.as(port, "acme")
			.execute(Fixtures.CREATE, Map.of("input", Fixtures.returnInput("cc-" + rma, rma)));
		String id = created.read("$.data.returnCreate.return.id");
		int before = version(id);
		int k = 8;
		Api acme = Api.as(port, "acme");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Api.Result>> approvals = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			approvals.add(() -> {
				start.await();
				return acme.execute(APPROVE, Map.of("input", Map.of("returnId", id)));
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(k);
		List<Api.Result> answers = new ArrayList<>();
		try {
			List<Future<Api.Result>> futures = new ArrayList<>();
			for (Callable<Api.Result> approval : approvals) {
				futures.add(pool.submit(approval));
			}
			start.countDown();
			for (Future<Api.Result> future : futures) {
				answers.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		List<String> outcomes = new ArrayList<>();
		for (Api.Result answer : answers) {
			assertThat(answer.json().read("$", Map.class)).as(answer.body()).doesNotContainKey("errors");
			List<String> codes = answer.read("$.data.returnApprove.userErrors[*].code");
			outcomes.add(codes.isEmpty() ? "DONE" : String.join(",", codes));
		}
		assertThat(outcomes).filteredOn("DONE"::equals).hasSize(1);
		assertThat(outcomes).filteredOn((outcome) -> !outcome.equals("DONE"))
			.hasSize(k - 1)
			.allMatch((outcome) -> outcome.equals("INVALID_TRANSITION") || outcome.equals("CONFLICT"));
		assertThat(version(id)).isEqualTo(before + 1);
	}

	private static int version(String returnId) throws Exception {
		UUID id = GlobalId.decode(returnId, ReturnOrder.TYPE).orElseThrow();
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			return Integer.parseInt(RlsProbe.text(c, "select version from return_order where id = '" + id + "'"));
		}
	}

}
