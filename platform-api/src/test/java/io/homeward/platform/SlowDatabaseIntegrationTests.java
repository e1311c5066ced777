package io.homeward.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.homeward.infra.local.NetworkNamespace;
import io.homeward.infra.local.StandalonePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY case 27: a slow database. An instance of the platform on a PostgreSQL of its
 * own, which runs in a network namespace this test makes, reached over a veth link; the
 * link is then slowed ({@link NetworkNamespace#slowTo}: this kernel has no {@code netem},
 * so a token bucket's rate limit, under which each query waits for its bytes and for
 * everyone else's) while clients keep asking for large pages:
 * <ul>
 * <li>every request ends within its time budget: answered, or refused with
 * {@code TIMEOUT} (PostgreSQL's {@code statement_timeout}) or {@code UNAVAILABLE} with
 * {@code Retry-After} (no connection free within the pool's timeout); never a 500, never
 * the client's own timeout;</li>
 * <li>queues stay bounded: no more waiting for a connection, or for a turn at the pool,
 * than there are clients; no more threads than before;</li>
 * <li>the circuit breaker stays closed: a slow database is not an unreachable one, and
 * shedding it would refuse what it can still answer;</li>
 * <li>at full speed again, every request is answered.</li>
 * </ul>
 * Needs root and iproute2 ({@code .ci/run} installs it), and fails without them.
 */
class SlowDatabaseIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(SlowDatabaseIntegrationTests.class);

	private static final String PAGE = """
			{ returns(first: 50) { edges { node { rmaNumber reasonNote customer { name email }
			  items { sku description hsCode unitValue { amount currency } }
			  parcels { reference } } } } }""";

	private static final int CLIENTS = 16;

	private static final Duration BUDGET = Duration.ofSeconds(10);

	private static NetworkNamespace namespace;

	private static StandalonePostgres postgres;

	private static ConfigurableApplicationContext platform;

	private static int port;

	@BeforeAll
	static void startPlatformOnADatabaseBehindALink() {
		namespace = NetworkNamespace.create();
		postgres = StandalonePostgres.launch();
		postgres.stop();
		postgres.startInNamespace(namespace.name(), namespace.peerAddress(), namespace.network());
		assertThat(postgres.endpoint().host()).isEqualTo(namespace.peerAddress());
		platform = new SpringApplicationBuilder(HomewardApplication.class)
			.initializers(new LocalServicesInitializer(postgres.endpoint()))
			.properties("server.port=0")
			.run();
		port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
		if (postgres != null) {
			postgres.close();
		}
		if (namespace != null) {
			namespace.close();
		}
	}

	record Answer(long millis, int status, String code, boolean retryAfter) {

	}

	@Test
	void aSlowDatabaseKeepsEveryRequestWithinItsBudgetAndEveryQueueBounded() throws Exception {
		for (String user : List.of("acme", "globex")) {
			assertThat(Api.as(port, user).execute(PAGE).data().read("$.data.returns.edges", List.class)).isNotEmpty();
		}
		HikariDataSource pool = platform.getBean(DataSource.class).unwrap(HikariDataSource.class);
		CircuitBreaker circuit = ((DatabaseCircuit.Breaking) platform.getBean(DataSource.class)).circuit();

		AtomicLong threadsBefore = new AtomicLong();
		Queue<Answer> fast = run(Duration.ofSeconds(3),
				() -> threadsBefore.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max),
				null);
		namespace.slowTo(128);
		AtomicLong peakAwaiting = new AtomicLong();
		AtomicLong peakThreads = new AtomicLong();
		Queue<Answer> slow;
		try {
			slow = run(Duration.ofSeconds(20), () -> {
				peakAwaiting.accumulateAndGet(pool.getHikariPoolMXBean().getThreadsAwaitingConnection(), Math::max);
				peakThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
			}, circuit);
		}
		finally {
			namespace.restore();
		}
		Queue<Answer> after = run(Duration.ofSeconds(3), null, null);

		log.info(
				"A slow database: at full speed {}; slowed {}; at full speed again {}; at most {} waiting for a "
						+ "connection, threads {} before and at most {} during",
				summary(fast), summary(slow), summary(after), peakAwaiting.get(), threadsBefore, peakThreads.get());
		assertThat(fast).isNotEmpty().allSatisfy((a) -> assertThat(a.status()).isEqualTo(200));
		assertThat(slow).isNotEmpty().allSatisfy((a) -> {
			assertThat(a.status()).as("status").isIn(200, 503);
			if (a.status() == 503) {
				assertThat(a.code()).isEqualTo("UNAVAILABLE");
				assertThat(a.retryAfter()).isTrue();
			}
			else {
				assertThat(a.code()).isIn("", "TIMEOUT");
			}
			// The budget from arrival, and the way back of PostgreSQL's cancellation.
			assertThat(a.millis()).isLessThan(BUDGET.toMillis() + 5_000);
		});
		assertThat(slow.stream().mapToLong(Answer::millis).max().orElseThrow())
			.as("the slowest answer while the link was slow: the link was slowed")
			.isGreaterThan(1_000);
		assertThat(peakAwaiting.get()).isLessThanOrEqualTo(CLIENTS);
		assertThat(peakThreads.get()).isLessThanOrEqualTo(threadsBefore.get() + 10);
		assertThat(after).isNotEmpty().allSatisfy((a) -> assertThat(a.status()).isEqualTo(200));
	}

	/**
	 * {@link #CLIENTS} clients asking for pages for {@code duration}; {@code sample} runs
	 * every 100 ms meanwhile, and the circuit, if given, must stay closed.
	 */
	private static Queue<Answer> run(Duration duration, Runnable sample, CircuitBreaker circuit)
			throws InterruptedException {
		Queue<Answer> answers = new ConcurrentLinkedQueue<>();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			String user = (i % 2 == 0) ? "acme" : "globex";
			clients.submit(() -> {
				while (running.get()) {
					long started = System.nanoTime();
					try {
						Api.Result result = Api.as(port, user).execute(PAGE);
						long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
						List<String> codes = result.body().contains("\"errors\"")
								? JsonPath.parse(result.body()).read("$.errors[*].extensions.code") : List.of();
						answers.add(new Answer(millis, result.status(), codes.isEmpty() ? "" : codes.get(0),
								result.headers().firstValue("Retry-After").isPresent()));
					}
					catch (RuntimeException ex) {
						// The client's own timeout, or a connection closed on it.
						answers.add(new Answer(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), -1,
								ex.toString(), false));
					}
				}
			});
		}
		long ends = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < ends) {
			if (sample != null) {
				sample.run();
			}
			if (circuit != null) {
				assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			}
			Thread.sleep(100);
		}
		running.set(false);
		clients.shutdown();
		assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		return answers;
	}

	private static String summary(Queue<Answer> answers) {
		List<Long> millis = answers.stream().map(Answer::millis).sorted().toList();
		Map<String, Long> outcomes = answers.stream()
			.collect(Collectors.groupingBy((a) -> a.status() + (a.code().isEmpty() ? "" : " " + a.code()),
					Collectors.counting()));
		return answers.size() + " answers " + outcomes + ", p50 " + millis.get(millis.size() / 2) + " ms, max "
				+ millis.getLast() + " ms";
	}

}
