package io.homeward.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.homeward.infra.local.LocalServices;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP against the running test server, with real tokens from Keycloak's
 * password grant (client {@code homeward-cli}, development realm only).
 */
public final class Api {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final String baseUrl;

	private final @Nullable String bearer;

	private final String endpoint;

	private final @Nullable String forwardedFor;

	private Api(String baseUrl, @Nullable String bearer) {
		this(baseUrl, bearer, "/graphql");
	}

	private Api(String baseUrl, @Nullable String bearer, String endpoint) {
		this(baseUrl, bearer, endpoint, null);
	}

	private Api(String baseUrl, @Nullable String bearer, String endpoint, @Nullable String forwardedFor) {
		this.baseUrl = baseUrl;
		this.bearer = bearer;
		this.endpoint = endpoint;
		this.forwardedFor = forwardedFor;
	}

	/**
	 * The same client, as if behind a proxy on loopback that forwards for
	 * {@code address}: the platform trusts the header from there, as from any proxy on a
	 * private network, and takes {@code address} for the client's.
	 */
	public Api forwardedFor(String address) {
		return new Api(baseUrl, bearer, endpoint, address);
	}

	public static Api as(int port, String username) {
		return new Api("http://localhost:" + port, token(username));
	}

	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null);
	}

	/** No token, at the public endpoint {@code /graphql/public}. */
	public static Api publicEndpoint(int port) {
		return new Api("http://localhost:" + port, null, "/graphql/public");
	}

	public static Api withToken(int port, String rawToken) {
		return new Api("http://localhost:" + port, rawToken);
	}

	record Token(String value, Instant expires) {
	}

	/** A cached access token for a realm user (password "homeward" unless given). */
	public static String token(String username) {
		return token(username, "homeward");
	}

	public static String token(String username, String password) {
		Token cached = tokens.get(username);
		if (cached != null && Instant.now().isBefore(cached.expires().minusSeconds(30))) {
			return cached.value();
		}
		DocumentContext response = form(LocalServices.shared().keycloak().tokenUri(), Map.of("grant_type", "password",
				"client_id", "homeward-cli", "username", username, "password", password));
		Token token = new Token(response.read("$.access_token"),
				Instant.now().plusSeconds(response.read("$.expires_in", Integer.class)));
		tokens.put(username, token);
		return token.value();
	}

	/**
	 * A token just issued, not the cache of {@link #token}: for tests whose user's
	 * memberships, keys or state change between two tokens.
	 */
	public static String freshToken(String username, String password) {
		return form(LocalServices.shared().keycloak().tokenUri(), Map.of("grant_type", "password", "client_id",
				"homeward-cli", "username", username, "password", password))
			.read("$.access_token");
	}

	/**
	 * Posts a form to Keycloak and returns the JSON answer; fails on any non-200 status.
	 */
	public static DocumentContext form(String url, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
		}
		return JsonPath.parse(response.body());
	}

	public Result execute(String document) {
		return execute(document, Map.of());
	}

	public Result execute(String document, Map<String, ?> variables) {
		String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
		return post(body, "application/json", "application/graphql-response+json");
	}

	/** A raw POST, for tests of the HTTP layer itself. */
	public Result post(String body, String contentType, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		HttpResponse<String> response = send(request.build());
		return new Result(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body(), response.headers());
	}

	public HttpResponse<String> get(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends a request of the test's own making (a file upload, a chunked body) on the
	 * shared client, failing unchecked.
	 */
	public static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP answer; {@link #json()} parses the body. */
	public record Result(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

		public DocumentContext json() {
			return JsonPath.parse(body);
		}

		public <T> T read(String path) {
			return json().read(path);
		}

		public <T> T read(String path, Class<T> type) {
			return json().read(path, type);
		}

		/** The body of a successful GraphQL response: HTTP 200 and no {@code errors}. */
		public DocumentContext data() {
			if (status != 200) {
				throw new AssertionError("HTTP " + status + ": " + body);
			}
			DocumentContext document = json();
			Map<String, Object> root = document.read("$");
			if (root.containsKey("errors")) {
				throw new AssertionError("GraphQL errors: " + body);
			}
			return document;
		}

	}

}
