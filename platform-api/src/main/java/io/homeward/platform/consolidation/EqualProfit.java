package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.jspecify.annotations.Nullable;

/**
 * The Equal Profit Method (Frisk, Göthe-Lundgren, Jörnsten and Rönnqvist, 2010) as a
 * linear program for GLOP:
 *
 * <pre>
 * minimize   f = r_max − r_min
 * subject to r_min ≤ y_i / A_i ≤ r_max              for every shipper i
 *            y(S) ≤ c(S)                             for every coalition S
 *            y(N) = c(N)
 *            0 ≤ y_i
 * </pre>
 *
 * f ≥ y_i/A_i − y_j/A_j for every pair, as Frisk et al. write it, is the same as f ≥
 * r_max − r_min with two variables and 2n rows instead of n². Singletons are bounds (y_i
 * ≤ c({i})).
 *
 * <p>
 * Up to {@link #LISTED_MAX} shippers every coalition is a row (2^14 = 16,384). Beyond,
 * rows are generated: solve with the complements N \ {i}, find the coalition most
 * violated by the solution, add it, solve again. The search is exact: y(S) − c(S) =
 * max(y(S) − A(S), y(S) − k·R(W(S))), the first is never positive once the singleton
 * bounds hold, and the second is maximized for every total weight w by a 0/1 knapsack
 * over the shippers' weights in units of their greatest common divisor. That needs the
 * load's weight to be at most {@link #GRID_MAX} such units (0.5 kg steps: 100 t);
 * otherwise the method reports {@link AllocationFallback#CORE_TOO_LARGE}.
 */
final class EqualProfit {

	static final int LISTED_MAX = 14;

	static final int GRID_MAX = 200_000;

	private static final int ROUNDS_MAX = 2_000;

	private static final int ROWS_PER_ROUND = 8;

	private EqualProfit() {
	}

	static Solution solve(Coalitions game) {
		return solve(game, game.size() <= LISTED_MAX);
	}

