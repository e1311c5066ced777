package io.homeward.platform.tracking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the time from recording an event to its subscription message, against a
 * running server: subscribes to {@code returnUpdates} of one return, then records
 * {@code count} events one at a time over HTTP on a subject that reaches the return (its
 * parcel, or the unit or load holding it), each after the previous one's message came,
 * and prints p50, p99 and max of
 * <ul>
 * <li>{@code commit→message}: from the HTTP answer (the transaction has committed before
 * it is sent) to the message, floored at 0 when the message came first: the lower
 * bound;</li>
 * <li>{@code recordTime→message}: from the event's {@code recordTime} (the database clock
 * at its insert, before the commit) to the message, on the wall clock: the upper bound,
 * for a server on this machine;</li>
 * <li>{@code send→message}: from sending the mutation to the message, the whole
 * round.</li>
 * </ul>
 * Arguments: {@code baseUrl subscriberToken recorderToken returnId subjectId [count]
 * [warmup]}, for example
 * {@code http://localhost:8080 "$ACME" "$CARRIER" <ReturnOrder id> <Load id> 500 50}. The
 * recorder must be the subject's carrier (or its operator, who would need a read point),
 * and the subscriber must see the return. Nothing is asserted: it prints.
 */
public final class SubscriptionLatencyProbe {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String RECORD = """
			mutation($input: TrackingEventsRecordInput!) {
			  trackingEventsRecord(input: $input) { results { status event { recordTime } userErrors { code } } }
			}""";

	private SubscriptionLatencyProbe() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			System.err.println("usage: SubscriptionLatencyProbe baseUrl subscriberToken recorderToken returnId "
					+ "subjectId [count=200] [warmup=20]");
			System.exit(2);
		}
		String base = args[0].replaceAll("/+$", "");
		String subscriber = args[1];
		String recorder = args[2];
		String returnId = args[3];
		String subjectId = args[4];
		int count = (args.length > 5) ? Integer.parseInt(args[5]) : 200;
		int warmup = (args.length > 6) ? Integer.parseInt(args[6]) : 20;
		HttpClient http = HttpClient.newHttpClient();
		String prefix = "probe-" + UUID.randomUUID() + "-";
		try (GraphQlSocket socket = GraphQlSocket.open(base.replaceFirst("^http", "ws") + "/graphql-ws")) {
			if (!socket.init(subscriber)) {
				throw new IllegalStateException("connection_init refused: close code " + socket.closeCode());
			}
			String id = socket.subscribe(TrackingSubscriptionsIntegrationTests.RETURN_UPDATES, Map.of("id", returnId));
			// The subscription is held once its first update arrives: record until one
			// does.
			boolean listening = false;
			for (int attempt = 0; attempt < 20 && !listening; attempt++) {
				record(http, base, recorder, prefix + "ready-" + attempt, subjectId);
				try {
					socket.next(id, Duration.ofSeconds(1));
					listening = true;
				}
				catch (AssertionError noneYet) {
					// not held yet
				}
			}
			if (!listening) {
				throw new IllegalStateException(
						"No update arrived: does the subject reach the return, and may the " + "subscriber see it?");
			}
			drain(socket, id);
			List<Double> afterCommit = new ArrayList<>();
			List<Double> afterRecordTime = new ArrayList<>();
			List<Double> round = new ArrayList<>();
			for (int i = 0; i < warmup + count; i++) {
				String clientEventId = prefix + i;
				long sent = System.nanoTime();
				Recorded recorded = record(http, base, recorder, clientEventId, subjectId);
				GraphQlSocket.Message message;
				do {
					message = socket.next(id, Duration.ofSeconds(30));
				}
				while (!clientEventId.equals(message.at("data.returnUpdates.event.clientEventId")));
				if (i < warmup) {
					continue;
				}
				long messageWall = recorded.answeredWall().toEpochMilli()
						+ (message.receivedNanos() - recorded.answeredNanos()) / 1_000_000;
				afterCommit.add(Math.max(0, (message.receivedNanos() - recorded.answeredNanos()) / 1e6));
				afterRecordTime.add((double) (messageWall - recorded.recordTime().toInstant().toEpochMilli()));
				round.add((message.receivedNanos() - sent) / 1e6);
			}
			System.out.printf("%d events after %d of warm-up, one at a time, record to returnUpdates message (ms):%n",
					count, warmup);
			print("commit→message", afterCommit);
			print("recordTime→message", afterRecordTime);
			print("send→message", round);
		}
	}

	private record Recorded(OffsetDateTime recordTime, long answeredNanos, Instant answeredWall) {

	}

	private static Recorded record(HttpClient http, String base, String token, String clientEventId, String subjectId)
			throws Exception {
		Map<String, Object> event = new HashMap<>();
		event.put("clientEventId", clientEventId);
		event.put("subjectId", subjectId);
		event.put("bizStep", "DEPARTING");
		event.put("disposition", "IN_TRANSIT");
		event.put("eventTime", OffsetDateTime.now(ZoneOffset.UTC).toString());
		String body = json.writeValueAsString(
				Map.of("query", RECORD, "variables", Map.of("input", Map.of("events", List.of(event)))));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		long answered = System.nanoTime();
		Instant wall = Instant.now();
		JsonNode result = json.readTree(response.body())
			.path("data")
			.path("trackingEventsRecord")
			.path("results")
			.path(0);
		if (!"RECORDED".equals(result.path("status").asString())) {
			throw new IllegalStateException("Not recorded: HTTP " + response.statusCode() + " " + response.body());
		}
		return new Recorded(OffsetDateTime.parse(result.path("event").path("recordTime").asString()), answered, wall);
	}

	private static void drain(GraphQlSocket socket, String id) {
		try {
			while (true) {
				socket.next(id, Duration.ofMillis(500));
			}
		}
		catch (AssertionError empty) {
			// drained
		}
	}

	private static void print(String name, List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		System.out.printf("  %-20s p50 %7.2f  p99 %7.2f  max %7.2f%n", name, percentile(sorted, 50),
				percentile(sorted, 99), sorted.getLast());
	}

	private static double percentile(List<Double> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
	}

}
