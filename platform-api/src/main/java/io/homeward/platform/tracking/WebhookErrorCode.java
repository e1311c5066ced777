package io.homeward.platform.tracking;

import io.homeward.platform.shared.ErrorCode;

/**
 * Failures only the webhooks report, declared in the Webhooks section of
 * {@code tracking.graphqls}.
 */
public enum WebhookErrorCode implements ErrorCode {

	/**
	 * The URL is not https (plain http is accepted only for a loopback host, and only
	 * where the platform is configured to allow it: tests and the dev profile).
	 */
	WEBHOOK_URL_NOT_ALLOWED,
	/** The delivery's endpoint is disabled: enable it before replaying. */
	WEBHOOK_ENDPOINT_DISABLED

}
