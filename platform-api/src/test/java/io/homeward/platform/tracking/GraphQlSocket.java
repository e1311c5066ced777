package io.homeward.platform.tracking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over WebSocket client (the graphql-transport-ws protocol) on the JDK's own
 * WebSocket, as the tests' {@code Api} is on the JDK's HTTP client: it sends what a
 * client sends and hands back every message and the close code, so tests see the protocol
 * itself. Each message is kept with the moment it arrived
 * ({@link Message#receivedNanos()}), for the latency probe.
 */
public final class GraphQlSocket implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private final WebSocket socket;

	private final BlockingQueue<Message> control = new LinkedBlockingQueue<>();

	private final Map<String, BlockingQueue<Message>> operations = new ConcurrentHashMap<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final AtomicInteger ids = new AtomicInteger();

	/** One message from the server, with its arrival time (System.nanoTime). */
	public record Message(String type, @Nullable String id, @Nullable Map<String, Object> payload,
			@Nullable Object errors, long receivedNanos) {

		/**
		 * The value at a dotted path of the payload ({@code data.returnUpdates.event}).
		 */
		public @Nullable Object at(String path) {
			Object value = payload;
			for (String key : path.split("\\.")) {
				if (!(value instanceof Map<?, ?> map)) {
					return null;
				}
				value = map.get(key);
			}
			return value;
		}

	}

	private GraphQlSocket(URI uri) {
		this.socket = http.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(uri, new Listener())
			.orTimeout(10, TimeUnit.SECONDS)
			.join();
	}

	/** Opens the socket; nothing is sent yet. */
	public static GraphQlSocket open(String url) {
		return new GraphQlSocket(URI.create(url));
	}

	/** The endpoint of a local test server. */
	public static String url(int port) {
		return "ws://localhost:" + port + "/graphql-ws";
	}

	/**
	 * Sends {@code connection_init} with the token (none when null) and waits for the
	 * acknowledgement; false when the server closed the socket instead
	 * ({@link #closeCode()} says with what).
	 */
	public boolean init(@Nullable String token) {
		Map<String, Object> payload = new LinkedHashMap<>();
		if (token != null) {
			payload.put("Authorization", "Bearer " + token);
		}
		return initWith(payload);
	}

	/** As {@link #init}, with the payload as given. */
	public boolean initWith(Map<String, Object> payload) {
		send(Map.of("type", "connection_init", "payload", payload));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		try {
			while (System.nanoTime() < deadline) {
				Message message = control.poll(100, TimeUnit.MILLISECONDS);
				if (message != null) {
					return "connection_ack".equals(message.type());
				}
				if (closed.isDone()) {
					return false;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("No answer to connection_init within 20 s");
	}

	/** Sends a subscribe message; the id to read its messages with. */
	public String subscribe(String document, Map<String, Object> variables) {
		String id = Integer.toString(ids.incrementAndGet());
		operations.put(id, new LinkedBlockingQueue<>());
		send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", document, "variables", variables)));
		return id;
	}

	/** Tells the server the client is done with the operation. */
	public void complete(String id) {
		send(Map.of("type", "complete", "id", id));
	}

	/**
	 * The operation's next message ({@code next}, {@code error} or {@code complete}),
	 * waiting at most {@code timeout}; fails when none comes.
	 */
	public Message next(String id, Duration timeout) {
		try {
			Message message = operations.get(id).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (message == null) {
				throw new AssertionError("No message for operation " + id + " within " + timeout
						+ (closed.isDone() ? "; the socket closed with " + closed.join() : ""));
			}
			return message;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The close code the server sent, waiting for it at most {@code timeout}. */
	public int closeCode(Duration timeout) {
		return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
	}

	/** The close code, or null while the socket is open. */
	public @Nullable Integer closeCode() {
		return closed.getNow(null);
	}

	private void send(Map<String, Object> message) {
		socket.sendText(json.writeValueAsString(message), true).orTimeout(10, TimeUnit.SECONDS).join();
	}

	@Override
	public void close() {
		if (!socket.isOutputClosed()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
				.orTimeout(5, TimeUnit.SECONDS)
				.exceptionally((ex) -> null);
		}
		socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			text.append(data);
			if (last) {
				long now = System.nanoTime();
				received(json.readValue(text.toString(), Map.class), now);
				text.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@SuppressWarnings("unchecked")
		private void received(Map<String, Object> raw, long now) {
			String type = (String) raw.get("type");
			String id = (String) raw.get("id");
			if ("ping".equals(type)) {
				send(Map.of("type", "pong"));
				return;
			}
			if ("pong".equals(type)) {
				return;
			}
			Object payload = raw.get("payload");
			Message message = new Message(type, id,
					(payload instanceof Map<?, ?> map) ? (Map<String, Object>) map : null,
					(payload instanceof Map<?, ?>) ? ((Map<?, ?>) payload).get("errors") : payload, now);
			BlockingQueue<Message> queue = (id != null) ? operations.get(id) : null;
			((queue != null) ? queue : control).add(message);
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			closed.complete(-1);
		}

	}

}
