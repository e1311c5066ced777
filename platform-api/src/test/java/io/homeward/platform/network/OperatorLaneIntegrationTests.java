package io.homeward.platform.network;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's lane mutations. Runs after NetworkIntegrationTests, which counts the
 * demo's lanes.
 */
@IntegrationTest
class OperatorLaneIntegrationTests {

	static final String MAD = GlobalId.encode("Hub", UUID.fromString("a0000000-0000-4000-8000-000000000001"));

	static final String RTM = GlobalId.encode("Hub", UUID.fromString("a0000000-0000-4000-8000-000000000004"));

	static final String CARRIER = GlobalId.encode("Organization", Fixtures.CARRIER);

	static final String CREATE = """
			mutation($input: LaneCreateInput!) { laneCreate(input: $input) {
			  lane { id code mode transitDays origin { code } destination { code } carrier { name } }
			  userErrors { field code message } } }""";

	static final String UPDATE = """
			mutation($input: LaneUpdateInput!) { laneUpdate(input: $input) {
			  lane { id code transitDays carrier { name } } userErrors { field code message } } }""";

	@LocalServerPort
	int port;

	static Map<String, Object> create(String code, String origin, String destination, String carrier, int days) {
		Map<String, Object> input = new HashMap<>();
		input.put("code", code);
		input.put("originHubId", origin);
		input.put("destinationHubId", destination);
		input.put("mode", "RAIL");
		input.put("carrierId", carrier);
		input.put("transitDays", days);
		return Map.of("input", input);
	}

	static List<String> codes(DocumentContext answer, String mutation) {
		return answer.read("$.data." + mutation + ".userErrors[*].code");
	}

	int lanes(String user) {
		return Api.as(port, user)
			.execute("{ lanes(first: 100) { totalCount } }")
			.data()
			.read("$.data.lanes.totalCount");
	}

	@Test
	void anOperatorOpensALaneBetweenItsHubsAndUpdatesIt() {
		int before = lanes("operator");
		DocumentContext created = Api.as(port, "operator")
			.execute(CREATE, create("MAD-RTM-RAIL", MAD, RTM, CARRIER, 4))
			.data();
		assertThat(codes(created, "laneCreate")).isEmpty();
		assertThat(created.read("$.data.laneCreate.lane.mode", String.class)).isEqualTo("RAIL");
		assertThat(created.read("$.data.laneCreate.lane.origin.code", String.class)).isEqualTo("MAD");
		assertThat(created.read("$.data.laneCreate.lane.carrier.name", String.class)).isEqualTo("Rapid Freight");
		assertThat(lanes("globex")).as("published to every organization").isEqualTo(before + 1);

		String id = created.read("$.data.laneCreate.lane.id");
		DocumentContext updated = Api.as(port, "operator")
			.execute(UPDATE, Map.of("input", Map.of("laneId", id, "transitDays", 5)))
			.data();
		assertThat(updated.read("$.data.laneUpdate.lane.transitDays", Integer.class)).isEqualTo(5);
		assertThat(updated.read("$.data.laneUpdate.lane.code", String.class)).isEqualTo("MAD-RTM-RAIL");

		DocumentContext taken = Api.as(port, "operator")
			.execute(CREATE, create("MAD-RTM-RAIL", MAD, RTM, CARRIER, 4))
			.data();
		assertThat(codes(taken, "laneCreate")).containsExactly("TAKEN");
		DocumentContext renameToTaken = Api.as(port, "operator")
			.execute(UPDATE, Map.of("input", Map.of("laneId", id, "code", "MAD-RTM-ROAD")))
			.data();
		assertThat(codes(renameToTaken, "laneUpdate")).containsExactly("TAKEN");
		assertThat(lanes("operator")).isEqualTo(before + 1);
	}

