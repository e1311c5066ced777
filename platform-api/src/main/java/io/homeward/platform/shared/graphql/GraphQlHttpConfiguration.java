package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What {@code /graphql} answers to a request that never reaches the GraphQL engine.
 * Boot's routes answer a body that is not one GraphQL request with its error page, and a
 * wrong media type or method with an empty body; here each refusal says what is wrong, in
 * {@link RequestErrors}' shape.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private static final String EXAMPLE = "{\"query\": \"{ viewer { username } }\", \"variables\": {}}";

	/** Boot's GraphQL route calls this handler; Boot backs off its own. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
		return new ExplainingGraphQlHttpHandler(graphQlHandler);
	}

	/**
	 * Oversized bodies are refused before the security chain reads a token for them, and
	 * before anything else reads them.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(json));
		registration.addUrlPatterns(path, PublicGraphQl.PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	WebGraphQlInterceptor retryAfterHeader() {
		return new RateLimited.RetryAfterHeader();
	}

	/**
	 * Ahead of Boot's GraphQL routes (order 0), which still serve every request that
	 * passes: these match only what Boot would refuse with an empty body.
	 */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlRefusals(@Value("${spring.graphql.http.path:/graphql}") String path) {
		RequestPredicate graphQl = GraphQlRequestPredicates.graphQlHttp(path);
		RequestPredicate sse = GraphQlRequestPredicates.graphQlSse(path);
		return RouterFunctions.route()
			.POST(path, (request) -> !matches(graphQl, request) && !matches(sse, request),
					GraphQlHttpConfiguration::refuseMediaTypes)
			.GET(path,
					(request) -> refusal(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
							"Send GraphQL operations with POST, as a JSON body such as " + EXAMPLE,
							(headers) -> headers.setAllow(Set.of(HttpMethod.POST))))
			.build();
	}

	/**
	 * Boot's predicates throw on a {@code Content-Type} or {@code Accept} header they
	 * cannot parse; such a request is refused here like any other they do not match.
	 */
	private static boolean matches(RequestPredicate predicate, ServerRequest request) {
		try {
			return predicate.test(request);
		}
		catch (ResponseStatusException ex) {
			return false;
		}
	}

	private static ServerResponse refuseMediaTypes(ServerRequest request) {
		if (!isJson(request)) {
			return refusal(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"The request body must be JSON with the header 'Content-Type: application/json', such as "
							+ EXAMPLE,
					(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)));
		}
		// A JSON request that Boot's routes still do not take: its Accept header allows
		// none of the types a GraphQL response comes in.
		return refusal(request, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
				"Responses are application/graphql-response+json or application/json; the Accept header allows "
						+ "neither");
	}

	private static boolean isJson(ServerRequest request) {
		try {
			return request.headers()
				.contentType()
				.filter((type) -> MediaType.APPLICATION_JSON.includes(type) || APPLICATION_GRAPHQL.includes(type))
				.isPresent();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	static ServerResponse refusal(ServerRequest request, HttpStatus status, String code, String message) {
		return refusal(request, status, code, message, (headers) -> {
		});
	}

	static ServerResponse refusal(ServerRequest request, HttpStatus status, String code, String message,
			Consumer<HttpHeaders> headers) {
		return ServerResponse.status(status)
			.headers(headers)
			.contentType(RequestErrors.mediaType(request.headers().firstHeader(HttpHeaders.ACCEPT)))
			.body(RequestErrors.body(code, message));
	}

	/**
	 * Spring for GraphQL's handler, answering a body it cannot read as a GraphQL request
	 * with 400 and what is wrong with it, instead of letting the exception reach Boot's
	 * error page. Messages are written here: the exceptions' own name Java types. Only
	 * Jackson's description of a syntax error is passed on, with where it is.
	 */
	static final class ExplainingGraphQlHttpHandler extends GraphQlHttpHandler {

		ExplainingGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
			super(graphQlHandler);
		}

		@Override
		public ServerResponse handleRequest(ServerRequest request) throws ServletException {
			try {
				return super.handleRequest(request);
			}
			catch (HttpMessageNotReadableException ex) {
				return refusal(request, HttpStatus.BAD_REQUEST, "BAD_REQUEST", unreadable(ex));
			}
			catch (ServerWebInputException ex) {
				// SerializableGraphQlRequest's words for a body without "query".
				return refusal(request, HttpStatus.BAD_REQUEST, "BAD_REQUEST",
						"No 'query'".equals(ex.getReason())
								? "The request has no \"query\": send the GraphQL document in it, such as " + EXAMPLE
								: "The request body cannot be read: " + ex.getReason());
			}
		}

		/**
		 * 429 or 503 for a response with a field refused by its rate limit
		 * ({@link RateLimited}), whatever else it holds; otherwise Spring's choice.
		 */
		@Override
		protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
			return RateLimited.status(response.getErrors(), super.selectResponseStatus(response, responseMediaType));
		}

		private static String unreadable(HttpMessageNotReadableException ex) {
			if (!(ex.getCause() instanceof JacksonException json)) {
				return "The request body is not a GraphQL request; send one JSON object such as " + EXAMPLE;
			}
			if (json instanceof StreamReadException) {
				TokenStreamLocation location = json.getLocation();
				return "The request body is not valid JSON: " + json.getOriginalMessage() + ((location != null)
						? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "");
			}
			List<JacksonException.Reference> path = json.getPath();
			String member = path.isEmpty() ? null : path.get(0).getPropertyName();
			if (member == null) {
				return "The request body must be one JSON object such as " + EXAMPLE
						+ "; a JSON array (a batch of operations) is not supported, nor is an empty body or a bare value";
			}
			return switch (member) {
				case "variables" -> "\"variables\" must be a JSON object of variable values, such as "
						+ "{\"id\": \"…\"}, or null; a string is not accepted, even one that holds JSON";
				case "extensions" -> "\"extensions\" must be a JSON object or null";
				default -> "\"" + member + "\" must be a string";
			};
		}

	}

}