	/**
	 * @param listEvery list every coalition, or generate them (package-private for tests)
	 */
	static Solution solve(Coalitions game, boolean listEvery) {
		int n = game.size();
		Loader.loadNativeLibraries();
		MPSolver solver = MPSolver.createSolver("GLOP");
		if (solver == null) {
			return Solution.failed(AllocationFallback.SOLVER_FAILED);
		}
		try {
			double infinity = MPSolver.infinity();
			double grand = game.cost(sum(game, n, BigDecimal::add, true), sum(game, n, BigDecimal::add, false));
			double[] standAlone = new double[n];
			MPVariable[] y = new MPVariable[n];
			for (int i = 0; i < n; i++) {
				standAlone[i] = game.standAlone(i).doubleValue();
				y[i] = solver.makeNumVar(0, game.cost(game.weight(i), game.standAlone(i)), "y" + i);
			}
			MPVariable high = solver.makeNumVar(-infinity, infinity, "rmax");
			MPVariable low = solver.makeNumVar(-infinity, infinity, "rmin");
			for (int i = 0; i < n; i++) {
				MPConstraint below = solver.makeConstraint(-infinity, 0);
				below.setCoefficient(y[i], 1 / standAlone[i]);
				below.setCoefficient(high, -1);
				MPConstraint above = solver.makeConstraint(0, infinity);
				above.setCoefficient(y[i], 1 / standAlone[i]);
				above.setCoefficient(low, -1);
			}
			MPConstraint all = solver.makeConstraint(grand, grand);
			for (MPVariable v : y) {
				all.setCoefficient(v, 1);
			}
			MPObjective objective = solver.objective();
			objective.setCoefficient(high, 1);
			objective.setCoefficient(low, -1);
			objective.setMinimization();
			int rows = 0;
			if (listEvery) {
				int full = (1 << n) - 1;
				BigDecimal[] weight = new BigDecimal[full + 1];
				BigDecimal[] price = new BigDecimal[full + 1];
				weight[0] = BigDecimal.ZERO;
				price[0] = BigDecimal.ZERO;
				for (int mask = 1; mask < full; mask++) {
					int i = Integer.numberOfTrailingZeros(mask);
					int rest = mask & (mask - 1);
					weight[mask] = weight[rest].add(game.weight(i));
					price[mask] = price[rest].add(game.standAlone(i));
					if (Integer.bitCount(mask) >= 2) {
						addRow(solver, y, mask, game.cost(weight[mask], price[mask]));
						rows++;
					}
				}
			}
			else {
				for (int i = 0; i < n; i++) {
					List<Integer> others = new ArrayList<>();
					for (int j = 0; j < n; j++) {
						if (j != i) {
							others.add(j);
						}
					}
					addRow(solver, y, others, costOf(game, others));
					rows++;
				}
			}
			Separation separation = listEvery ? null : Separation.of(game);
			if (!listEvery && separation == null) {
				return Solution.failed(AllocationFallback.CORE_TOO_LARGE);
			}
			double tolerance = 1e-7 * Math.max(1, grand);
			for (int round = 0;; round++) {
				MPSolver.ResultStatus status = solver.solve();
				if (status == MPSolver.ResultStatus.INFEASIBLE) {
					return Solution.failed(AllocationFallback.CORE_EMPTY);
				}
				if (status != MPSolver.ResultStatus.OPTIMAL) {
					return Solution.failed(AllocationFallback.SOLVER_FAILED);
				}
				double[] values = new double[n];
				for (int i = 0; i < n; i++) {
					values[i] = y[i].solutionValue();
				}
				if (separation != null) {
					List<List<Integer>> violated = separation.mostViolated(values, tolerance, ROWS_PER_ROUND);
					if (!violated.isEmpty()) {
						if (round == ROUNDS_MAX) {
							return Solution.failed(AllocationFallback.SOLVER_FAILED);
						}
						for (List<Integer> coalition : violated) {
							addRow(solver, y, coalition, costOf(game, coalition));
							rows++;
						}
						continue;
					}
				}
				return new Solution(symmetric(game, values), null, objective.value(), rows, listEvery);
			}
		}
		finally {
			solver.delete();
		}
	}

	/**
	 * The program's feasible set and objective do not change when two interchangeable
	 * shippers swap, and both are convex, so the mean of an optimum over each class of
	 * interchangeable shippers is an optimum too: the one that charges them alike, where
	 * the solver may have picked any vertex.
	 */
	private static double[] symmetric(Coalitions game, double[] values) {
		double[] result = values.clone();
		for (int[] members : game.symmetricClasses()) {
			double mean = 0;
			for (int i : members) {
				mean += values[i];
			}
			mean /= members.length;
			for (int i : members) {
				result[i] = mean;
			}
		}
		return result;
	}

