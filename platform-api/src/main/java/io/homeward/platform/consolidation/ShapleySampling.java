package io.homeward.platform.consolidation;

/**
 * How the Shapley value is estimated beyond 12 shippers: the mean marginal cost over
 * {@code permutations} random orders of the shippers, drawn from {@code seed} so that the
 * same load always gets the same statement.
 */
public record ShapleySampling(int permutations, long seed) {

	/** 5,000 orders: a load of 50 shippers in well under a second (see the benchmark). */
	public static final ShapleySampling STANDARD = new ShapleySampling(5_000, 20_101_102L);

	public ShapleySampling {
		if (permutations < 2) {
			throw new IllegalArgumentException("at least 2 permutations are needed to estimate an error");
		}
	}

}
