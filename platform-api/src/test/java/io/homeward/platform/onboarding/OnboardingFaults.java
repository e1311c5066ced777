package io.homeward.platform.onboarding;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The tests' onboarding checkpoint: fails the command once at the step it is armed for,
 * as a crash or a Keycloak outage between two steps would.
 */
public class OnboardingFaults implements OnboardingCheckpoint {

	private final AtomicReference<@Nullable Step> armed = new AtomicReference<>();

	void failOnceAt(Step step) {
		armed.set(step);
	}

	@Override
	public void reached(Step step) {
		if (armed.compareAndSet(step, null)) {
			throw new IllegalStateException("Injected failure after " + step);
		}
	}

}
