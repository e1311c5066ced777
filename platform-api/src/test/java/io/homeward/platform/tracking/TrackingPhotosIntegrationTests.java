package io.homeward.platform.tracking;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.errors;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.event;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.id;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.minutesAgo;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.parcel;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.statuses;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking photos over HTTP with real tokens: the upload (stored once, replayed, a reused
 * id refused, metadata stripped), every refusal leaving nothing stored, events naming
 * photos, who reads a photo (the cross-tenant matrix, with the negative control of
 * row-level security off, and an event forged past the service that still shows no
 * foreign photo), and the statements of reading photos for any number of events.
 */
@IntegrationTest
class TrackingPhotosIntegrationTests {

	private static final String RECORD = """
			mutation($input: TrackingEventsRecordInput!) {
			  trackingEventsRecord(input: $input) {
			    results { status event { id photos { id url contentType width height byteSize } } userErrors { field code } }
			    userErrors { field code }
			  }
			}""";

	private static final String EVENTS = """
			query($subject: ID!, $first: Int) {
			  trackingEvents(subjectId: $subject, first: $first) {
			    edges { node { clientEventId photos { id url width } } }
			  }
			}""";

	@LocalServerPort
	int port;

	/**
	 * A photo as a phone takes it: a JPEG with a comment standing in for its EXIF data.
	 */
	static byte[] jpeg(int width, int height, Color color, String comment) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] plain = out.toByteArray();
		byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
		// A COM segment right after the start of image: FF FE, its length, the text.
		ByteBuffer with = ByteBuffer.allocate(plain.length + 4 + text.length);
		with.put(plain, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (text.length + 2)).put(text);
		with.put(plain, 2, plain.length - 2);
		return with.array();
	}

	/**
	 * A PNG of a few hundred bytes whose header declares 10,000 × 10,000 pixels: a
	 * decompression bomb.
	 */
	static byte[] pngBomb() {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(10_000).putInt(10_000).put((byte) 8).put((byte) 2);
		chunk(png, "IHDR", header.put((byte) 0).put((byte) 0).put((byte) 0).array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[30_001]);
		deflater.finish();
		byte[] compressed = new byte[1024];
		int length = deflater.deflate(compressed);
		chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		png.writeBytes(typeBytes);
		png.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	HttpResponse<byte[]> put(String user, String id, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/tracking/photos/" + id))
			.header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body));
		if (user != null) {
			request.header("Authorization", "Bearer " + Api.token(user));
		}
		return send(request.build());
	}

	HttpResponse<byte[]> get(String user, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + Api.token(user))
			.build());
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		return Api.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	static DocumentContext json(HttpResponse<byte[]> response) {
		return JsonPath.parse(new String(response.body(), StandardCharsets.UTF_8));
	}

	/** Uploads a new photo as {@code user} and answers its API id. */
	String uploaded(String user) {
		HttpResponse<byte[]> response = put(user, UUID.randomUUID().toString(), "image/jpeg",
				jpeg(64, 48, Color.ORANGE, "photo"));
		assertThat(response.statusCode()).isEqualTo(201);
		return json(response).read("$.id");
	}

	static long photos(UUID org, String kind, String where) throws SQLException {
		try (Connection c = RlsProbe.app(org, kind)) {
			return RlsProbe.count(c, "tracking_photo where " + where);
		}
	}

	DocumentContext record(String user, List<Map<String, Object>> events) {
		return Api.as(port, user).execute(RECORD, Map.of("input", Map.of("events", events))).data();
	}

	@Test
	void anUploadIsStoredOnceWithoutItsMetadataAndAReusedIdIsRefused() throws IOException {
		UUID id = UUID.randomUUID();
		byte[] photo = jpeg(3000, 1500, Color.RED, "GPS 48.8566N 2.3522E serial HW-1234");
		HttpResponse<byte[]> created = put("carrier", id.toString(), "image/jpeg", photo);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/tracking/photos/" + id);
		DocumentContext answer = json(created);
		assertThat(answer.read("$.id", String.class)).isEqualTo(GlobalId.encode(TrackingPhoto.TYPE, id));
		assertThat(answer.read("$.url", String.class)).isEqualTo("/tracking/photos/" + id);
		// Downscaled to 2560 pixels on the longer side, by subsampling.
		assertThat(answer.read("$.width", Integer.class)).isEqualTo(1500);
		assertThat(answer.read("$.height", Integer.class)).isEqualTo(750);

		// The same bytes again: a replay, the same photo.
		HttpResponse<byte[]> again = put("carrier", id.toString(), "image/jpeg", photo);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json(again).read("$.id", String.class)).isEqualTo(answer.read("$.id"));
		assertThat(json(again).read("$.byteSize", Integer.class)).isEqualTo(answer.read("$.byteSize"));
		// Other bytes under the id: refused, and the stored photo is unchanged.
		HttpResponse<byte[]> reused = put("carrier", id.toString(), "image/jpeg", jpeg(10, 10, Color.BLUE, "x"));
		assertThat(reused.statusCode()).isEqualTo(409);
		assertThat(json(reused).read("$.code", String.class)).isEqualTo("PHOTO_ID_TAKEN");
		// So is the id for another organization, which cannot see the photo at all.
		HttpResponse<byte[]> foreign = put("operator", id.toString(), "image/jpeg", photo);
		assertThat(foreign.statusCode()).isEqualTo(409);

		HttpResponse<byte[]> file = get("carrier", "/tracking/photos/" + id);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("private")
			.doesNotContain("public");
		assertThat(file.body()).hasSize(answer.read("$.byteSize", Integer.class));
		// Pixels only: the comment (the phone's position) is gone, the image decodes red.
		assertThat(new String(file.body(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS", "HW-1234");
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(file.body()));
		assertThat(stored.getWidth()).isEqualTo(1500);
		assertThat(new Color(stored.getRGB(700, 300)).getRed()).isGreaterThan(200);
	}

	@Test
	void everyRefusedUploadIsTypedAndStoresNothing() throws SQLException {
		long before = photos(Fixtures.CARRIER, "CARRIER", "true");
		byte[] photo = jpeg(32, 32, Color.GREEN, "x");
		String fresh = UUID.randomUUID().toString();
		record Case(String user, String id, String type, byte[] body, int status, String code) {
		}
		byte[] tooLarge = new byte[TrackingPhotos.MAX_BYTES + 1];
		System.arraycopy(photo, 0, tooLarge, 0, photo.length);
		byte[] truncated = java.util.Arrays.copyOf(photo, photo.length / 2);
		byte[] png = photo.clone();
		List<Case> cases = List.of(new Case("carrier", fresh, "image/jpeg", tooLarge, 413, "PHOTO_TOO_LARGE"),
				new Case("carrier", fresh, "image/gif", photo, 415, "PHOTO_TYPE_UNSUPPORTED"),
				new Case("carrier", fresh, "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
						415, "PHOTO_TYPE_UNSUPPORTED"),
				new Case("carrier", fresh, "image/jpeg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), 422,
						"PHOTO_UNREADABLE"),
				new Case("carrier", fresh, "image/png", png, 422, "PHOTO_UNREADABLE"),
				new Case("carrier", fresh, "image/jpeg", truncated, 422, "PHOTO_UNREADABLE"),
				new Case("carrier", fresh, "image/jpeg", new byte[0], 422, "PHOTO_UNREADABLE"),
				new Case("carrier", fresh, "image/png", pngBomb(), 422, "PHOTO_UNREADABLE"),
				new Case("carrier", "not-a-uuid", "image/jpeg", photo, 400, "INVALID"),
				new Case("carrier", "1-1-1-1-1", "image/jpeg", photo, 400, "INVALID"),
				new Case("acme", fresh, "image/jpeg", photo, 403, "NOT_PERMITTED"));
		for (Case refused : cases) {
			HttpResponse<byte[]> response = put(refused.user(), refused.id(), refused.type(), refused.body());
			assertThat(response.statusCode()).as("%s %s", refused.code(), refused.type()).isEqualTo(refused.status());
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(json(response).read("$.code", String.class)).isEqualTo(refused.code());
		}
		assertThat(json(put("carrier", fresh, "image/png", pngBomb())).read("$.detail", String.class))
			.contains("10000 × 10000");
		// No token: the bearer challenge.
		assertThat(put(null, fresh, "image/jpeg", photo).statusCode()).isEqualTo(401);
		assertThat(photos(Fixtures.CARRIER, "CARRIER", "true")).isEqualTo(before);
		// And the id is still free.
		assertThat(put("carrier", fresh, "image/jpeg", photo).statusCode()).isEqualTo(201);
	}

	@Test
	void whoReadsAPhotoIsWhoReadsTheEventThatShowsIt() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String photo = uploaded("carrier");
		UUID photoUuid = GlobalId.decode(photo, TrackingPhoto.TYPE).orElseThrow();
		String path = "/tracking/photos/" + photoUuid;
		String where = "id = '" + photoUuid + "'";
		// Before any event names it, only the uploader reads it.
		assertThat(get("operator", path).statusCode()).isEqualTo(404);
		assertThat(get("acme", path).statusCode()).isEqualTo(404);

		Map<String, Object> damaged = with(event(id(), parcel(scratch.acmeParcel()), minutesAgo(1)), "bizStep",
				"SHIPPING", "disposition", "DAMAGED", "exception", "DAMAGED", "exceptionReason", "Box crushed",
				"photoIds", List.of(photo));
		DocumentContext first = record("carrier", List.of(damaged));
		assertThat(statuses(first)).containsExactly("RECORDED");
		assertThat(first.read("$.data.trackingEventsRecord.results[0].event.photos[*].id", List.class))
			.containsExactly(photo);
		assertThat(first.read("$.data.trackingEventsRecord.results[0].event.photos[0].url", String.class))
			.isEqualTo(path);
		// Queued offline and sent again: a replay, photos and all.
		assertThat(statuses(record("carrier", List.of(damaged)))).containsExactly("REPLAYED");
		// The same id without the photo is other content.
		Map<String, Object> without = new java.util.LinkedHashMap<>(damaged);
		without.remove("photoIds");
		DocumentContext reused = record("carrier", List.of(without));
		assertThat(errors(reused, 0)).containsExactly("input.events.0.clientEventId:CLIENT_EVENT_ID_REUSED");

		// The parcel's readers read the photo: Acme, the operator, the carrier; Globex
		// (whose parcel travels in the same load) does not, nor another carrier.
		for (String reader : List.of("acme", "operator", "carrier")) {
			assertThat(get(reader, path).statusCode()).as(reader).isEqualTo(200);
		}
		assertThat(get("globex", path).statusCode()).isEqualTo(404);
		List<String> seen = Api.as(port, "acme")
			.execute(EVENTS, Map.of("subject", parcel(scratch.acmeParcel()), "first", 50))
			.data()
			.read("$.data.trackingEvents.edges[*].node.photos[*].id");
		assertThat(seen).containsExactly(photo);
		assertThat(photos(Fixtures.GLOBEX, "SHIPPER", where)).isZero();
		assertThat(photos(TrackingEventsIntegrationTests.OTHER_CARRIER, "CARRIER", where)).isZero();
		assertThat(photos(Fixtures.ACME, "SHIPPER", where)).isEqualTo(1);
		// The negative control: without row-level security Globex would read it.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("tracking_photo"), Fixtures.GLOBEX, "SHIPPER",
				"tracking_photo where " + where))
			.isEqualTo(1);
	}

	@Test
	void anEventNamesOnlyItsRecordersOwnPhotosAndAForgedOneShowsNone() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String operators = uploaded("operator");
		String own = uploaded("carrier");
		List<String> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(uploaded("carrier"));
		}
		String subject = parcel(scratch.acmeParcel());
		String prefix = "photos-" + UUID.randomUUID() + "-";
		DocumentContext answer = record("carrier",
				List.of(with(event(prefix + 0, subject, minutesAgo(1)), "photoIds", List.of(own, operators)),
						with(event(prefix + 1, subject, minutesAgo(1)), "photoIds",
								List.of(GlobalId.encode(TrackingPhoto.TYPE, UUID.randomUUID()), "bm90LWFuLWlk")),
						with(event(prefix + 2, subject, minutesAgo(1)), "photoIds", six),
						with(event(prefix + 3, subject, minutesAgo(1)), "photoIds", List.of(own, own)),
						with(event(prefix + 4, subject, minutesAgo(1)), "photoIds", six.subList(0, 5))));
		assertThat(statuses(answer)).containsExactly("REFUSED", "REFUSED", "REFUSED", "REFUSED", "RECORDED");
		assertThat(errors(answer, 0)).containsExactly("input.events.0.photoIds.1:PHOTO_NOT_FOUND");
		assertThat(errors(answer, 1)).containsExactly("input.events.1.photoIds.0:PHOTO_NOT_FOUND",
				"input.events.1.photoIds.1:PHOTO_NOT_FOUND");
		assertThat(errors(answer, 2)).containsExactly("input.events.2.photoIds:OUT_OF_RANGE");
		assertThat(errors(answer, 3)).containsExactly("input.events.3.photoIds:INVALID");
		assertThat(answer.read("$.data.trackingEventsRecord.results[4].event.photos[*].id", List.class))
			.isEqualTo(six.subList(0, 5));
		assertThat(TrackingEventsIntegrationTests.visible(Fixtures.CARRIER, "CARRIER",
				"client_event_id like '" + prefix + "%'"))
			.isEqualTo(1);

		// Past the service, straight into the table under the carrier's role: an event of
		// the carrier's naming the operator's photo. The policy shows the photo through
		// events of its uploader only, so Acme still cannot read it.
		UUID operatorsPhoto = GlobalId.decode(operators, TrackingPhoto.TYPE).orElseThrow();
		try (Connection c = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			RlsProbe.update(c,
					"""
							insert into tracking_event (operator_id, id, recorder_org_id, recorded_by, client_event_id, fingerprint,
							                            parcel_id, shipper_id, return_id, in_load_id, carrier_id, biz_step,
							                            disposition, event_time, event_offset_minutes, photo_ids)
							select operator_id, gen_random_uuid(), recorder_org_id, recorded_by, '%s', fingerprint, parcel_id,
							       shipper_id, return_id, in_load_id, carrier_id, biz_step, disposition, event_time,
							       event_offset_minutes, array['%s']::uuid[]
							from tracking_event where client_event_id = '%s'"""
						.formatted(prefix + "forged", operatorsPhoto, prefix + 4));
			c.commit();
		}
		assertThat(TrackingEventsIntegrationTests.visible(Fixtures.ACME, "SHIPPER",
				"client_event_id = '" + prefix + "forged'"))
			.isEqualTo(1);
		assertThat(photos(Fixtures.ACME, "SHIPPER", "id = '" + operatorsPhoto + "'")).isZero();
		assertThat(get("acme", "/tracking/photos/" + operatorsPhoto).statusCode()).isEqualTo(404);
	}

	@Test
	void thePhotosOfAPageOfEventsTakeOneStatementWhateverItsSize() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String photo = uploaded("carrier");
		String subject = parcel(scratch.acmeParcel());
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			batch.add(with(event(id(), subject, minutesAgo(30 - i)), "photoIds", List.of(photo)));
		}
		// One statement more for the photos than a batch without, whatever its size.
		SqlStatements.reset();
		assertThat(statuses(record("carrier", batch.subList(0, 1)))).containsExactly("RECORDED");
		int one = SqlStatements.count();
		SqlStatements.reset();
		assertThat(statuses(record("carrier", batch.subList(1, 20)))).hasSize(19).containsOnly("RECORDED");
		assertThat(SqlStatements.count()).isEqualTo(one);

		Api acme = Api.as(port, "acme");
		acme.execute(EVENTS, Map.of("subject", subject, "first", 2));
		SqlStatements.reset();
		assertThat(acme.execute(EVENTS, Map.of("subject", subject, "first", 2))
			.data()
			.read("$.data.trackingEvents.edges[*].node.photos[*].id", List.class)).hasSize(2);
		int two = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		SqlStatements.reset();
		assertThat(acme.execute(EVENTS, Map.of("subject", subject, "first", 20))
			.data()
			.read("$.data.trackingEvents.edges[*].node.photos[*].id", List.class)).hasSize(20);
		assertThat(SqlStatements.count()).as("%s", log).isEqualTo(two);
		assertThat(log).filteredOn((statement) -> statement.contains("tracking_photo")).hasSize(1);
	}

}