	@Test
	void badLanesAreTypedErrorsAndChangeNothing() {
		int before = lanes("operator");
		Api operator = Api.as(port, "operator");
		assertThat(codes(operator.execute(CREATE, create("MAD-RTM-X", MAD, MAD, CARRIER, 2)).data(), "laneCreate"))
			.containsExactly("INVALID");
		assertThat(codes(operator
			.execute(CREATE,
					create("bad code", GlobalId.encode("Hub", UUID.randomUUID()), RTM,
							GlobalId.encode("Organization", Fixtures.ACME), 500))
			.data(), "laneCreate")).containsExactlyInAnyOrder("INVALID", "OUT_OF_RANGE", "NOT_FOUND", "NOT_FOUND");
		assertThat(codes(Api.as(port, "acme").execute(CREATE, create("MAD-RTM-Y", MAD, RTM, CARRIER, 2)).data(),
				"laneCreate"))
			.containsExactly("NOT_PERMITTED");
		assertThat(codes(Api.as(port, "carrier").execute(CREATE, create("MAD-RTM-Y", MAD, RTM, CARRIER, 2)).data(),
				"laneCreate"))
			.containsExactly("NOT_PERMITTED");
		String road = GlobalId.encode("Lane", UUID.fromString("b0000000-0000-4000-8000-000000000001"));
		assertThat(codes(Api.as(port, "globex")
			.execute(UPDATE, Map.of("input", Map.of("laneId", road, "transitDays", 1)))
			.data(), "laneUpdate")).containsExactly("NOT_PERMITTED");
		assertThat(codes(
				operator.execute(UPDATE, Map.of("input", Map.of("laneId", GlobalId.encode("Lane", UUID.randomUUID()))))
					.data(),
				"laneUpdate"))
			.containsExactly("NOT_FOUND");
		assertThat(lanes("operator")).isEqualTo(before);
		assertThat(Api.as(port, "acme")
			.execute("query($id: ID!) { node(id: $id) { ... on Lane { transitDays } } }", Map.of("id", road))
			.data()
			.read("$.data.node.transitDays", Integer.class)).isEqualTo(3);
	}

	/**
	 * The race the service's own check cannot see: another transaction inserts the code
	 * and has not committed when laneCreate checks it. The create then waits on the
	 * unique key, and once the other commits its refusal is TAKEN, not an internal error.
	 */
	@Test
	void aCodeBeingTakenByAConcurrentTransactionIsTakenNotAnInternalError() throws Exception {
		String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		try (Connection other = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(other,
					"""
							insert into lane (operator_id, id, code, origin_hub_id, destination_hub_id, mode, carrier_id, transit_days)
							values ('%s', '%s', '%s', 'a0000000-0000-4000-8000-000000000001',
							        'a0000000-0000-4000-8000-000000000004', 'RAIL', '%s', 3)"""
						.formatted(Fixtures.OPERATOR, UUID.randomUUID(), code, Fixtures.CARRIER));
			CompletableFuture<DocumentContext> create = CompletableFuture
				.supplyAsync(() -> Api.as(port, "operator").execute(CREATE, create(code, MAD, RTM, CARRIER, 4)).data());
			// Until laneCreate's insert waits on this transaction's row (a bound on the
			// wait, not a timing assertion).
			for (int polls = 0; RlsProbe.count(other,
					"pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))") == 0; polls++) {
				assertThat(polls).as("laneCreate never waited on the concurrent insert").isLessThan(600);
				assertThat(create).isNotDone();
				Thread.sleep(100);
			}
			other.commit();
			assertThat(codes(create.get(), "laneCreate")).containsExactly("TAKEN");
		}
		finally {
			removeLanes(code);
		}
	}

	/** K concurrent creates of one code: one lane, K-1 TAKEN, no internal error. */
	@Test
	void concurrentCreatesOfOneCodeOpenOneLaneAndTellTheOthersItIsTaken() throws Exception {
		int k = 6;
		String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DocumentContext>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(k);
		try {
			Api operator = Api.as(port, "operator");
			for (int i = 0; i < k; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return operator.execute(CREATE, create(code, MAD, RTM, CARRIER, 4)).data();
				}));
			}
			start.countDown();
			List<List<String>> errors = new ArrayList<>();
			for (Future<DocumentContext> answer : answers) {
				errors.add(codes(answer.get(), "laneCreate"));
			}
			assertThat(errors).filteredOn(List::isEmpty).hasSize(1);
			assertThat(errors).filteredOn((e) -> !e.isEmpty()).hasSize(k - 1).allMatch(List.of("TAKEN")::equals);
			try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
				assertThat(RlsProbe.count(c, "lane where code = '" + code + "'")).isOne();
			}
		}
		finally {
			threads.shutdownNow();
			removeLanes(code);
		}
	}

	/**
	 * Lanes are visible to every shipper: the ones these tests open must not outlive
	 * them.
	 */
	static void removeLanes(String code) throws SQLException {
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator, "delete from lane where code = '" + code + "'");
			operator.commit();
		}
	}

}
