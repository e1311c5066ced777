package io.homeward.platform.consolidation;

import io.homeward.platform.shared.allocation.ExactShares;
import io.homeward.platform.shared.allocation.LargestRemainder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Splits a load's carrier invoice among its shippers by the program's method: pure
 * arithmetic, no database, the same request always giving the same statement. The
 * definitions, the fallbacks and worked examples are in
 * {@code docs/domain/cost-sharing.md}.
 */
public final class CostAllocation {

	private static final BigDecimal NO_TOLERANCE = BigDecimal.ZERO;

	/**
	 * A millionth of a cent: far above GLOP's noise, far below anything rounding sees.
	 */
	private static final BigDecimal SOLVER_TOLERANCE = new BigDecimal("0.000001");

	private static final BigDecimal Z95 = new BigDecimal("1.96");

	private CostAllocation() {
	}

	/**
	 * The split by {@code method}, Shapley sampled as {@link ShapleySampling#STANDARD}.
	 */
	public static Allocation allocate(AllocationRequest request, AllocationMethod method) {
		return allocate(request, method, ShapleySampling.STANDARD);
	}

	public static Allocation allocate(AllocationRequest request, AllocationMethod method, ShapleySampling sampling) {
		List<AllocationShipper> players = request.shippers()
			.stream()
			.filter(AllocationShipper::inLoad)
			.sorted(Comparator.comparing((AllocationShipper s) -> s.shipperId().toString()))
			.toList();
		BigDecimal invoice = request.invoice().amount();
		Coalitions game = new Coalitions(players, invoice, request.rate());
		if (players.isEmpty() || invoice.signum() == 0) {
			return result(request, method, method, null, players, zeros(players.size()), null, null);
		}
		int digits = request.invoice().currency().getDefaultFractionDigits();
		List<UUID> ids = players.stream().map(AllocationShipper::shipperId).toList();
		List<BigDecimal> caps = players.stream().map(AllocationShipper::standAlonePrice).toList();
		BigDecimal standAloneTotal = Coalitions.sum(players, AllocationShipper::standAlonePrice);
		if (invoice.compareTo(standAloneTotal) > 0) {
			List<BigDecimal> shares = LargestRemainder.round(ProRata.plain(game, invoice), invoice, digits, ids, null,
					NO_TOLERANCE);
			return result(request, method, AllocationMethod.DEFAULT, AllocationFallback.INVOICE_ABOVE_STAND_ALONE,
					players, shares, null, null);
		}
		if (method != AllocationMethod.DEFAULT && game.rateOfLoad().signum() == 0) {
			return byDefault(request, method, AllocationFallback.NO_RATE_FOR_LOAD, game, ids, caps, digits);
		}
		return switch (method) {
			case DEFAULT -> byDefault(request, method, null, game, ids, caps, digits);
			case SHAPLEY -> shapley(request, game, ids, digits, sampling);
			case EQUAL_PROFIT -> equalProfit(request, game, ids, caps, digits);
		};
	}

	private static Allocation byDefault(AllocationRequest request, AllocationMethod requested,
			@Nullable AllocationFallback fallback, Coalitions game, List<UUID> ids, List<BigDecimal> caps, int digits) {
		BigDecimal invoice = request.invoice().amount();
		List<BigDecimal> shares = LargestRemainder.round(ProRata.capped(game, invoice), invoice, digits, ids, caps,
				NO_TOLERANCE);
		return result(request, requested, AllocationMethod.DEFAULT, fallback, players(game), shares, null, null);
	}

