package io.homeward.platform.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.Playwright;
import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.KeycloakAdmin;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Signing in to the portal as a user does: on Keycloak's own login page. The realm's
 * portal client knows the demo's address (port 8080); a test's platform listens on a port
 * of its own, which is registered here, through Keycloak's admin API, as a redirect URI
 * and a web origin of the client, so that Keycloak sends the browser back and lets it
 * redeem the code.
 */
final class SignedInPortals {

	private static final Set<Integer> registered = ConcurrentHashMap.newKeySet();

	private SignedInPortals() {
	}

	/** Debian's chromium, headless, with the flags the closed network needs. */
	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(PortalBrowserIntegrationTests.chromium())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/**
	 * For docs/portal/: written to target/portal-screenshots/, copied from there when a
	 * page changes.
	 */
	static void screenshot(Page page, String name) {
		try {
			Path screenshots = Files.createDirectories(Path.of("target/portal-screenshots"));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve(name + ".png")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void allowPortalAt(int port) {
		if (!registered.add(port)) {
			return;
		}
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		try (Keycloak admin = KeycloakAdmin.client(endpoint)) {
			var clients = admin.realm(endpoint.realm()).clients();
			ClientRepresentation portal = clients.findByClientId("homeward-portal").getFirst();
			ClientResource resource = clients.get(portal.getId());
			List<String> redirects = new ArrayList<>(portal.getRedirectUris());
			redirects.add("http://localhost:" + port + "/*");
			List<String> origins = new ArrayList<>(portal.getWebOrigins());
			origins.add("http://localhost:" + port);
			portal.setRedirectUris(redirects);
			portal.setWebOrigins(origins);
			resource.update(portal);
		}
	}

	/**
	 * Opens a signed-in page of the portal: the portal sends the browser to Keycloak's
	 * login page, the user signs in there, and Keycloak sends it back to the page.
	 */
	static void signIn(Page page, int port, String path, String username) {
		allowPortalAt(port);
		page.navigate("http://localhost:" + port + path);
		page.waitForURL("**/realms/homeward/protocol/openid-connect/auth**");
		page.locator("#username").fill(username);
		// A realm with Organizations asks for the user first and the password on the next
		// page (identity-first login, so that it could send the user to their
		// organization's identity provider).
		if (page.locator("#password").count() == 0) {
			page.locator("#kc-login").click();
		}
		page.locator("#password").fill("homeward");
		page.locator("#kc-login").click();
		try {
			page.waitForURL("http://localhost:" + port + path);
		}
		catch (TimeoutError ex) {
			// Say where the sign-in stopped: a page of Keycloak's tells why.
			throw new AssertionError(
					"Signing in as " + username + " stopped at " + page.url() + ": " + page.locator("body").innerText(),
					ex);
		}
	}

}
