package io.homeward.platform.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.homeward.platform.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer of Acme Outdoor starts a return at {@code /return/acme} in a real browser,
 * as {@link PortalBrowserIntegrationTests} launches it: fills in the form, consents,
 * sends it, downloads the label and finds in the PDF the tracking code the page shows
 * (screenshots of the form and of its answer go to {@code target/portal-screenshots/},
 * for {@code docs/portal/}); the form says what is wrong field by field; and axe-core
 * finds nothing serious or critical on the page in English, Spanish and Portuguese.
 */
@IntegrationTest
class SelfServiceReturnBrowserIntegrationTests extends BrowserTests {

	@Test
	void aCustomerStartsAReturnOnAPhoneAndTheDownloadedLabelHoldsTheTrackingCode() throws Exception {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/return/acme");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Start a return")))
				.isVisible();
			assertThat(page.getByText("Send goods back to Acme Outdoor")).isVisible();
			PortalBrowserIntegrationTests.assertAccessible(page);
			Path screenshots = Files.createDirectories(Path.of("target/portal-screenshots"));
			page.screenshot(
					new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("return-phone.png")));

			page.getByLabel("Description").fill("Two-person trekking tent");
			page.getByLabel("Product code (SKU)").fill("ACME-TNT-2P");
			page.getByLabel("Condition").selectOption("DEFECTIVE");
			page.getByLabel("Price paid for one").fill("249.00");
			page.getByLabel("Weight of one (kg)").fill("2.4");
			page.getByLabel("Customs code (HS)").fill("6306.22");
			page.getByLabel("Made in (country code)").fill("CN");
			page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).selectOption("DEFECTIVE");
			page.getByLabel("Full name").fill("Inés Castaño Ruiz");
			page.getByLabel("Email").fill("ines.castano@example.com");
			page.getByLabel("Street and number").fill("Calle de Toledo 77");
			page.getByLabel("City").fill("Madrid");
			page.getByLabel("Postal code").fill("28005");
			page.getByLabel("Country", new Page.GetByLabelOptions().setExact(true)).selectOption("ES");

			// Without consent, the form says what is missing, next to the checkbox.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start return")).click();
			assertThat(page.getByText("Agree to the privacy notice to start a return.")).isVisible();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please correct the field marked below.");
			PortalBrowserIntegrationTests.assertAccessible(page);

			page.getByLabel("I agree to the privacy notice.").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start return")).click();

			assertThat(page.getByTestId("tracking-code")).hasText(Pattern.compile("HW[0-9A-Z]{16}"));
			String code = page.getByTestId("tracking-code").textContent().trim();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Track this return")))
				.hasAttribute("href", "/track/" + code);
			// Nothing wider than the phone's screen.
			assertThat((Boolean) page
				.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.isTrue();
			PortalBrowserIntegrationTests.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(screenshots.resolve("return-started-phone.png")));

			Download download = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download label (PDF)"))
						.click());
			Path pdf = download.path();
			try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
				assertThat(new PDFTextStripper().getText(document)).contains(code, "Acme Outdoor");
			}
		}
	}

	@Test
	void theFormIsAccessibleInEachLanguageAndAHandleOfNoShipperSaysSo() {
		for (var language : Map
			.of("en-GB", "Start a return", "es-ES", "Iniciar una devolución", "pt-PT", "Iniciar uma devolução")
			.entrySet()) {
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setLocale(language.getKey()))) {
				Page page = context.newPage();
				page.navigate("http://localhost:" + this.port + "/return/acme");
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(language.getValue())))
					.isVisible();
				assertThat(page.locator("html")).hasAttribute("lang", language.getKey().substring(0, 2));
				PortalBrowserIntegrationTests.assertAccessible(page);
			}
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/return/globex");
			assertThat(page.getByRole(AriaRole.ALERT))
				.hasText("This shop does not take returns here. Check the address you were given.");
			PortalBrowserIntegrationTests.assertAccessible(page);
		}
	}

}
