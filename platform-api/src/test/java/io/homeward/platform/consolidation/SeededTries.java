package io.homeward.platform.consolidation;

import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * Property tests without a property-testing library (ADR 0010): a property is tried on
 * inputs generated from consecutive fixed seeds, one test per seed, and a failing try
 * names its seed and its input, so it replays by generating from that seed again. Nothing
 * shrinks a failing input: the generators keep inputs small instead.
 */
final class SeededTries {

	private SeededTries() {
	}

	/**
	 * {@code count} tries of {@code property}, on {@code generate(seed)} for the seeds
	 * from {@code firstSeed} on, each a dynamic test named by its seed.
	 */
	static <T> Stream<DynamicTest> tries(int count, long firstSeed, LongFunction<T> generate, Consumer<T> property) {
		return LongStream.range(firstSeed, firstSeed + count)
			.mapToObj((seed) -> DynamicTest.dynamicTest("seed " + seed, () -> {
				T input = generate.apply(seed);
				check(seed, input, () -> property.accept(input));
			}));
	}

	/**
	 * Runs one try; a failure, or an exception from the code under test, comes back as an
	 * assertion error that starts with the seed and the input.
	 */
	static void check(long seed, Object input, Runnable property) {
		try {
			property.run();
		}
		catch (AssertionError | RuntimeException failure) {
			throw new AssertionError("seed " + seed + ", input " + input + ": " + failure.getMessage(), failure);
		}
	}

}
