package io.homeward.platform.consolidation;

import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's QR code and label over plain HTTP, for printers and scanners that take a URL.
 * The same bearer tokens as the API (the security chain requires a tenant on
 * {@code /units/**}); the unit is read under the caller's policies, so the operator and
 * the carrier of the unit's load get it, and anyone else a 404 exactly like for an id
 * that names nothing. Ids are the units' UUIDs, as in the URLs the API gives.
 */
@RestController
class UnitLabelController {

	private final HandlingUnits units;

	private final Loads loads;

	private final NetworkCatalog network;

	private final UnitLabels labels;

	UnitLabelController(HandlingUnits units, Loads loads, NetworkCatalog network, UnitLabels labels) {
		this.units = units;
		this.loads = loads;
		this.network = network;
		this.labels = labels;
	}

	@GetMapping(path = "/units/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String id) {
		return unit(id).map((unit) -> ok(labels.qrPng(unit, 300), MediaType.IMAGE_PNG))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping(path = "/units/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> label(@PathVariable String id) {
		return unit(id).map((unit) -> {
			Load load = (unit.loadId() != null) ? loads.byId(unit.loadId()).orElse(null) : null;
			String lane = (load != null) ? network.lane(load.laneId()).map(Lane::code).orElse(null) : null;
			return ok(labels.labelPdf(unit, load, lane), MediaType.APPLICATION_PDF);
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

	private java.util.Optional<HandlingUnit> unit(String id) {
		try {
			return units.byId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	private static ResponseEntity<byte[]> ok(byte[] body, MediaType type) {
		// Private: a label is tenant data and must not sit in a shared cache.
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(body);
	}

}
