package io.homeward.platform.pricing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchPrograms;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes of pricing that race a concurrent transaction for a unique key: a card's version
 * within its lane, a program's pricing. Each runs on a lane or program made for the test
 * alone and removed after it, so the demo prices stay as they are.
 */
@IntegrationTest
class PricingRaceIntegrationTests {

	static final String UPDATE = """
			mutation($input: ProgramPricingUpdateInput!) { programPricingUpdate(input: $input) {
			  programPricing { expectedFill } userErrors { field code message } } }""";

	@LocalServerPort
	int port;

	/**
	 * A version written past the lane's publication lock (here by SQL) is invisible to
	 * rateCardPublish until it commits; the publication then loses the version key, and
	 * runs again: it supersedes the open-ended version and takes the next number, rather
	 * than an internal error.
	 */
	@Test
	void aVersionTakenByAConcurrentTransactionIsPublishedAgainAsTheNextVersion() throws Exception {
		UUID lane = scratchLane();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
		try (Connection other = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(other,
					"""
							insert into rate_card (operator_id, id, lane_id, version, currency, valid_from, minimum_charge,
							                       fuel_surcharge_percent, dangerous_goods_fee, pickup_fee, customs_clearance_fee,
							                       load_capacity_kg, published_at, published_by)
							values ('%s', '%s', '%s', 1, 'EUR', '%s', 90, 21.5, 80, 30, 55, 3500, now(), 'race')"""
						.formatted(Fixtures.OPERATOR, UUID.randomUUID(), lane, now.minusDays(1)));
			CompletableFuture<DocumentContext> publish = CompletableFuture.supplyAsync(() -> Api.as(port, "operator")
				.execute(PricingIntegrationTests.PUBLISH,
						PricingIntegrationTests.publishInput(GlobalId.encode("Lane", lane), now.plusDays(1), null))
				.data());
			waitUntilBlocked(other, publish);
			other.commit();
			DocumentContext published = publish.get();
			assertThat(published.read("$.data.rateCardPublish.userErrors", List.class)).isEmpty();
			assertThat(published.read("$.data.rateCardPublish.rateCard.version", Integer.class)).isEqualTo(2);
			try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
				assertThat(RlsProbe.rows(c,
						"select version || ':' || (valid_to is not null) from rate_card" + " where lane_id = '" + lane
								+ "' order by version"))
					.as("the concurrent version ends where the published one starts")
					.containsExactly("1:true", "2:false");
			}
		}
		finally {
			removeLane(lane);
		}
	}

	/**
	 * K concurrent publications on one lane, each from another day: each is a version of
	 * its own or OVERLAPPING_VALIDITY, never an internal error, and no two share a
	 * number.
	 */
	@Test
	void concurrentPublicationsOnOneLaneTakeDistinctVersionsOrOverlap() throws Exception {
		int k = 6;
		UUID lane = scratchLane();
		OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).plusDays(1);
		try {
			Api operator = Api.as(port, "operator");
			List<DocumentContext> answers = concurrently(k,
					(i) -> () -> operator
						.execute(PricingIntegrationTests.PUBLISH,
								PricingIntegrationTests.publishInput(GlobalId.encode("Lane", lane), base.plusDays(i),
										null))
						.data());
			List<Integer> versions = new ArrayList<>();
			for (DocumentContext answer : answers) {
				List<String> codes = answer.read("$.data.rateCardPublish.userErrors[*].code");
				if (codes.isEmpty()) {
					versions.add(answer.read("$.data.rateCardPublish.rateCard.version", Integer.class));
				}
				else {
					assertThat(codes).containsExactly("OVERLAPPING_VALIDITY");
				}
			}
			assertThat(versions).isNotEmpty().doesNotHaveDuplicates();
			try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
				assertThat(RlsProbe.count(c, "rate_card where lane_id = '" + lane + "'")).isEqualTo(versions.size());
			}
		}
		finally {
			removeLane(lane);
		}
	}

	/**
	 * The first pricing of a program, inserted by another transaction that has not
	 * committed when programPricingUpdate looks for it: the update waits on the key, and
	 * once the other commits it sets its own fill on that row (the last one set wins),
	 * not an internal error.
	 */
	@Test
	void aPricingInsertedByAConcurrentTransactionIsUpdatedNotAnInternalError() throws Exception {
		UUID program = ScratchPrograms.open();
		try (Connection other = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(other,
					"insert into program_pricing (operator_id, program_id, expected_fill) values ('%s', '%s', 0.5)"
						.formatted(Fixtures.OPERATOR, program));
			CompletableFuture<DocumentContext> update = CompletableFuture
				.supplyAsync(() -> Api.as(port, "operator").execute(UPDATE, fill(program, "0.700")).data());
			waitUntilBlocked(other, update);
			other.commit();
			DocumentContext updated = update.get();
			assertThat(updated.read("$.data.programPricingUpdate.userErrors", List.class)).isEmpty();
			assertThat(updated.read("$.data.programPricingUpdate.programPricing.expectedFill", String.class))
				.isEqualTo("0.700");
			assertThat(storedFills(program)).containsExactly("0.700");
		}
		finally {
			ScratchPrograms.remove(program);
		}
	}

	/**
	 * K concurrent first settings of a program's fill: all done, one row, one of theirs.
	 */
	@Test
	void concurrentFirstSettingsOfAFillAllSucceedAndOneOfThemStays() throws Exception {
		int k = 6;
		UUID program = ScratchPrograms.open();
		try {
			Api operator = Api.as(port, "operator");
			List<DocumentContext> answers = concurrently(k,
					(i) -> () -> operator.execute(UPDATE, fill(program, "0.5" + i + "0")).data());
			List<String> fills = new ArrayList<>();
			for (DocumentContext answer : answers) {
				assertThat(answer.read("$.data.programPricingUpdate.userErrors", List.class)).isEmpty();
				fills.add(answer.read("$.data.programPricingUpdate.programPricing.expectedFill", String.class));
			}
			assertThat(fills).hasSize(k);
			assertThat(storedFills(program)).hasSize(1).allMatch(fills::contains);
		}
		finally {
			ScratchPrograms.remove(program);
		}
	}

	private static Map<String, Object> fill(UUID program, String fill) {
		return Map.of("input", Map.of("programId", GlobalId.encode("Program", program), "expectedFill", fill));
	}

	private static List<String> storedFills(UUID program) throws SQLException {
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			return RlsProbe.rows(c, "select expected_fill from program_pricing where program_id = '" + program + "'");
		}
	}

	/** Runs K calls at once, released together, and answers them in order. */
	private static List<DocumentContext> concurrently(int k,
			java.util.function.IntFunction<Supplier<DocumentContext>> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DocumentContext>> futures = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(k);
		try {
			for (int i = 0; i < k; i++) {
				Supplier<DocumentContext> one = call.apply(i);
				Callable<DocumentContext> task = () -> {
					start.await();
					return one.get();
				};
				futures.add(threads.submit(task));
			}
			start.countDown();
			List<DocumentContext> answers = new ArrayList<>();
			for (Future<DocumentContext> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Until the request's write waits on {@code other}'s row (a bound on the wait, not a
	 * timing assertion).
	 */
	private static void waitUntilBlocked(Connection other, CompletableFuture<?> request) throws Exception {
		for (int polls = 0; RlsProbe.count(other,
				"pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))") == 0; polls++) {
			assertThat(polls).as("the request never waited on the concurrent insert").isLessThan(600);
			assertThat(request).isNotDone();
			Thread.sleep(100);
		}
	}

	/** A lane of the demo operator, Madrid to Rotterdam, with no card yet. */
	private static UUID scratchLane() throws SQLException {
		UUID id = UUID.randomUUID();
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"""
							insert into lane (operator_id, id, code, origin_hub_id, destination_hub_id, mode, carrier_id, transit_days)
							values ('%s', '%s', '%s', 'a0000000-0000-4000-8000-000000000001',
							        'a0000000-0000-4000-8000-000000000004', 'RAIL', '%s', 3)"""
						.formatted(Fixtures.OPERATOR, id, "RACE-" + id.toString().substring(0, 8).toUpperCase(),
								Fixtures.CARRIER));
			operator.commit();
		}
		return id;
	}

	private static void removeLane(UUID lane) throws SQLException {
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator, "delete from rate_card_break where rate_card_id in"
					+ " (select id from rate_card where lane_id = '" + lane + "')");
			RlsProbe.update(operator, "delete from rate_card where lane_id = '" + lane + "'");
			RlsProbe.update(operator, "delete from lane where id = '" + lane + "'");
			operator.commit();
		}
	}

}
