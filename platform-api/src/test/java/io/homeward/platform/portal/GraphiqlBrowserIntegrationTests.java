package io.homeward.platform.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import graphql.introspection.Introspection;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL as development has it (the portal's route on, introspection on): built into
 * the portal's bundle, it loads with no CDN under the portal's Content-Security-Policy,
 * signs in through Keycloak and runs a query as the signed-in user.
 */
@IntegrationTest
@TestPropertySource(properties = "homeward.portal.graphiql=true")
class GraphiqlBrowserIntegrationTests extends BrowserTests {

	@Test
	void graphiqlLoadsFromTheBundleUnderThePolicyAndRunsAQueryAsTheSignedInUser() {
		// Boot switches introspection off JVM-wide in the production-default contexts of
		// this suite (see GraphQlLimitsIntegrationTests): on for this test only.
		Introspection.enabledJvmWide(true);
		List<String> refused = new CopyOnWriteArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.onConsoleMessage((message) -> {
				if (message.text().contains("Content Security Policy")) {
					refused.add(message.text());
				}
			});
			List<String> foreign = new CopyOnWriteArrayList<>();
			page.onRequest((request) -> {
				if (!request.url().startsWith("http://localhost:")) {
					foreign.add(request.url());
				}
			});
			SignedInPortals.signIn(page, this.port, "/graphiql", "acme");

			page.locator(".graphiql-query-editor .CodeMirror").click();
			page.keyboard().press("Control+A");
			page.keyboard().type("{ viewer { username organization { name } } }");
			page.locator(".graphiql-execute-button").click();
			assertThat(page.locator(".graphiql-response")).containsText("Acme Outdoor");
			assertThat(foreign).isEmpty();
		}
		finally {
			Introspection.enabledJvmWide(false);
		}
		assertThat(refused).isEmpty();
	}

	/**
	 * Without the setting it is a 404 (GraphQlLimitsIntegrationTests); with it, the
	 * portal's page and policy.
	 */
	@Test
	void theRouteIsThePortalsPageWithItsPolicy() {
		var page = Api.anonymous(this.port).get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"root\">");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe"));
	}

}
