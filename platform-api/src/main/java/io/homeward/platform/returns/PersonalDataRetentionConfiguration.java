package io.homeward.platform.returns;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention job's schedule: hourly, unless
 * {@code homeward.personal-data.retention-enabled} is off (the tests' launcher turns it
 * off and runs {@link PersonalDataRetention#runOnce()} itself).
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataRetentionConfiguration {

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "homeward.personal-data.retention-enabled", havingValue = "true",
			matchIfMissing = true)
	static class Scheduling {

	}

	@Component
	@ConditionalOnProperty(name = "homeward.personal-data.retention-enabled", havingValue = "true",
			matchIfMissing = true)
	static class ScheduledRetention {

		private final PersonalDataRetention retention;

		ScheduledRetention(PersonalDataRetention retention) {
			this.retention = retention;
		}

		@Scheduled(fixedDelayString = "${homeward.personal-data.retention-interval:1h}", initialDelayString = "1m")
		void run() {
			retention.runOnce();
		}

	}

}
