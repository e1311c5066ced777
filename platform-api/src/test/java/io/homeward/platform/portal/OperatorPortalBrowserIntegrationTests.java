package io.homeward.platform.portal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's load board in a real browser: a plan proposed for the open parcels at
 * Madrid and accepted, the new load on the board, and a received load's discrepancies,
 * customs status and invoice reconciliation; axe-core in each language.
 */
@IntegrationTest
class OperatorPortalBrowserIntegrationTests extends BrowserTests {

	/**
	 * The loads the accepted plan opened are removed, and what they packed is open again.
	 */
	@AfterEach
	void putTheDemoDataBack() throws SQLException {
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			ScratchLoads.removePlannedLoads(operator, Fixtures.GLOBAL_RECOVERY);
			operator.commit();
		}
	}

	@Test
	void anOperatorAcceptsALoadPlan() throws SQLException {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/operator", "operator");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Load board"))).isVisible();
			PortalBrowserIntegrationTests.assertAccessible(page);

			page.getByLabel("Hub").selectOption(new SelectOption().setLabel("São Paulo Collection Hub"));
			page.getByLabel("Program").selectOption(new SelectOption().setLabel("Global Electronics Recovery"));
			// São Paulo has two consolidated lanes into the program: the planner needs
			// one.
			page.getByLabel("Lane").selectOption(new SelectOption().setLabel("GRU-RTM-SEA"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose a plan")).click();
			assertThat(page.getByTestId("proposal")).containsText("Proposal on GRU-RTM-SEA");
			SignedInPortals.screenshot(page, "operator-plan");
			PortalBrowserIntegrationTests.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the plan")).click();
			assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Plan accepted")))
				.isVisible();
		}
		// The demo's open parcel of Acme at São Paulo is packed now, in a load of the
		// plan.
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.count(operator, "unit_parcel up join load l on l.id = up.load_id"
					+ " where up.parcel_id = '22222222-0001-4000-8000-000000000007' and l.reference like 'PLAN-%'"))
				.isOne();
		}
	}

	@Test
	void aReceivedLoadShowsItsDiscrepanciesCustomsAndInvoiceInEachLanguage() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/operator", "operator");
			assertThat(page.getByTestId("board-MAD-RTM-2026-W47")).containsText("seal mismatch");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Details of MAD-RTM-2026-W47")).click();
			assertThat(page.getByTestId("load-detail")).containsText("Damaged");
			assertThat(page.getByTestId("load-detail"))
				.containsText("Seal left as HW-SEAL-1047, arrived as HW-SEAL-1074");
			for (String language : List.of("en", "es", "pt")) {
				page.locator("header select").selectOption(language);
				assertThat(page.locator("html")).hasAttribute("lang", language);
				PortalBrowserIntegrationTests.assertAccessible(page);
			}
		}
	}

}
