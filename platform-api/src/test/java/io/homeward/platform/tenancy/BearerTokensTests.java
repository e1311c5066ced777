package io.homeward.platform.tenancy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop resolves every header as Spring Security's own resolver does: the same token,
 * or the same refusal, for every character of Latin-1 and beyond at each place of a
 * token, for the scheme's spellings and for padding; and requests that may carry a token
 * as a parameter are answered by Spring Security's resolver itself.
 */
class BearerTokensTests {

	private final BearerTokens loop = new BearerTokens();

	private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();

	@Test
	void everyHeaderIsResolvedAsSpringSecurityResolvesIt() {
		List<String> headers = new ArrayList<>(List.of("", "Bearer", "Bearer ", "Bearer  abc", "bearer abc",
				"BEARER abc", "Bearerabc", "Bearer\tabc", "Basic YWxhZGRpbjpvcGVuc2VzYW1l", "Bearer abc==",
				"Bearer abc=d", "Bearer =", "Bearer ==", "Bearer abc ", " Bearer abc", "Bearer a.b-c_d~e+f/g",
				"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln", "Bearer abc\n", "bearer", "Bear abc"));
		for (char c = 0; c < 0x180; c++) {
			headers.add("Bearer " + c + "abc");
			headers.add("Bearer ab" + c + "c");
			headers.add("Bearer abc" + c);
			headers.add("Bearer abc=" + c);
		}
		headers.add("Bearer ab\u20acc");
		int tokens = 0;
		for (String header : headers) {
			MockHttpServletRequest request = post(header);
			String expected = outcome(() -> this.reference.resolve(request));
			assertThat(outcome(() -> this.loop.resolve(request))).as("%s", header).isEqualTo(expected);
			if (expected != null && expected.startsWith("token ")) {
				tokens++;
			}
		}
		assertThat(tokens).as("headers with a well-formed token").isGreaterThan(60);
		assertThat(outcome(() -> this.loop.resolve(new MockHttpServletRequest("POST", "/graphql")))).isNull();
	}

	@Test
	void requestsThatMayCarryATokenAsAParameterGoToSpringSecurity() {
		MockHttpServletRequest query = post("Bearer abc");
		query.setQueryString("access_token=def");
		query.setParameter("access_token", "def");
		MockHttpServletRequest form = post("Bearer abc");
		form.setContentType("application/x-www-form-urlencoded");
		form.setParameter("access_token", "def");
		MockHttpServletRequest get = post("Bearer abc");
		get.setMethod("GET");
		get.setQueryString("access_token=def");
		get.setParameter("access_token", "def");
		for (MockHttpServletRequest request : List.of(query, form, get)) {
			String expected = outcome(() -> this.reference.resolve(request));
			assertThat(outcome(() -> this.loop.resolve(request))).isEqualTo(expected);
		}
		// Parameters are not a way in (the default resolver's default): the header's
		// token.
		assertThat(outcome(() -> this.loop.resolve(get))).isEqualTo("token abc");
	}

	private static MockHttpServletRequest post(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType("application/json");
		request.addHeader("Authorization", header);
		return request;
	}

	/** "token …", "refused code: description", or null for no token. */
	private static @Nullable String outcome(Resolution resolution) {
		try {
			String token = resolution.resolve();
			return (token != null) ? "token " + token : null;
		}
		catch (OAuth2AuthenticationException ex) {
			return "refused " + ex.getError().getErrorCode() + ": " + ex.getError().getDescription();
		}
	}

	interface Resolution {

		@Nullable String resolve();

	}

}
