package io.homeward.platform.tracking.graphql;

/**
 * A subscription refused before it starts: the object it names does not exist or is not
 * the caller's to see (the same answer for both). Sent as the protocol's {@code error}
 * message by {@link TrackingSubscriptionErrors}.
 */
final class SubscriptionRefusal extends RuntimeException {

	private final String argument;

	SubscriptionRefusal(String argument, String message) {
		super(message, null, false, false);
		this.argument = argument;
	}

	String argument() {
		return argument;
	}

}