	private static void addRow(MPSolver solver, MPVariable[] y, int mask, double cost) {
		MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), cost);
		for (int i = 0; i < y.length; i++) {
			if ((mask & (1 << i)) != 0) {
				row.setCoefficient(y[i], 1);
			}
		}
	}

	private static void addRow(MPSolver solver, MPVariable[] y, List<Integer> coalition, double cost) {
		MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), cost);
		for (int i : coalition) {
			row.setCoefficient(y[i], 1);
		}
	}

	private static double costOf(Coalitions game, List<Integer> coalition) {
		BigDecimal weight = BigDecimal.ZERO;
		BigDecimal price = BigDecimal.ZERO;
		for (int i : coalition) {
			weight = weight.add(game.weight(i));
			price = price.add(game.standAlone(i));
		}
		return game.cost(weight, price);
	}

	private static BigDecimal sum(Coalitions game, int n, java.util.function.BinaryOperator<BigDecimal> add,
			boolean weights) {
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			total = add.apply(total, weights ? game.weight(i) : game.standAlone(i));
		}
		return total;
	}

	/**
	 * @param shares y_i in the currency, or null when {@code failure} says why there are
	 * none
	 * @param spread the optimum f
	 */
	record Solution(double @Nullable [] shares, @Nullable AllocationFallback failure, double spread, int rows,
			boolean everyCoalitionListed) {

		static Solution failed(AllocationFallback failure) {
			return new Solution(null, failure, Double.NaN, 0, false);
		}

	}

	/**
	 * The exact search for the coalition S, S ≠ ∅, N, that maximizes y(S) − k·R(W(S)).
	 */
	static final class Separation {

		private final Coalitions game;

		private final int[] units;

		private final BigDecimal unit;

		private final double[] consolidated;

		private Separation(Coalitions game, int[] units, BigDecimal unit, int total) {
			this.game = game;
			this.units = units;
			this.unit = unit;
			this.consolidated = new double[total + 1];
			java.util.Arrays.fill(this.consolidated, Double.NaN);
		}

		static @Nullable Separation of(Coalitions game) {
			int n = game.size();
			int scale = 0;
			for (int i = 0; i < n; i++) {
				scale = Math.max(scale, game.weight(i).stripTrailingZeros().scale());
			}
			BigInteger[] exact = new BigInteger[n];
			BigInteger gcd = BigInteger.ZERO;
			BigInteger total = BigInteger.ZERO;
			for (int i = 0; i < n; i++) {
				exact[i] = game.weight(i).movePointRight(scale).toBigIntegerExact();
				gcd = gcd.gcd(exact[i]);
				total = total.add(exact[i]);
			}
			BigInteger grid = total.divide(gcd);
			if (grid.compareTo(BigInteger.valueOf(GRID_MAX)) > 0) {
				return null;
			}
			int[] units = new int[n];
			for (int i = 0; i < n; i++) {
				units[i] = exact[i].divide(gcd).intValueExact();
			}
			return new Separation(game, units, new BigDecimal(gcd, scale), grid.intValueExact());
		}

		/**
		 * Up to {@code limit} coalitions of distinct weights violated by more than
		 * tolerance.
		 */
		List<List<Integer>> mostViolated(double[] y, double tolerance, int limit) {
			int n = this.units.length;
			int total = this.consolidated.length - 1;
			double[] best = new double[total + 1];
			java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
			best[0] = 0;
			boolean[][] taken = new boolean[n][total + 1];
			int reach = 0;
			for (int i = 0; i < n; i++) {
				reach += this.units[i];
				for (int w = reach; w >= this.units[i]; w--) {
					double with = best[w - this.units[i]] + y[i];
					if (with > best[w]) {
						best[w] = with;
						taken[i][w] = true;
					}
				}
			}
			List<double[]> candidates = new ArrayList<>();
			for (int w = 1; w < total; w++) {
				if (best[w] != Double.NEGATIVE_INFINITY) {
					double violation = best[w] - consolidated(w);
					if (violation > tolerance) {
						candidates.add(new double[] { violation, w });
					}
				}
			}
			candidates.sort((a, b) -> Double.compare(b[0], a[0]));
			List<List<Integer>> coalitions = new ArrayList<>();
			for (double[] candidate : candidates.subList(0, Math.min(limit, candidates.size()))) {
				int w = (int) candidate[1];
				List<Integer> coalition = new ArrayList<>();
				for (int i = n - 1; i >= 0; i--) {
					if (taken[i][w]) {
						coalition.add(i);
						w -= this.units[i];
					}
				}
				coalitions.add(coalition);
			}
			return coalitions;
		}

		private double consolidated(int w) {
			if (Double.isNaN(this.consolidated[w])) {
				this.consolidated[w] = this.game.consolidatedCost(this.unit.multiply(BigDecimal.valueOf(w)));
			}
			return this.consolidated[w];
		}

	}

}
