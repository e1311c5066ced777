package io.homeward.platform.tracking;

/**
 * An endpoint just created, with its secret: the only answer that ever carries it.
 */
public record CreatedEndpoint(WebhookEndpoint endpoint, String secret) {

	@Override
	public String toString() {
		return "CreatedEndpoint[endpoint=" + endpoint + ", secret=(hidden)]";
	}

}
