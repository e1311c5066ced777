package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import io.homeward.platform.shared.Money;

/**
 * One load of 50 shippers split by each method, timed. Not a test (no assertion, not run
 * by the build); the command and the figures are in
 * {@code docs/benchmarks/2026-12-02-cost-allocation.md}.
 */
final class CostAllocationBenchmark {

	private CostAllocationBenchmark() {
	}

	public static void main(String[] args) {
		SplittableRandom random = new SplittableRandom(2026L);
		List<AllocationShipper> shippers = new ArrayList<>();
		long standAlone = 0;
		for (int i = 0; i < 50; i++) {
			// 0.5 to 60 kg in 0.5 kg steps; a courier price of 6 to 9 EUR per kg
			BigDecimal kg = BigDecimal.valueOf(random.nextInt(1, 121)).multiply(new BigDecimal("0.5"));
			long cents = kg.multiply(BigDecimal.valueOf(random.nextInt(600, 901))).longValue() + 1_000;
			shippers.add(new AllocationShipper(new UUID(0, i + 1), kg, BigDecimal.valueOf(cents, 2)));
			standAlone += cents;
		}
		LaneRate truck = LaneRate.weightBreaks(new BigDecimal("400.00"),
				Map.of(BigDecimal.ZERO, new BigDecimal("1.20"), new BigDecimal("1000"), new BigDecimal("0.90")));
		// the carrier bills 60 % of what the shippers would pay going alone
		AllocationRequest request = new AllocationRequest(
				new Money(BigDecimal.valueOf(standAlone * 60 / 100, 2), Currency.getInstance("EUR")), shippers, truck);
		int[] samples = { 1_000, 5_000, 20_000 };
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			CostAllocation.allocate(request, AllocationMethod.DEFAULT);
			CostAllocation.allocate(request, AllocationMethod.SHAPLEY, new ShapleySampling(1_000, 1));
			CostAllocation.allocate(request, AllocationMethod.EQUAL_PROFIT);
		}
		System.out.printf("50 shippers, %s kg, invoice %s EUR, stand-alone total %s EUR%n",
				shippers.stream().map(AllocationShipper::chargeableKg).reduce(BigDecimal.ZERO, BigDecimal::add),
				request.invoice().amount(), BigDecimal.valueOf(standAlone, 2));
		report("DEFAULT", request, AllocationMethod.DEFAULT, ShapleySampling.STANDARD);
		for (int m : samples) {
			report("SHAPLEY m=" + m, request, AllocationMethod.SHAPLEY,
					new ShapleySampling(m, ShapleySampling.STANDARD.seed()));
		}
		report("EQUAL_PROFIT", request, AllocationMethod.EQUAL_PROFIT, ShapleySampling.STANDARD);
	}

	private static void report(String label, AllocationRequest request, AllocationMethod method,
			ShapleySampling sampling) {
		int runs = 5;
		long best = Long.MAX_VALUE;
		Allocation allocation = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			allocation = CostAllocation.allocate(request, method, sampling);
			best = Math.min(best, System.nanoTime() - start);
		}
		BigDecimal capped = BigDecimal.ZERO;
		int above = 0;
		for (ShipperShare share : allocation.shares()) {
			if (share.share().amount().compareTo(share.standAlonePrice().amount()) > 0) {
				above++;
			}
			capped = capped.add(share.share().amount());
		}
		System.out.printf("%-18s best of %d: %8.1f ms | applied %s, fallback %s | sum %s | above stand-alone: %d%s%s%n",
				label, runs, best / 1e6, allocation.applied(), allocation.fallback(), capped, above,
				(allocation.sampling() != null) ? " | max standard error " + allocation.sampling().maxStandardError()
						+ ", max 95% half-width " + allocation.sampling().maxHalfWidth95() : "",
				(allocation.equalProfit() != null) ? " | spread " + allocation.equalProfit().spread()
						+ ", coalition rows " + allocation.equalProfit().coalitionConstraints() : "");
	}

}
