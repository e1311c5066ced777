package io.homeward.platform.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real browser: Debian's chromium, headless, started with the flags this
 * closed network needs (no background connections). Without chromium the tests fail, as
 * any test does without its service.
 */
@IntegrationTest
class PortalBrowserIntegrationTests extends BrowserTests {

	/** Acme's demo return, which travels in the dispatched load from Madrid. */
	static final String DEMO_CODE = "HWE3RW84EBYKEBCPQD";

	/**
	 * axe-core from the portal's own dependencies (installed by its build, which runs
	 * before this module's tests).
	 */
	static final Path AXE = Path.of("../tenant-portal/node_modules/axe-core/axe.min.js");

	static Path chromium() {
		return Stream.of(System.getenv("PATH").split(":"))
			.map((directory) -> Path.of(directory, "chromium"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No chromium on the PATH: the portal's browser tests need it (apt-get install -y chromium)"));
	}

	@Test
	void aCustomerTracksAReturnByItsCodeAndSeesItsTimeline() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/track");
			assertAccessible(page);
			page.getByLabel("Tracking code").fill("hw-e3rw 84eb ykeb cpqd");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Track")).click();

			page.waitForURL("**/track/**");
			assertThat(page.getByText(DEMO_CODE)).isVisible();
			assertThat(page.getByTestId("stage")).not().isEmpty();
			assertThat(page.getByTestId("timeline").locator("li").first()).isVisible();
			assertThat(page.getByTestId("timeline").locator("li").count()).isGreaterThan(1);
			assertAccessible(page);
		}
	}

	@Test
	void aTrackingLinkOpensOnTheReturnInTheBrowsersLanguage() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/track/" + DEMO_CODE);

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Seguir una devolución")))
				.isVisible();
			assertThat(page.getByText("Etapa actual")).isVisible();
			assertThat(page.locator("html")).hasAttribute("lang", "es");
			assertAccessible(page);

			page.getByLabel("Idioma").selectOption("pt");
			assertThat(page.getByText("Etapa atual")).isVisible();
			assertThat(page.locator("html")).hasAttribute("lang", "pt");
			assertAccessible(page);
		}
	}

	@Test
	void aCodeOfNoReturnSaysSo() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/track/not-a-code");

			assertThat(page.getByRole(AriaRole.ALERT))
				.hasText("That is not a tracking code. Check it against the label.");
			assertAccessible(page);
		}
	}

	/**
	 * The track of the demo return on a phone-sized and a desktop viewport, written to
	 * {@code target/portal-screenshots/} for {@code docs/portal/} (copied from there when
	 * a page changes).
	 */
	@Test
	void theTrackPageFitsAPhoneAndADesktop() throws IOException {
		Path screenshots = Files.createDirectories(Path.of("target/portal-screenshots"));
		for (var viewport : Map.of("phone", new int[] { 390, 844 }, "desktop", new int[] { 1280, 800 }).entrySet()) {
			try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
				.setViewportSize(viewport.getValue()[0], viewport.getValue()[1])
				.setIsMobile(viewport.getKey().equals("phone")))) {
				Page page = context.newPage();
				page.navigate("http://localhost:" + this.port + "/track/" + DEMO_CODE);
				assertThat(page.getByTestId("timeline")).isVisible();
				// Nothing wider than the screen: no sideways scrolling on a phone.
				assertThat((Boolean) page
					.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
					.isTrue();
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(screenshots.resolve("track-" + viewport.getKey() + ".png")));
				page.navigate("http://localhost:" + this.port + "/");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(screenshots.resolve("home-" + viewport.getKey() + ".png")));
			}
		}
		assertThat(screenshots.resolve("track-phone.png")).isNotEmptyFile();
	}

	/**
	 * No axe-core violation of serious or critical impact on the page as it stands
	 * (labels, names, contrast, language, landmarks).
	 */
	static void assertAccessible(Page page) {
		// Evaluated through the browser's debugging protocol, which the page's
		// Content-Security-Policy does not govern (a script tag would be refused, as it
		// should be).
		try {
			page.evaluate(Files.readString(AXE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Object violations = page.evaluate(
				"""
						async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
						  .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
						  .map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', '))
						""");
		assertThat((List<?>) violations).as("axe-core violations on %s", page.url()).isEmpty();
		// A positive control: axe ran and checked rules on this page.
		assertThat((Integer) page.evaluate("async () => (await axe.run(document)).passes.length")).isPositive();
	}

}
