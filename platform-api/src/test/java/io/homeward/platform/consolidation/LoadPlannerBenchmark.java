package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Plans a hub's day of 500 and 2,000 open parcels (seeded, see
 * {@link PlanningInputs#day}) with CP-SAT and with first-fit decreasing, and prints one
 * Markdown row per run: time, loads used, parcels left open, mean fill, lower bound and
 * gap. Not a test: timings are never asserted. The command is in
 * {@code docs/benchmarks/2026-12-02-load-planner.md}.
 */
final class LoadPlannerBenchmark {

	private LoadPlannerBenchmark() {
	}

	public static void main(String[] args) {
		Duration limit = Duration.ofSeconds((args.length > 0) ? Long.parseLong(args[0]) : 10);
		LoadPlanner planner = new LoadPlanner(Segregation.standard(), limit);
		// Warm the JIT and load the native library before anything is timed.
		planner.plan(PlanningInputs.day(7, 200));
		System.out.println("| parcels | seed | solver | status | time | loads | open | mean kg fill | mean m³ fill "
				+ "| bound | gap |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		for (int parcels : new int[] { 500, 2000 }) {
			for (long seed : new long[] { 1, 2, 3 }) {
				LoadPlanInput input = PlanningInputs.day(seed, parcels);
				PlanProposal ffd = planner.firstFitDecreasing(input);
				PlanProposal proposal = planner.plan(input);
				row(parcels, seed, ffd);
				row(parcels, seed, proposal);
				if (proposal.fallbackReason() != null) {
					System.out.println("<!-- " + proposal.fallbackReason() + " -->");
				}
				if (!planner.check(input, proposal.assignments()).isEmpty()) {
					throw new IllegalStateException("The proposal breaks a rule");
				}
			}
		}
	}

	private static void row(int parcels, long seed, PlanProposal proposal) {
		System.out.printf("| %d | %d | %s | %s | %d ms | %d | %d | %s %% | %s %% | %d | %d |%n", parcels, seed,
				proposal.solver(),
				(proposal.solver() == PlanProposal.PlanSolver.FIRST_FIT_DECREASING
						&& "baseline only".equals(proposal.fallbackReason())) ? "baseline" : proposal.status(),
				proposal.elapsed().toMillis(), proposal.loadsUsed(), proposal.unplanned().size(), mean(proposal, true),
				mean(proposal, false), proposal.lowerBound(), proposal.gap());
	}

	private static BigDecimal mean(PlanProposal proposal, boolean kg) {
		if (proposal.loads().isEmpty()) {
			return BigDecimal.ZERO;
		}
		BigDecimal sum = proposal.loads()
			.stream()
			.map((l) -> kg ? l.kgPercent() : l.m3Percent())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(proposal.loads().size()), 1, RoundingMode.HALF_UP);
	}

}
