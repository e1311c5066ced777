package io.homeward.platform.shared.graphql;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client a public field is answering, which its rate limits are kept
 * by: Tomcat's, from {@code X-Forwarded-For} of a trusted proxy only (see
 * application.yml), so a client on the internet cannot choose it.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/**
	 * The current request's client. Fields run on the request thread, which holds the
	 * request.
	 */
	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		throw new IllegalStateException("A public field runs on the HTTP request's thread");
	}

}
