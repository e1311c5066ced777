package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Bodies for requests to {@code /graphql} that are refused before any GraphQL runs (no or
 * a bad token, a body that is not a GraphQL request, the wrong method or media type).
 * They take the GraphQL-over-HTTP error shape,
 * {@code {"errors":[{"message":"…","extensions":{"code":"…"}}]}}, so that a client reads
 * every refusal of the endpoint the same way, whichever layer made it.
 */
public final class RequestErrors {

	private RequestErrors() {
	}

	/** A body with one error: what is wrong, in words, and a stable code. */
	public static Map<String, List<Error>> body(String code, String message) {
		return Map.of("errors", errors(code, message));
	}

	/** The {@code errors} array alone, for bodies that carry other fields as well. */
	public static List<Error> errors(String code, String message) {
		return List.of(new Error(message, Map.of("code", code)));
	}

	/**
	 * The media type to answer in, chosen as Spring for GraphQL's HTTP handler chooses it
	 * for GraphQL responses: {@code application/graphql-response+json} when the client
	 * names it before {@code application/json}, otherwise {@code application/json} (also
	 * for a wildcard, a missing or an unreadable {@code Accept} header).
	 */
	public static MediaType mediaType(@Nullable String accept) {
		if (accept == null) {
			return MediaType.APPLICATION_JSON;
		}
		try {
			for (MediaType accepted : MediaType.parseMediaTypes(accept)) {
				if (accepted.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)) {
					return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
				}
				if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
					return MediaType.APPLICATION_JSON;
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			// A refusal is answered even to a client whose Accept header cannot be read.
		}
		return MediaType.APPLICATION_JSON;
	}

	/**
	 * One entry of {@code errors}; a record, so that {@code message} is written first.
	 */
	public record Error(String message, Map<String, String> extensions) {

	}

}
