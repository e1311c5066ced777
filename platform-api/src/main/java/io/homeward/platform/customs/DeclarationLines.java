package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The lines of a declaration from the items in a load, a pure function of them and the
 * rates. One line per shipper, HS code (as the item carries it) and origin; numbered by
 * shipper (its id, in PostgreSQL's order), then HS code, then origin, so the same load
 * always gives the same lines.
 * <ul>
 * <li>net mass: each item's unit weight times its quantity, summed;</li>
 * <li>gross mass: each parcel's weight apportioned over its items in proportion to their
 * net mass, in grams by largest remainder (ties to the earlier item of the parcel), so
 * the lines' gross sums to the parcels' weight exactly ({@link GrossWeights});</li>
 * <li>statistical value: unit value times quantity times the rate of the item's currency
 * (1 for the declaration's own), summed exactly and rounded once per line to the minor
 * unit of the declaration's currency, half up.</li>
 * </ul>
 */
final class DeclarationLines {

	private DeclarationLines() {
	}

	/**
	 * An item in a parcel of the load, with the parcel's weight; in the parcel's item
	 * order.
	 */
	record Item(UUID shipperId, UUID parcelId, BigDecimal parcelKg, String hsCode, String originCountry, int quantity,
			BigDecimal unitValue, String currency, BigDecimal unitKg) {

		BigDecimal netKg() {
			return unitKg.multiply(BigDecimal.valueOf(quantity));
		}

	}

	/** A computed line, numbered from 1. */
	record Line(int lineNumber, UUID shipperId, String hsCode, String originCountry, int quantity, BigDecimal netKg,
			BigDecimal grossKg, BigDecimal statisticalValue) {

	}

	private record Key(UUID shipperId, String hsCode, String originCountry) {

	}

	private static final Comparator<Key> ORDER = Comparator.comparing((Key key) -> key.shipperId().toString())
		.thenComparing(Key::hsCode)
		.thenComparing(Key::originCountry);

	/**
	 * @param rates units of {@code currency} per unit of each other currency of the
	 * items; every one of them must be there
	 */
	static List<Line> of(List<Item> items, Currency currency, Map<String, BigDecimal> rates) {
		BigDecimal[] gross = gross(items);
		Map<Key, Sum> sums = new TreeMap<>(ORDER);
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			BigDecimal rate = item.currency().equals(currency.getCurrencyCode()) ? BigDecimal.ONE
					: rates.get(item.currency());
			if (rate == null) {
				throw new IllegalArgumentException("No rate for " + item.currency());
			}
			Sum sum = sums.computeIfAbsent(new Key(item.shipperId(), item.hsCode(), item.originCountry()),
					(key) -> new Sum());
			sum.quantity += item.quantity();
			sum.netKg = sum.netKg.add(item.netKg());
			sum.grossKg = sum.grossKg.add(gross[i]);
			sum.value = sum.value.add(item.unitValue().multiply(BigDecimal.valueOf(item.quantity())).multiply(rate));
		}
		int scale = Math.max(currency.getDefaultFractionDigits(), 0);
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<Key, Sum> entry : sums.entrySet()) {
			Key key = entry.getKey();
			Sum sum = entry.getValue();
			lines.add(new Line(lines.size() + 1, key.shipperId(), key.hsCode(), key.originCountry(), sum.quantity,
					sum.netKg.setScale(3, RoundingMode.UNNECESSARY), sum.grossKg.setScale(3, RoundingMode.UNNECESSARY),
					sum.value.setScale(scale, RoundingMode.HALF_UP)));
		}
		return lines;
	}

	/**
	 * Each item's share of its parcel's weight, shared as the invoices share it
	 * ({@link GrossWeights}), so a declaration's gross masses are its invoices'.
	 */
	static BigDecimal[] gross(List<Item> items) {
		Map<UUID, List<Integer>> byParcel = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			byParcel.computeIfAbsent(items.get(i).parcelId(), (id) -> new ArrayList<>()).add(i);
		}
		BigDecimal[] gross = new BigDecimal[items.size()];
		for (List<Integer> indexes : byParcel.values()) {
			List<BigDecimal> shares = GrossWeights.apportion(items.get(indexes.getFirst()).parcelKg(),
					indexes.stream().map((i) -> items.get(i).netKg()).toList());
			for (int k = 0; k < indexes.size(); k++) {
				gross[indexes.get(k)] = shares.get(k);
			}
		}
		return gross;
	}

	private static final class Sum {

		private int quantity;

		private BigDecimal netKg = BigDecimal.ZERO;

		private BigDecimal grossKg = BigDecimal.ZERO;

		private BigDecimal value = BigDecimal.ZERO;

	}

}
