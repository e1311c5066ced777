package io.homeward.platform.consolidation;

import io.homeward.platform.shared.allocation.ExactShares;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import io.homeward.platform.shared.Money;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises of cost sharing, on random loads: random weights in 0.5 kg steps, random
 * stand-alone prices, a random two-break rate card with a minimum charge, and an invoice
 * that is a random share of the stand-alone total (or, where said, above it). Each
 * property is a run of seeded tries ({@link SeededTries}) and, where a property is only
 * worth something if a case happened (EPM solved, EPM fallen back), a last test that
 * counts the cases the tries met and fails the run if one never did.
 */
class CostAllocationPropertyTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final ShapleySampling QUICK = new ShapleySampling(2_000, 42L);

	static final BigDecimal HALF = BigDecimal.valueOf(5);

	/** A shipper as numbers, so that a failing input prints as something to replay. */
	record Shipper(int halfKg, int cents) {

	}

	/**
	 * A two-break card: {@code centsPerKg} from 0 kg, {@code breakPercent} of it from
	 * {@code breakKg}, at least {@code minimumCents}.
	 */
	record Card(int minimumCents, int centsPerKg, int breakKg, int breakPercent) {

		LaneRate rate() {
			return LaneRate.weightBreaks(BigDecimal.valueOf(this.minimumCents, 2),
					Map.of(BigDecimal.ZERO, BigDecimal.valueOf(this.centsPerKg, 2), BigDecimal.valueOf(this.breakKg),
							BigDecimal.valueOf((long) this.centsPerKg * this.breakPercent, 4)));
		}

	}

	record Load(List<Shipper> shippers, Card card, int invoicePercent) {

		AllocationRequest request(List<Shipper> extra) {
			List<AllocationShipper> all = new ArrayList<>();
			long standAlone = 0;
			List<Shipper> everyone = new ArrayList<>(this.shippers);
			everyone.addAll(extra);
			for (int i = 0; i < everyone.size(); i++) {
				Shipper s = everyone.get(i);
				all.add(new AllocationShipper(new UUID(0, i + 1), BigDecimal.valueOf(s.halfKg(), 1).multiply(HALF),
						BigDecimal.valueOf(s.cents(), 2)));
				// the invoice is for what travels: a shipper with nothing in the load
				// adds nothing
				standAlone += (s.halfKg() > 0) ? s.cents() : 0;
			}
			long invoice = standAlone * this.invoicePercent / 100;
			return new AllocationRequest(new Money(BigDecimal.valueOf(invoice, 2), EUR), all, this.card.rate());
		}

		AllocationRequest request() {
			return request(List.of());
		}

	}

	record WithMethod(Load load, AllocationMethod method) {

	}

	record WithTwins(Load load, AllocationMethod method, int copies) {

	}

	record WithAbsentShipper(Load load, AllocationMethod method, int standAloneCents) {

	}

	// --- generators ---

	/**
	 * Uniform between the bounds, but a bound one time in ten: the bounds are where the
	 * cases are (an invoice of exactly A(N), a card without minimum, a break at 1 kg).
	 */
	static int between(RandomGenerator random, int min, int max) {
		return switch (random.nextInt(20)) {
			case 0 -> min;
			case 1 -> max;
			default -> random.nextInt(min, max + 1);
		};
	}

	static Load load(RandomGenerator random, int min, int max, int lowestPercent, int highestPercent) {
		int size = between(random, min, max);
		List<Shipper> shippers = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			shippers.add(new Shipper(between(random, 1, 400), between(random, 100, 50_000)));
		}
		Card card = new Card(between(random, 0, 20_000), between(random, 50, 400), between(random, 1, 300),
				between(random, 30, 100));
		return new Load(List.copyOf(shippers), card, between(random, lowestPercent, highestPercent));
	}

	static AllocationMethod method(RandomGenerator random, AllocationMethod... among) {
		return among[random.nextInt(among.length)];
	}

	static Load small(RandomGenerator random) {
		return load(random, 1, 9, 20, 100);
	}

	static Load anyInvoice(RandomGenerator random) {
		return load(random, 1, 9, 20, 150);
	}

	static Load sampled(RandomGenerator random) {
		return load(random, 13, 16, 20, 100);
	}

	static RandomGenerator random(long seed) {
		return new SplittableRandom(seed);
	}

	static BigDecimal total(Allocation allocation) {
		return allocation.shares().stream().map((s) -> s.share().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How often each case came up in a property's tries, for its coverage test. */
	static final class Cases {

		private final Map<List<?>, Integer> counts = new HashMap<>();

		void collect(Object... values) {
			this.counts.merge(Arrays.asList(values), 1, Integer::sum);
		}

		int count(Object... values) {
			return this.counts.getOrDefault(Arrays.asList(values), 0);
		}

		DynamicTest check(String name, Runnable assertions) {
			return DynamicTest.dynamicTest("coverage: " + name, assertions::run);
		}

		@Override
		public String toString() {
			return this.counts.toString();
		}

	}

	// --- properties ---

	@TestFactory
	Stream<DynamicTest> sharesSumToTheInvoiceToTheCent() {
		Cases cases = new Cases();
		Stream<DynamicTest> tries = SeededTries.tries(300, 1_000, (seed) -> {
			RandomGenerator random = random(seed);
			return new WithMethod(anyInvoice(random), method(random, AllocationMethod.values()));
		}, (input) -> {
			AllocationRequest request = input.load().request();
			Allocation allocation = CostAllocation.allocate(request, input.method(), QUICK);
			cases.collect(input.method(), allocation.fallback());
			assertThat(total(allocation)).isEqualByComparingTo(request.invoice().amount());
			assertThat(allocation.shares()).allSatisfy((s) -> assertThat(s.share().amount().scale()).isEqualTo(2));
		});
		return Stream.concat(tries, Stream.of(cases.check("Shapley and EPM were computed, not fallen back", () -> {
			assertThat(cases.count(AllocationMethod.SHAPLEY, null)).as("cases %s", cases).isPositive();
			assertThat(cases.count(AllocationMethod.EQUAL_PROFIT, null)).as("cases %s", cases).isPositive();
		})));
	}

	@TestFactory
	Stream<DynamicTest> noShipperPaysAboveItsStandAlonePriceWhenACappedSplitExists() {
		Cases cases = new Cases();
		Stream<DynamicTest> tries = SeededTries.tries(300, 2_000, (seed) -> {
			RandomGenerator random = random(seed);
			return new WithMethod(small(random),
					method(random, AllocationMethod.DEFAULT, AllocationMethod.EQUAL_PROFIT));
		}, (input) -> {
			Allocation allocation = CostAllocation.allocate(input.load().request(), input.method());
			cases.collect(input.method(), allocation.applied());
			assertThat(allocation.fallback()).isNotEqualTo(AllocationFallback.INVOICE_ABOVE_STAND_ALONE);
			assertThat(allocation.shares())
				.allSatisfy((s) -> assertThat(s.share().amount()).isLessThanOrEqualTo(s.standAlonePrice().amount()));
		});
		// the Equal Profit Method must have been tried and solved, not only fallen back
		return Stream.concat(tries, Stream.of(cases.check("EPM both solved and fallen back", () -> {
			assertThat(cases.count(AllocationMethod.EQUAL_PROFIT, AllocationMethod.EQUAL_PROFIT)).as("cases %s", cases)
				.isGreaterThan(10);
			assertThat(cases.count(AllocationMethod.EQUAL_PROFIT, AllocationMethod.DEFAULT)).as("cases %s", cases)
				.isPositive();
		})));
	}

	@TestFactory
	Stream<DynamicTest> symmetricShippersPayTheSameWithinOneCent() {
		return SeededTries.tries(300, 3_000, (seed) -> {
			RandomGenerator random = random(seed);
			return new WithTwins(anyInvoice(random), method(random, AllocationMethod.values()), random.nextInt(1, 4));
		}, (input) -> {
			Shipper twin = input.load().shippers().get(0);
			List<Shipper> extra = new ArrayList<>();
			for (int i = 0; i < input.copies(); i++) {
				extra.add(twin);
			}
			assertSymmetric(CostAllocation.allocate(input.load().request(extra), input.method(), QUICK),
					input.copies());
		});
	}

	@TestFactory
	Stream<DynamicTest> symmetricShippersPayTheSameWhenShapleyIsSampled() {
		return SeededTries.tries(30, 4_000, (seed) -> sampled(random(seed)), (load) -> {
			Shipper twin = load.shippers().get(0);
			Allocation allocation = CostAllocation.allocate(load.request(List.of(twin, twin)), AllocationMethod.SHAPLEY,
					QUICK);
			assertThat(allocation.sampling()).isNotNull();
			assertSymmetric(allocation, 2);
		});
	}

	static void assertSymmetric(Allocation allocation, int copies) {
		List<ShipperShare> shares = allocation.shares();
		// the first shipper and its copies are the first id and the last ones
		BigDecimal first = shares.get(0).share().amount();
		for (int i = shares.size() - copies; i < shares.size(); i++) {
			assertThat(shares.get(i).share().amount().subtract(first).abs())
				.isLessThanOrEqualTo(new BigDecimal("0.01"));
		}
	}

	@TestFactory
	Stream<DynamicTest> aShipperWithNothingInTheLoadPaysNothingAndChangesNoOtherShare() {
		return SeededTries.tries(200, 5_000, (seed) -> {
			RandomGenerator random = random(seed);
			return new WithAbsentShipper(anyInvoice(random), method(random, AllocationMethod.values()),
					between(random, 0, 50_000));
		}, (input) -> {
			Allocation without = CostAllocation.allocate(input.load().request(), input.method(), QUICK);
			Allocation with = CostAllocation.allocate(
					input.load().request(List.of(new Shipper(0, input.standAloneCents()))), input.method(), QUICK);
			ShipperShare absent = with.shares().get(with.shares().size() - 1);
			assertThat(absent.share().amount()).isEqualByComparingTo("0");
			assertThat(with.shares().subList(0, without.shares().size()).stream().map(ShipperShare::share))
				.containsExactlyElementsOf(without.shares().stream().map(ShipperShare::share).toList());
		});
	}

	static List<AllocationShipper> players(AllocationRequest request) {
		return request.shippers()
			.stream()
			.sorted(Comparator.comparing((AllocationShipper s) -> s.shipperId().toString()))
			.toList();
	}

	@TestFactory
	Stream<DynamicTest> sampledShapleyAgreesWithTheExactValueWithinItsReportedError() {
		return SeededTries.tries(100, 6_000, (seed) -> small(random(seed)), (load) -> {
			AllocationRequest request = load.request();
			List<AllocationShipper> players = players(request);
			Coalitions game = new Coalitions(players, request.invoice().amount(), request.rate());
			ExactShares exact = ShapleyValue.exact(game);
			ShapleyValue.Sampled sampled = ShapleyValue.sampled(game, QUICK);
			for (int i = 0; i < players.size(); i++) {
				double error = sampled.standardErrors()[i];
				double difference = Math
					.abs(sampled.shares().approximate(i).doubleValue() - exact.approximate(i).doubleValue());
				// three 95 % half-widths, about 5.9 standard errors: a fixed seed, and a
				// margin wide enough that no honest estimate falls outside it by chance
				assertThat(difference).isLessThanOrEqualTo(3 * 1.96 * error + 1e-9);
			}
		});
	}

	@TestFactory
	Stream<DynamicTest> generatedCoreConstraintsFindTheSameOptimumAsListingEveryCoalition() {
		Cases cases = new Cases();
		Stream<DynamicTest> tries = SeededTries.tries(100, 7_000, (seed) -> small(random(seed)), (load) -> {
			AllocationRequest request = load.request();
			List<AllocationShipper> players = players(request);
			Coalitions game = new Coalitions(players, request.invoice().amount(), request.rate());
			EqualProfit.Solution listed = EqualProfit.solve(game, true);
			EqualProfit.Solution generated = EqualProfit.solve(game, false);
			cases.collect(listed.failure());
			assertThat(generated.failure()).isEqualTo(listed.failure());
			if (listed.shares() != null) {
				assertThat(generated.spread()).isCloseTo(listed.spread(), Offset.offset(1e-6));
				double[] y = generated.shares();
				int n = players.size();
				for (int mask = 1; mask < (1 << n); mask++) {
					BigDecimal weight = BigDecimal.ZERO;
					BigDecimal standAlone = BigDecimal.ZERO;
					double paid = 0;
					for (int i = 0; i < n; i++) {
						if ((mask & (1 << i)) != 0) {
							weight = weight.add(game.weight(i));
							standAlone = standAlone.add(game.standAlone(i));
							paid += y[i];
						}
					}
					assertThat(paid).isLessThanOrEqualTo(game.cost(weight, standAlone) + 1e-5);
				}
			}
		});
		return Stream.concat(tries, Stream.of(cases.check("EPM solved, not only failed",
				() -> assertThat(cases.count((Object) null)).as("cases %s", cases).isGreaterThan(10))));
	}

}
