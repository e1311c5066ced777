package io.homeward.platform.shared.graphql;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * What the WebSocket endpoint runs: subscriptions only, and at most
 * {@code homeward.graphql.websocket.max-subscriptions} of them at a time per connection.
 * Queries and mutations go over HTTP, where each query runs in its one transaction with
 * the caller's binding and each keyed mutation keeps its idempotency record; over the
 * socket they would need both again. A connection holding the most subscriptions has a
 * further one refused with TOO_MANY_SUBSCRIPTIONS (the others go on); one ended, by
 * either side, frees its place. HTTP requests pass untouched.
 */
@Component
class WebSocketOperations implements WebGraphQlInterceptor {

	private static final String ACTIVE = WebSocketOperations.class.getName() + ".active";

	private final int maxSubscriptions;

	WebSocketOperations(@Value("${homeward.graphql.websocket.max-subscriptions:16}") int maxSubscriptions) {
		this.maxSubscriptions = maxSubscriptions;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)) {
			return chain.next(request);
		}
		OperationDefinition.Operation operation = operation(request.getDocument(), request.getOperationName());
		if (operation != null && operation != OperationDefinition.Operation.SUBSCRIPTION) {
			return Mono.just(WebSocketRefusals.refusal(request, WebSocketRefusals.error(ErrorType.BAD_REQUEST,
					"SUBSCRIPTIONS_ONLY",
					"Only subscriptions run over WebSocket: send queries and mutations " + "with POST to /graphql")));
		}
		AtomicInteger active = (AtomicInteger) socket.getSessionInfo()
			.getAttributes()
			.computeIfAbsent(ACTIVE, (key) -> new AtomicInteger());
		if (active.incrementAndGet() > maxSubscriptions) {
			active.decrementAndGet();
			return Mono.just(WebSocketRefusals.refusal(request,
					WebSocketRefusals.error(ErrorType.BAD_REQUEST, "TOO_MANY_SUBSCRIPTIONS",
							"A connection holds at most " + maxSubscriptions
									+ " subscriptions at a time: complete one first")));
		}
		AtomicBoolean released = new AtomicBoolean();
		Runnable release = () -> {
			if (released.compareAndSet(false, true)) {
				active.decrementAndGet();
			}
		};
		return chain.next(request).map((response) -> {
			if (response.getData() instanceof Publisher<?> updates) {
				return response
					.transform((builder) -> builder.data(Flux.from(updates).doFinally((signal) -> release.run())));
			}
			release.run();
			return response;
		}).doOnError((ex) -> release.run()).doOnCancel(release);
	}

	/**
	 * The type of the operation the request runs, or null when the document cannot be
	 * parsed or names no such operation: GraphQL's own validation then answers it.
	 */
	private static OperationDefinition.@Nullable Operation operation(String document, @Nullable String name) {
		Document parsed;
		try {
			parsed = Parser.parse(document);
		}
		catch (RuntimeException ex) {
			return null;
		}
		OperationDefinition.Operation found = null;
		for (OperationDefinition definition : parsed.getDefinitionsOfType(OperationDefinition.class)) {
			if (name == null || name.equals(definition.getName())) {
				if (found != null && name == null) {
					return null;
				}
				found = definition.getOperation();
			}
		}
		return found;
	}

}