	private static Allocation shapley(AllocationRequest request, Coalitions game, List<UUID> ids, int digits,
			ShapleySampling sampling) {
		BigDecimal invoice = request.invoice().amount();
		if (game.size() <= ShapleyValue.EXACT_MAX) {
			List<BigDecimal> shares = LargestRemainder.round(ShapleyValue.exact(game), invoice, digits, ids, null,
					NO_TOLERANCE);
			return result(request, AllocationMethod.SHAPLEY, AllocationMethod.SHAPLEY, null, players(game), shares,
					null, null);
		}
		ShapleyValue.Sampled sampled = ShapleyValue.sampled(game, sampling);
		List<BigDecimal> shares = LargestRemainder.round(sampled.shares(), invoice, digits, ids, null, NO_TOLERANCE);
		double worst = 0;
		for (double error : sampled.standardErrors()) {
			worst = Math.max(worst, error);
		}
		BigDecimal maxError = BigDecimal.valueOf(worst).setScale(digits + 2, RoundingMode.HALF_UP);
		Allocation.SamplingError error = new Allocation.SamplingError(sampling.permutations(), sampling.seed(),
				maxError, maxError.multiply(Z95).setScale(digits + 2, RoundingMode.HALF_UP));
		Allocation allocation = result(request, AllocationMethod.SHAPLEY, AllocationMethod.SHAPLEY, null, players(game),
				shares, error, null);
		Map<UUID, BigDecimal> errors = new HashMap<>();
		for (int i = 0; i < game.size(); i++) {
			errors.put(ids.get(i),
					BigDecimal.valueOf(sampled.standardErrors()[i]).setScale(digits + 2, RoundingMode.HALF_UP));
		}
		List<ShipperShare> withErrors = allocation.shares()
			.stream()
			.map((s) -> new ShipperShare(s.shipperId(), s.share(), s.standAlonePrice(), s.saving(),
					errors.getOrDefault(s.shipperId(), null)))
			.toList();
		return new Allocation(allocation.requested(), allocation.applied(), null, withErrors, error, null);
	}

	private static Allocation equalProfit(AllocationRequest request, Coalitions game, List<UUID> ids,
			List<BigDecimal> caps, int digits) {
		EqualProfit.Solution solution = EqualProfit.solve(game);
		double[] y = solution.shares();
		if (y == null) {
			AllocationFallback failure = solution.failure();
			return byDefault(request, AllocationMethod.EQUAL_PROFIT,
					(failure != null) ? failure : AllocationFallback.SOLVER_FAILED, game, ids, caps, digits);
		}
		BigDecimal invoice = request.invoice().amount();
		List<BigDecimal> read = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < y.length; i++) {
			// The solver works to about 1e-9; clamping to the bounds it was given removes
			// the noise that could otherwise push a share a hair past its cap.
			BigDecimal value = BigDecimal.valueOf(y[i]).max(BigDecimal.ZERO).min(caps.get(i));
			read.add(value);
			total = total.add(value);
		}
		// y(N) = c(N) holds to the solver's tolerance; scaling by invoice / y(N) makes it
		// exact, and moves no share by more than that tolerance.
		List<BigDecimal> numerators = read.stream().map((v) -> v.multiply(invoice)).toList();
		List<BigDecimal> shares = LargestRemainder.round(new ExactShares(numerators, total), invoice, digits, ids, caps,
				SOLVER_TOLERANCE);
		Allocation.EqualProfitReport report = new Allocation.EqualProfitReport(
				BigDecimal.valueOf(Math.max(0, solution.spread())).setScale(6, RoundingMode.HALF_UP), solution.rows(),
				solution.everyCoalitionListed());
		return result(request, AllocationMethod.EQUAL_PROFIT, AllocationMethod.EQUAL_PROFIT, null, players(game),
				shares, null, report);
	}

	private static Allocation result(AllocationRequest request, AllocationMethod requested, AllocationMethod applied,
			@Nullable AllocationFallback fallback, List<AllocationShipper> players, List<BigDecimal> shares,
			Allocation.@Nullable SamplingError sampling, Allocation.@Nullable EqualProfitReport equalProfit) {
		int digits = request.invoice().currency().getDefaultFractionDigits();
		Map<UUID, BigDecimal> byShipper = new HashMap<>();
		for (int i = 0; i < players.size(); i++) {
			byShipper.put(players.get(i).shipperId(), shares.get(i));
		}
		List<ShipperShare> lines = request.shippers()
			.stream()
			.sorted(Comparator.comparing((AllocationShipper s) -> s.shipperId().toString()))
			.map((s) -> {
				BigDecimal share = byShipper.getOrDefault(s.shipperId(), BigDecimal.ZERO).setScale(digits);
				BigDecimal standAlone = s.standAlonePrice().setScale(digits);
				return new ShipperShare(s.shipperId(), money(share, request), money(standAlone, request),
						money(standAlone.subtract(share), request), null);
			})
			.toList();
		return new Allocation(requested, applied, fallback, lines, sampling, equalProfit);
	}

	private static Money money(BigDecimal amount, AllocationRequest request) {
		return new Money(amount, request.invoice().currency());
	}

	private static List<AllocationShipper> players(Coalitions game) {
		List<AllocationShipper> players = new ArrayList<>();
		for (int i = 0; i < game.size(); i++) {
			players.add(game.player(i));
		}
		return players;
	}

	private static List<BigDecimal> zeros(int n) {
		return java.util.Collections.nCopies(n, BigDecimal.ZERO);
	}

}
