package io.homeward.platform.portal;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages are served with a Content-Security-Policy that allows no inline
 * script or style and no eval, and with the usual security headers. The browser tests run
 * the portal under this policy, so a page that needed more would fail there.
 */
@IntegrationTest
class PortalHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void thePortalsPagesComeWithAStrictPolicyAndTheUsualHeaders() {
		for (String path : new String[] { "/", "/track", "/track/HWE3RW84EBYKEBCPQD", "/signin", "/carrier", "/shipper",
				"/shipper/loads", "/operator" }) {
			HttpResponse<String> page = Api.anonymous(this.port).get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("<div id=\"root\">");
			String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(policy).as(path)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
						"object-src 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

	/** The portal reads where to sign in from the platform, with no token. */
	@Test
	void thePortalLearnsWhereToSignIn() {
		HttpResponse<String> settings = Api.anonymous(this.port).get("/portal/sign-in.json");
		assertThat(settings.statusCode()).isEqualTo(200);
		assertThat(JsonPath.parse(settings.body()).<String>read("$.authority"))
			.isEqualTo(LocalServices.shared().keycloak().issuer());
		assertThat(JsonPath.parse(settings.body()).<String>read("$.clientId")).isEqualTo("homeward-portal");
	}

	/** A mistyped address under a portal route is no page of the portal. */
	@Test
	void onlyThePortalsRoutesAnswerWithItsPage() {
		assertThat(Api.anonymous(this.port).get("/carriers").statusCode()).isEqualTo(404);
	}

}
