package io.homeward.platform.portal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tracking.MadLoads;
import io.homeward.platform.tracking.MadLoads.MadLoad;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier's page in a real browser, phone-sized: signing in on Keycloak's login page,
 * recording statuses by a typed code and for a whole load, and updates made offline sent
 * once when the connection returns. Each test packs a load of its own, so that what it
 * records shows on no other test's return.
 */
@IntegrationTest
class CarrierPortalBrowserIntegrationTests extends BrowserTests {

	static BrowserContext phone(String locale) {
		return browser.newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	@Test
	void aCarrierSignsInTypesAParcelsCodeAndTheStatusShowsOnThePublicTrack() throws SQLException {
		MadLoad load = MadLoads.closed();
		try (BrowserContext context = phone("en-GB")) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/carrier", "carrier");

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Loads and pickups")))
				.isVisible();
			assertThat(page.getByText("Signed in as carrier (Rapid Freight)")).isVisible();
			assertThat(page.getByTestId("load-" + load.reference())).isVisible();
			PortalBrowserIntegrationTests.assertAccessible(page);

			// As a person types the label's text: in lower case, in groups of four.
			page.getByLabel("Code on the label")
				.fill(load.acmeTrackingCode().toLowerCase().replaceAll("(.{4})", "$1 "));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Parcel " + load.acmeTrackingCode())))
				.isVisible();
			assertThat(page.getByText("In load " + load.reference())).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Picked up")).click();
			assertThat(page.getByTestId("connection")).hasText("Online");
			PortalBrowserIntegrationTests.assertAccessible(page);
			SignedInPortals.screenshot(page, "carrier-phone");

			page.getByLabel("Code on the label").fill("NO-SUCH-CODE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("No load, unit or parcel of yours has this code.");

			// The customer's public track of that return now shows the pick-up, at
			// Madrid.
			page.navigate("http://localhost:" + this.port + "/track/" + load.acmeTrackingCode());
			assertThat(page.getByTestId("timeline")).containsText("Collected");
			assertThat(page.getByTestId("timeline")).containsText("Madrid");
		}
		assertThat(events(load.acmeParcel())).containsExactly("COLLECTING");
	}

	@Test
	void updatesMadeOfflineAreSentOnceWhenTheConnectionReturns() throws SQLException {
		MadLoad load = MadLoads.closed();
		try (BrowserContext context = phone("en-GB")) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/carrier", "carrier");
			assertThat(page.getByTestId("load-" + load.reference())).isVisible();

			context.setOffline(true);
			assertThat(page.getByTestId("connection")).containsText("Offline");
			page.getByLabel("Code on the label")
				.fill("http://localhost:" + this.port + "/track/" + load.acmeTrackingCode());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Loaded")).click();
			page.getByTestId("load-" + load.reference())
				.getByLabel("Status for the whole load")
				.selectOption("DEPARTED");
			page.getByTestId("load-" + load.reference())
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Update load"))
				.click();
			assertThat(page.getByTestId("connection"))
				.hasText("Offline: updates wait on this phone · 2 updates waiting to be sent");
			PortalBrowserIntegrationTests.assertAccessible(page);

			// The first answer after the connection returns is lost on the way back,
			// though
			// the platform recorded the batch: the retry must not record it again.
			AtomicInteger batches = new AtomicInteger();
			page.route("**/graphql", (route) -> {
				if (route.request().postData().contains("trackingEventsRecord") && batches.incrementAndGet() == 1) {
					route.fetch();
					route.abort();
				}
				else {
					route.resume();
				}
			});
			context.setOffline(false);
			assertThat(page.getByTestId("connection")).hasText("Online");
			assertThat(batches.get()).isGreaterThanOrEqualTo(2);
		}
		// The parcel's own loading; the departure is the load's, which the parcel
		// inherits.
		assertThat(events(load.acmeParcel())).containsExactly("LOADING");
		assertThat(loadEvents(load)).containsExactly("DEPARTING");
	}

	@Test
	void theCarriersPageSpeaksEachLanguage() {
		try (BrowserContext context = phone("es-ES")) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/carrier", "carrier");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cargas y recogidas")))
				.isVisible();
			assertThat(page.getByTestId("load-MAD-RTM-2026-W49")).isVisible();
			PortalBrowserIntegrationTests.assertAccessible(page);
			page.getByLabel("Idioma").selectOption("pt");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cargas e coletas")))
				.isVisible();
			PortalBrowserIntegrationTests.assertAccessible(page);
		}
	}

	@Test
	void aShipperIsToldTheCarriersPageIsNotForIt() {
		try (BrowserContext context = phone("en-GB")) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/carrier", "acme");
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("This page is not for Acme Outdoor.");
			assertThat(page.getByTestId("connection")).hasCount(0);
		}
	}

	/** The business steps recorded on the parcel itself, as its operator reads them. */
	private List<String> events(UUID parcel) {
		return eventsOn(GlobalId.encode(Parcel.TYPE, parcel));
	}

	private List<String> loadEvents(MadLoad load) {
		return eventsOn(GlobalId.encode(Load.TYPE, load.loadId()));
	}

	/** Events recorded on the subject itself, not inherited from what it was inside. */
	private List<String> eventsOn(String subjectId) {
		return Api.as(this.port, "operator")
			.execute("""
					query ($id: ID!) {
					  trackingEvents(subjectId: $id, first: 50) { edges { node { bizStep inheritedThrough } } }
					}""", Map.of("id", subjectId))
			.data()
			.<List<Map<String, String>>>read("$.data.trackingEvents.edges[*].node")
			.stream()
			.filter((node) -> node.get("inheritedThrough") == null)
			.map((node) -> node.get("bizStep"))
			.toList();
	}

}
