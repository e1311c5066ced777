package io.homeward.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.homeward.platform.shared.graphql.WebSocketRefusals;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.AuthenticationExtractor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Who a GraphQL WebSocket connection acts for, decided once, when it opens: the
 * {@code connection_init} payload must carry {@code "Authorization": "Bearer <token>"},
 * and the token is taken exactly as {@code /graphql} takes one, by the same
 * {@link JwtDecoder} (signature, issuer, audience, times) and the same
 * {@link TenantAuthenticationConverter} (organization and kind checked against the
 * platform's record). No token, a refused token and a token that names no valid
 * organization are all refused: Spring for GraphQL closes the socket with 4401, its one
 * code for a refused {@code connection_init}. The handshake itself carries no token
 * (browsers cannot set headers on it) and opens nothing.
 * <p>
 * Every operation of the connection then runs with that caller in Spring Security's
 * context (Spring for GraphQL's {@link AuthenticationWebSocketInterceptor} carries it),
 * so {@link TenantContext} answers it in fetchers as in a request. A subscription ends
 * with UNAUTHENTICATED when the token expires, and an operation sent after that is
 * refused: the client opens a new connection with a fresh token.
 */
@Component
class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

	private static final String SECURITY_CONTEXT = SecurityContext.class.getName();

	private final AuthenticationWebSocketInterceptor authentication;

	private final Clock clock = Clock.systemUTC();

	WebSocketAuthentication(JwtDecoder tokens, OrganizationDirectory organizations) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(tokens);
		provider.setJwtAuthenticationConverter(new TenantAuthenticationConverter(organizations));
		AuthenticationManager tenants = (token) -> {
			Authentication caller = provider.authenticate(token);
			if (!(caller instanceof TenantAuthentication)) {
				throw new InsufficientAuthenticationException("The token names no valid organization");
			}
			return caller;
		};
		this.authentication = new AuthenticationWebSocketInterceptor(required(new BearerTokenAuthenticationExtractor()),
				tenants);
	}

	/** Spring's extractor lets a payload without a token through; here it is refused. */
	private static AuthenticationExtractor required(AuthenticationExtractor bearer) {
		return (payload) -> bearer.getAuthentication(payload)
			.switchIfEmpty(Mono.error(new AuthenticationCredentialsNotFoundException(
					"connection_init carries no \"Authorization\": \"Bearer <token>\"")));
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
		return authentication.handleConnectionInitialization(info, payload);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest)) {
			return chain.next(request);
		}
		return authentication.intercept(request,
				(authenticated) -> Mono.deferContextual((context) -> untilExpiry(authenticated, chain, context)));
	}

	private Mono<WebGraphQlResponse> untilExpiry(WebGraphQlRequest request, Chain chain, ContextView context) {
		Instant expires = expiry(context);
		if (expires == null) {
			return chain.next(request);
		}
		if (!clock.instant().isBefore(expires)) {
			return Mono.just(WebSocketRefusals.refusal(request, expired()));
		}
		return chain.next(request).map((response) -> {
			if (!(response.getData() instanceof Publisher<?> updates)) {
				return response;
			}
			Duration left = Duration.between(clock.instant(), expires);
			Flux<?> bounded = Flux.from(updates)
				.takeUntilOther(Mono.delay(left.isNegative() ? Duration.ZERO : left))
				.concatWith(Mono.defer(() -> clock.instant().isBefore(expires) ? Mono.empty()
						: Mono.error(WebSocketRefusals.ending(expired()))));
			return response.transform((builder) -> builder.data(bounded));
		});
	}

	private static @Nullable Instant expiry(ContextView context) {
		SecurityContext security = context.getOrDefault(SECURITY_CONTEXT, null);
		return (security != null && security.getAuthentication() instanceof TenantAuthentication caller)
				? caller.getToken().getExpiresAt() : null;
	}

	private static graphql.GraphQLError expired() {
		return WebSocketRefusals.error(ErrorType.UNAUTHORIZED, "UNAUTHENTICATED",
				"The access token expired: open a new connection with a fresh token");
	}

}
