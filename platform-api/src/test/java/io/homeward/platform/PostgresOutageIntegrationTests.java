package io.homeward.platform;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import io.homeward.infra.local.StandalonePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * QUALITY case 26: PostgreSQL killed mid-load ({@code pg_ctl stop -m immediate}), then
 * started again. An instance of the platform on a PostgreSQL of its own (the suite's
 * shared one also holds Keycloak's realm), under readers and writers:
 * <ul>
 * <li>requests fail fast: each failure is a 503 with {@code UNAVAILABLE} and
 * {@code Retry-After}, within the pool's connection timeout, never a 500;</li>
 * <li>no pile-up: no more threads than before, and no more waiting for a connection than
 * there are clients;</li>
 * <li>a caller whose organization is not yet known to the instance gets the same 503, not
 * a 401 or 500;</li>
 * <li>readiness goes DOWN at once (its probe does not wait on the pool) while liveness
 * stays UP;</li>
 * <li>recovery without a restart of the instance: once PostgreSQL is back, so are
 * readiness and every request;</li>
 * <li>no duplicate effects: writers retry each return with its idempotency key until it
 * is acknowledged, and each key made exactly one return.</li>
 * </ul>
 * The bounds asserted are the mechanisms' (the pool's timeout), not timings; the times
 * measured are logged, and recorded in docs/benchmarks/2026-12-04-database-faults.md.
 */
class PostgresOutageIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(PostgresOutageIntegrationTests.class);

	private static final String READ = "{ returns(first: 5) { edges { node { rmaNumber items { sku } } } } }";

	private static final Duration POOL_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration OUTAGE = Duration.ofSeconds(8);

	private static StandalonePostgres postgres;

	private static ConfigurableApplicationContext platform;

	private static int port;

	@BeforeAll
	static void startPlatformOnItsOwnDatabase() {
		postgres = StandalonePostgres.launch();
		platform = new SpringApplicationBuilder(HomewardApplication.class)
			.initializers(new LocalServicesInitializer(postgres.endpoint()))
			.properties("server.port=0")
			.run();
		port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
		assertThat(platform.getEnvironment().getProperty("spring.datasource.hikari.connection-timeout"))
			.isEqualTo(Long.toString(POOL_TIMEOUT.toMillis()));
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	record Answer(long startedNanos, long millis, int status, String code, boolean retryAfter) {

	}

	@Test
	void killedUnderLoadFailsFastTakesTheInstanceOutOfRotationAndRecoversWithoutDuplicates() throws Exception {
		Api.as(port, "acme").execute(READ).data();
		Api.as(port, "globex").execute(READ).data();
		Api anonymous = Api.anonymous(port);
		HikariDataSource pool = platform.getBean(DataSource.class).unwrap(HikariDataSource.class);

		Queue<Answer> answers = new ConcurrentLinkedQueue<>();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Set<String> attempted = ConcurrentHashMap.newKeySet();
		AtomicInteger retried = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		int clients = 6;
		ExecutorService load = Executors.newFixedThreadPool(clients);
		for (String user : List.of("acme", "globex", "acme", "globex")) {
			load.submit(() -> {
				while (running.get()) {
					answers.add(timed(() -> Api.as(port, user).execute(READ), failures));
				}
			});
		}
		String run = Long.toString(System.nanoTime(), 36);
		for (int writer = 0; writer < 2; writer++) {
			int w = writer;
			load.submit(() -> {
				for (int n = 0; running.get(); n++) {
					String key = "outage-" + run + "-" + w + "-" + n;
					attempted.add(key);
					// As a client does: the same key again until the answer is known.
					while (true) {
						Answer answer = timed(
								() -> Api.as(port, "acme")
									.execute(Fixtures.CREATE, Map.of("input", Fixtures.returnInput(key, key))),
								failures);
						answers.add(answer);
						if (answer.status() == 200) {
							acknowledged.add(key);
							break;
						}
						retried.incrementAndGet();
						sleep(200);
					}
				}
			});
		}

		sleep(2_000);
		// The load's own threads (the clients', the HTTP client's) are running by now.
		int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
		long killed = System.nanoTime();
		postgres.kill();
		// Readiness turns DOWN without waiting on the pool; liveness stays UP.
		long readinessDown = pollUntil(anonymous, "/actuator/health/readiness", 503, killed);
		assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		AtomicLong peakThreads = new AtomicLong();
		AtomicLong peakAwaiting = new AtomicLong();
		long outageEnds = killed + OUTAGE.toNanos();
		while (System.nanoTime() < outageEnds) {
			peakThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
			peakAwaiting.accumulateAndGet(pool.getHikariPoolMXBean().getThreadsAwaitingConnection(), Math::max);
			assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			sleep(100);
		}
		assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		// A caller whose organization this instance has not looked up yet: its token is
		// checked, its organization's record cannot be read, and that is the platform's
		// failure, not the caller's.
		Api.Result stranger = Api.as(port, "carrier").execute("{ viewer { organization { name } } }");
		assertThat(stranger.status()).isEqualTo(503);
		assertThat(stranger.headers().firstValue("Retry-After")).isPresent();
		assertThat(stranger.<List<String>>read("$.errors[*].extensions.code")).containsExactly("UNAVAILABLE");
		long restarted = System.nanoTime();
		postgres.start();
		long readinessUp = pollUntil(anonymous, "/actuator/health/readiness", 200, restarted);
		await("requests served again").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> answers.stream().anyMatch((a) -> a.startedNanos() > restarted && a.status() == 200));
		long servedAgain = answers.stream()
			.filter((a) -> a.startedNanos() > restarted && a.status() == 200)
			.mapToLong((a) -> a.startedNanos() + TimeUnit.MILLISECONDS.toNanos(a.millis()) - restarted)
			.min()
			.orElseThrow();
		sleep(2_000);
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		List<Answer> failed = answers.stream().filter((a) -> a.status() != 200).toList();
		long slowestFailure = failed.stream().mapToLong(Answer::millis).max().orElse(0);
		log.info("PostgreSQL killed under load: readiness DOWN after {} ms, UP {} ms after the restart, requests "
				+ "served again {} ms after it; {} answers, {} failed (slowest failure {} ms), {} writes retried; "
				+ "threads {} before, at most {} during; at most {} waiting for a connection",
				TimeUnit.NANOSECONDS.toMillis(readinessDown), TimeUnit.NANOSECONDS.toMillis(readinessUp),
				TimeUnit.NANOSECONDS.toMillis(servedAgain), answers.size(), failed.size(), slowestFailure,
				retried.get(), threadsBefore, peakThreads.get(), peakAwaiting.get());

		assertThat(failures).isEmpty();
		assertThat(failed).as("requests that failed during the outage").isNotEmpty();
		assertThat(failed).allSatisfy((a) -> {
			assertThat(a.status()).isEqualTo(503);
			assertThat(a.code()).isEqualTo("UNAVAILABLE");
			assertThat(a.retryAfter()).isTrue();
		});
		// Fast: a request waits for a connection at most the pool's timeout, never for
		// TCP's or the client's, and once the circuit is open not at all.
		assertThat(slowestFailure).isLessThan(POOL_TIMEOUT.toMillis() + 2_000);
		assertThat(failed.stream().filter((a) -> a.millis() < 1_000)).as("failures the open circuit answered at once")
			.isNotEmpty();
		assertThat(readinessDown).isLessThan(POOL_TIMEOUT.toNanos());
		assertThat(peakAwaiting.get()).isLessThanOrEqualTo(clients);
		assertThat(peakThreads.get()).isLessThanOrEqualTo(threadsBefore + 10);
		assertThat(retried.get()).as("writes retried across the outage").isPositive();

		// Each key acknowledged, and each made exactly one return.
		assertThat(acknowledged).isEqualTo(attempted);
		Map<String, Integer> returns = new HashMap<>();
		try (Connection connection = postgres.superuser().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select rma_number, count(*) from return_order where rma_number like 'outage-" + run
							+ "-%' group by rma_number")) {
			while (rows.next()) {
				returns.put(rows.getString(1), rows.getInt(2));
			}
		}
		assertThat(returns.keySet()).isEqualTo(acknowledged);
		assertThat(returns.values()).containsOnly(1);
	}

	private interface Call {

		Api.Result call();

	}

	private static Answer timed(Call call, List<String> failures) {
		long started = System.nanoTime();
		try {
			Api.Result result = call.call();
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			String code = "";
			if (result.body().isEmpty()) {
				failures.add(result.status() + " with an empty body");
				return new Answer(started, millis, result.status(), "", false);
			}
			if (result.status() != 200) {
				if (!result.body().contains("\"errors\"")) {
					failures.add(result.status() + " without errors: " + result.body());
					return new Answer(started, millis, result.status(), "", false);
				}
				List<String> codes = JsonPath.parse(result.body()).read("$.errors[*].extensions.code");
				code = codes.isEmpty() ? "" : codes.get(0);
			}
			else {
				Map<String, Object> root = result.json().read("$");
				if (root.containsKey("errors")) {
					failures.add("200 with errors: " + result.body());
				}
			}
			return new Answer(started, millis, result.status(), code,
					result.headers().firstValue("Retry-After").isPresent());
		}
		catch (RuntimeException ex) {
			failures.add(ex.toString());
			return new Answer(started, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), -1, "", false);
		}
	}

	/** Nanoseconds from {@code since} until {@code path} answered {@code status}. */
	private static long pollUntil(Api api, String path, int status, long since) {
		await(path + " " + status).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
			HttpResponse<String> response = api.get(path);
			return response.statusCode() == status;
		});
		return System.nanoTime() - since;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
