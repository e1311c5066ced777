package io.homeward.platform.tracking;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The webhooks' settings, and the relay's schedule: scheduling is enabled here only when
 * {@code homeward.webhooks.relay-enabled} is on (the default; the local launcher of the
 * tests and the demo turns it off, and tests drive {@link WebhookRelay#runOnce()}
 * themselves), and by the returns module for its retention job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "homeward.webhooks.relay-enabled", havingValue = "true", matchIfMissing = true)
	static class Scheduling {

	}

	@Component
	@ConditionalOnProperty(name = "homeward.webhooks.relay-enabled", havingValue = "true", matchIfMissing = true)
	static class ScheduledRelay {

		private final WebhookRelay relay;

		ScheduledRelay(WebhookRelay relay) {
			this.relay = relay;
		}

		@Scheduled(fixedDelayString = "${homeward.webhooks.relay-interval:5s}")
		void run() {
			relay.runOnce();
		}

	}

}
