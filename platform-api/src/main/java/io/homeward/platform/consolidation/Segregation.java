package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.homeward.platform.shared.UnNumber;
import org.jspecify.annotations.Nullable;

/**
 * Answers whether goods may share one handling unit or load on a lane, and if not, which
 * rule of the {@link SegregationTable} refuses them. Used when something is packed and by
 * the planner.
 */
public final class Segregation {

	private final SegregationTable table;

	public Segregation(SegregationTable table) {
		this.table = table;
	}

	public static Segregation standard() {
		return new Segregation(SegregationTable.standard());
	}

	public SegregationTable table() {
		return table;
	}

	/**
	 * May these go into one unit or load on this lane? Empty when they may; otherwise the
	 * first refusal found, checking each alone, then each pair in order, then their
	 * lithium.
	 */
	public Optional<SegregationRefusal> mayShare(List<Packable> contents, LaneLimits lane) {
		for (Packable packable : contents) {
			Optional<SegregationRefusal> refusal = alone(packable, lane);
			if (refusal.isPresent()) {
				return refusal;
			}
		}
		for (int i = 0; i < contents.size(); i++) {
			for (int j = i + 1; j < contents.size(); j++) {
				Optional<SegregationRefusal> refusal = together(contents.get(i), contents.get(j));
				if (refusal.isPresent()) {
					return refusal;
				}
			}
		}
		BigDecimal lithium = BigDecimal.ZERO;
		for (Packable packable : contents) {
			lithium = lithium.add(packable.goods().lithiumKg());
			if (lithium.compareTo(lane.maxLithiumKgPerLoad()) > 0) {
				return Optional.of(refusal(SegregationReason.LITHIUM_OVER_LIMIT, packable.reference(), null,
						"With " + packable.reference() + " the load holds " + lithium.toPlainString()
								+ " kg of lithium batteries, over the lane's "
								+ lane.maxLithiumKgPerLoad().toPlainString() + " kg"));
			}
		}
		return Optional.empty();
	}

	/**
	 * May this travel on this lane at all: every UN number classified, its lithium
	 * accepted and within the lane's limit, and nothing inside it that must be kept
	 * apart.
	 */
	public Optional<SegregationRefusal> alone(Packable packable, LaneLimits lane) {
		DangerousGoods goods = packable.goods();
		if (!goods.unclassified().isEmpty()) {
			return Optional.of(refusal(SegregationReason.UNKNOWN_UN_NUMBER, packable.reference(), null,
					packable.reference() + " carries UN " + numbers(goods.unclassified())
							+ ", which the segregation table does not classify"));
		}
		if (goods.hasLithium() && !lane.acceptsLithiumBatteries()) {
			return Optional.of(refusal(SegregationReason.LITHIUM_NOT_ACCEPTED, packable.reference(), null,
					packable.reference() + " carries lithium batteries, which the lane does not accept"));
		}
		if (goods.lithiumKg().compareTo(lane.maxLithiumKgPerLoad()) > 0) {
			return Optional.of(refusal(SegregationReason.LITHIUM_OVER_LIMIT, packable.reference(), null,
					packable.reference() + " carries " + goods.lithiumKg().toPlainString()
							+ " kg of lithium batteries, over the lane's " + lane.maxLithiumKgPerLoad().toPlainString()
							+ " kg per load"));
		}
		for (SegregationTable.Apart rule : table.apartRules()) {
			if (rule.refusesWithin(goods)) {
				return Optional.of(new SegregationRefusal(rule.reason(), packable.reference(), null, rule.source(),
						packable.reference() + " itself holds " + describe(rule)));
			}
		}
		return Optional.empty();
	}

	/** May these two share a unit or load, whatever the lane? */
	public Optional<SegregationRefusal> together(Packable first, Packable second) {
		for (SegregationTable.Apart rule : table.apartRules()) {
			if (rule.refuses(first.goods(), second.goods())) {
				return Optional.of(pair(rule, first, second));
			}
			if (rule.refuses(second.goods(), first.goods())) {
				return Optional.of(pair(rule, second, first));
			}
		}
		return Optional.empty();
	}

	private SegregationRefusal pair(SegregationTable.Apart rule, Packable refused, Packable other) {
		String message = (rule.with() == null)
				? refused.reference() + " (class " + rule.hazardClass().code()
						+ ") travels with nothing else, not with " + other.reference()
				: refused.reference() + " (class " + rule.hazardClass().code() + ") may not travel with "
						+ other.reference() + " (class " + rule.with().code() + ")";
		return new SegregationRefusal(rule.reason(), refused.reference(), other.reference(), rule.source(), message);
	}

	private SegregationRefusal refusal(SegregationReason reason, String first, @Nullable String second,
			String message) {
		return new SegregationRefusal(reason, first, second, table.source(reason), message);
	}

	private static String describe(SegregationTable.Apart rule) {
		return (rule.with() == null) ? "class " + rule.hazardClass().code() + " with other dangerous goods"
				: "class " + rule.hazardClass().code() + " with class " + rule.with().code();
	}

	private static String numbers(Set<UnNumber> numbers) {
		return numbers.stream().map(UnNumber::digits).sorted().collect(Collectors.joining(", "));
	}

}
