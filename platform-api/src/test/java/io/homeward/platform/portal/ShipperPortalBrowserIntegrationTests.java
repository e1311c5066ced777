package io.homeward.platform.portal;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipper's pages in a real browser: its returns (and none of another shipper's), the
 * filters, programs, a quote, and the loads with their savings; each page checked with
 * axe-core in each language.
 */
@IntegrationTest
class ShipperPortalBrowserIntegrationTests extends BrowserTests {

	@Test
	void aShipperSignedInSeesItsReturnsAndNoneOfTheOtherShippers() {
		int acmeReturns = Api.as(this.port, "acme")
			.execute("{ returns(first: 1) { totalCount } }")
			.data()
			.read("$.data.returns.totalCount");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/shipper", "acme");

			assertThat(page.getByTestId("return-count")).hasText(acmeReturns + " returns");
			List<String> rmas = page.getByTestId("returns").locator("tbody tr td:first-child").allInnerTexts();
			assertThat(rmas).isNotEmpty().allMatch((rma) -> !rma.startsWith("GLOBEX-"));
			assertThat(rmas).anyMatch((rma) -> rma.startsWith("ACME-"));
			PortalBrowserIntegrationTests.assertAccessible(page);

			int approved = Api.as(this.port, "acme")
				.execute("{ returns(first: 1, filter: {status: [APPROVED]}) { totalCount } }")
				.data()
				.read("$.data.returns.totalCount");
			page.getByLabel("Status").selectOption("APPROVED");
			assertThat(page.getByTestId("return-count")).hasText(approved + " returns");
			assertThat(page.getByTestId("returns").locator("tbody tr td:nth-child(2)").allInnerTexts())
				.allMatch("Approved"::equals);
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/shipper", "globex");
			assertThat(page.getByTestId("returns").locator("tbody tr").first()).isVisible();
			assertThat(page.getByTestId("returns").locator("tbody tr td:first-child").allInnerTexts())
				.allMatch((rma) -> rma.startsWith("GLOBEX-"));
		}
	}

	@Test
	void theShippersPagesWorkAndSpeakEachLanguage() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/shipper", "acme");
			assertThat(page.getByTestId("returns")).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programs")).click();
			assertThat(page.getByTestId("membership-EU-CONSUMER")).hasText("Membership: Active member");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quote")).click();
			page.getByLabel("Weight per piece (kg)").fill("12");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get a quote")).click();
			assertThat(page.getByTestId("quote")).containsText("Saving");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Loads and savings")).click();
			assertThat(page.getByTestId("shipper-load-MAD-RTM-2026-W49")).isVisible();
			assertThat(page.getByTestId("savings").locator("tbody tr").first()).isVisible();
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
					"Bar chart: your share of each load against the same parcels sent alone; the numbers are in the table below")))
				.isVisible();
			SignedInPortals.screenshot(page, "shipper-loads");

			for (String language : List.of("en", "es", "pt")) {
				page.locator("header select").selectOption(language);
				for (String tab : List.of("/shipper", "/shipper/programs", "/shipper/quote", "/shipper/loads")) {
					page.locator("nav.tabs a[href='" + tab + "']").click();
					page.waitForURL("**" + tab);
					assertThat(page.locator("main h2").first()).isVisible();
					PortalBrowserIntegrationTests.assertAccessible(page);
				}
			}
		}
	}

}
