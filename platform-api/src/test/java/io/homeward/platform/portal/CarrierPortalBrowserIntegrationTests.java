package io.homeward.platform.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
 * once when the connection returns, and a problem reported offline with a photo that
 * reaches its shipper. Each test packs a load of its own, so that what it records shows
 * on no other test's return.
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
	void aProblemReportedOfflineWithAPhotoIsRecordedOnceAndItsShipperSeesThePhoto() throws Exception {
		MadLoad load = MadLoads.closed();
		AtomicInteger uploads = new AtomicInteger();
		AtomicInteger batches = new AtomicInteger();
		try (BrowserContext context = phone("en-GB")) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/carrier", "carrier");
			assertThat(page.getByTestId("load-" + load.reference())).isVisible();

			context.setOffline(true);
			page.getByLabel("Code on the label").fill(load.acmeTrackingCode());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
			page.getByLabel("Problem", new Page.GetByLabelOptions().setExact(true)).selectOption("DAMAGED");
			page.getByLabel("What happened").fill("Box crushed at the corner");
			// As the camera gives it: larger than what is sent.
			page.getByLabel("Photos (up to 5)")
				.setInputFiles(new FilePayload("IMG_0001.jpg", "image/jpeg", jpeg(2400, 1800)));
			assertThat(page.getByAltText("Photo 1 of the problem")).isVisible();
			PortalBrowserIntegrationTests.assertAccessible(page);
			SignedInPortals.screenshot(page, "carrier-problem-phone");
			// The form with its photo fits the phone: nothing to scroll sideways.
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report")).click();
			assertThat(page.getByTestId("connection"))
				.hasText("Offline: updates wait on this phone · 1 update waiting to be sent");

			// The photo's first answer is lost on the way back, though the platform
			// stored it: the retry uploads it again under the same id, stored once.
			page.route("**/tracking/photos/*", (route) -> {
				if ("PUT".equals(route.request().method()) && uploads.incrementAndGet() == 1) {
					route.fetch();
					route.abort();
				}
				else {
					route.resume();
				}
			});
			page.route("**/graphql", (route) -> {
				if (route.request().postData().contains("trackingEventsRecord")) {
					batches.incrementAndGet();
				}
				route.resume();
			});
			context.setOffline(false);
			assertThat(page.getByTestId("connection")).hasText("Online");
		}
		assertThat(uploads.get()).isGreaterThanOrEqualTo(2);
		assertThat(batches.get()).isEqualTo(1);
		List<Map<String, Object>> damaged = Api.as(this.port, "operator")
			.execute("""
					query ($id: ID!) {
					  trackingEvents(subjectId: $id, first: 50) {
					    edges { node { exception exceptionReason photos { id url width height contentType } } }
					  }
					}""", Map.of("id", GlobalId.encode(Parcel.TYPE, load.acmeParcel())))
			.data()
			.read("$.data.trackingEvents.edges[?(@.node.exception == 'DAMAGED')].node");
		assertThat(damaged).hasSize(1);
		assertThat(damaged.getFirst()).containsEntry("exceptionReason", "Box crushed at the corner");
		List<Map<String, Object>> photos = (List<Map<String, Object>>) damaged.getFirst().get("photos");
		assertThat(photos).hasSize(1);
		// Sent at 1600 pixels on the longer side, as JPEG.
		assertThat(photos.getFirst()).containsEntry("width", 1600)
			.containsEntry("height", 1200)
			.containsEntry("contentType", "image/jpeg");
		String url = (String) photos.getFirst().get("url");
		assertThat(Api.as(this.port, "globex").get(url).statusCode()).isEqualTo(404);

		// The shipper opens the return's events and sees the carrier's photo.
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			SignedInPortals.signIn(page, this.port, "/shipper", "acme");
			String rma = load.acmeParcelRef() + "-RMA";
			assertThat(page.getByTestId("returns")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("/tmp/shipper-debug.png"))
				.setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Events of " + rma)).click();
			Locator photo = page.getByAltText("Photo 1: Box crushed at the corner");
			assertThat(photo).isVisible();
			assertThat(page.getByTestId("return-events")).containsText("Damaged: Box crushed at the corner");
			assertThat((Integer) photo.evaluate("image => image.naturalWidth")).isEqualTo(1600);
			PortalBrowserIntegrationTests.assertAccessible(page);
			SignedInPortals.screenshot(page, "shipper-return-events");
		}
	}

	/** A camera's photo: a JPEG of the given size. */
	static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(180, 120, 60));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.DARK_GRAY);
		graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
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
