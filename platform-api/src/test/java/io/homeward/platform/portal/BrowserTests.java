package io.homeward.platform.portal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import io.homeward.platform.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test class of the portal shares: one headless chromium per class
 * (Debian's, see {@link SignedInPortals#launch}), and the platform's port.
 */
abstract class BrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		playwright = SignedInPortals.playwright();
		browser = SignedInPortals.launch(playwright);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	/**
	 * The platforms (one per port, so per Spring context) that have fetched the realm's
	 * keys.
	 */
	private static final Set<Integer> keysFetched = ConcurrentHashMap.newKeySet();

	/**
	 * The platform fetches the realm's keys at the first token it checks; under a loaded
	 * machine that first fetch can outlast a browser test's patience, so it happens here,
	 * once per platform.
	 */
	@BeforeEach
	void keysFetched() {
		if (keysFetched.add(this.port)) {
			assertThat(Api.as(this.port, "operator").execute("{ viewer { username } }").status()).isEqualTo(200);
		}
	}

}
