package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.customs.LoadContents.Content;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commercial invoices of a load, built from what is stored whenever they are read:
 * one per shipper with goods in the load and currency of its items, from the load's
 * CLOSED state on, when its contents are sealed and return items never change; a load
 * still in PLANNING has none. Nothing is written: the same load gives the same invoices.
 * <p>
 * Who reads which is decided by row-level security alone, on the same reads for the query
 * and the PDF: the load as its reader may see it, and the items in it as their reader may
 * (a shipper its own, the operator every shipper's, the carrier none). A load the caller
 * cannot see has no invoices, exactly like an id that names nothing.
 * <p>
 * The platform's choices: the shipper is the exporter in care of the origin hub and the
 * importer of record in care of the destination hub (the organization has no address of
 * its own, and the hubs are where the goods leave and arrive); the Incoterm is DAP named
 * at the destination hub's city; the invoice is dated the load's departure day at the
 * origin hub; its number is the load's reference, the shipper's code and the currency.
 */
@Service
public class CommercialInvoices {

	private final Loads loads;

	private final NetworkCatalog network;

	private final LoadContents queries;

	CommercialInvoices(Loads loads, NetworkCatalog network, LoadContents queries) {
		this.loads = loads;
		this.network = network;
		this.queries = queries;
	}

	/**
	 * The invoices of the load that the caller may read, by number; none for a load in
	 * PLANNING or one it cannot see. Three statements whatever the number of shippers and
	 * lines: the load, its items, its two hubs.
	 */
	@Transactional(readOnly = true)
	public List<LoadInvoice> ofLoad(UUID loadId) {
		Optional<Load> found = loads.byId(loadId);
		if (found.isEmpty() || found.get().status() == LoadStatus.PLANNING) {
			return List.of();
		}
		Load load = found.get();
		List<Content> items = queries.itemsInLoad(loadId);
		if (items.isEmpty()) {
			return List.of();
		}
		Map<UUID, Hub> hubs = network.hubsByIds(List.of(load.originHubId(), load.destinationHubId()));
		Hub origin = hub(hubs, load.originHubId());
		Hub destination = hub(hubs, load.destinationHubId());
		LocalDate issuedOn = load.departureAt().atZoneSameInstant(ZoneId.of(origin.timeZone())).toLocalDate();
		Map<UUID, BigDecimal> gross = grossWeights(items);

		Map<String, List<Content>> byKey = new LinkedHashMap<>();
		Map<String, UUID> codes = new HashMap<>();
		for (Content item : items) {
			String code = ShipperCode.of(item.shipperId());
			UUID holder = codes.putIfAbsent(code, item.shipperId());
			if (holder != null && !holder.equals(item.shipperId())) {
				// Forty bits make this all but impossible; two invoices with one number
				// would be worse than none.
				throw new IllegalStateException("Two shippers of load " + loadId + " share the code " + code);
			}
			byKey.computeIfAbsent(code + "-" + item.currency(), (k) -> new ArrayList<>()).add(item);
		}
		List<LoadInvoice> invoices = new ArrayList<>();
		byKey.forEach((key, lines) -> {
			Content first = lines.getFirst();
			invoices.add(new LoadInvoice(loadId, first.shipperId(), key,
					new CommercialInvoice(load.reference() + "-" + key, issuedOn, party(first.shipperName(), origin),
							party(first.shipperName(), destination), Currency.getInstance(first.currency()),
							Incoterm.DAP, destination.city(),
							lines.stream().map((item) -> line(item, gross.get(item.id()))).toList())));
		});
		invoices.sort(Comparator.comparing((LoadInvoice invoice) -> invoice.invoice().number()));
		return invoices;
	}

	/**
	 * The invoice of the load with the key its PDF path names, if the caller may read it.
	 */
	@Transactional(readOnly = true)
	public Optional<LoadInvoice> find(UUID loadId, String key) {
		return ofLoad(loadId).stream().filter((invoice) -> invoice.key().equals(key)).findFirst();
	}

	/** The invoice as a PDF. */
	public byte[] pdf(LoadInvoice invoice) {
		return new CommercialInvoicePdf().render(invoice.invoice());
	}

	private static Hub hub(Map<UUID, Hub> hubs, UUID id) {
		Hub hub = hubs.get(id);
		if (hub == null) {
			// Every reader of a load's items may read its operator's hubs.
			throw new IllegalStateException("The hub " + id + " of a load with readable items is not readable");
		}
		return hub;
	}

	/** Each item's share of its parcel's weight, parcel by parcel. */
	private static Map<UUID, BigDecimal> grossWeights(List<Content> items) {
		Map<UUID, List<Content>> byParcel = new LinkedHashMap<>();
		items.forEach((item) -> byParcel.computeIfAbsent(item.parcelId(), (k) -> new ArrayList<>()).add(item));
		Map<UUID, BigDecimal> gross = new HashMap<>();
		byParcel.values().forEach((inParcel) -> {
			List<BigDecimal> shares = GrossWeights.apportion(inParcel.getFirst().parcelKg(),
					inParcel.stream().map(Content::netKg).toList());
			for (int i = 0; i < inParcel.size(); i++) {
				gross.put(inParcel.get(i).id(), shares.get(i));
			}
		});
		return gross;
	}

	private static InvoiceParty party(String shipperName, Hub hub) {
		return new InvoiceParty(shipperName, List.of("c/o " + hub.name(), hub.address()),
				new CountryCode(hub.countryCode()));
	}

	private static InvoiceLine line(Content item, BigDecimal grossKg) {
		ExportReference export = (item.exportReference() != null && item.exportedOn() != null)
				? new ExportReference(item.exportReference(), item.exportedOn()) : null;
		return new InvoiceLine(item.description(), new HsCode(item.hsCode()), new CountryCode(item.originCountry()),
				BigDecimal.valueOf(item.quantity()), item.netKg(), grossKg,
				new Money(item.unitValue(), Currency.getInstance(item.currency())), export);
	}

}
