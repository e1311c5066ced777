package io.homeward.platform.sustainability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The factor tables, read once at startup: a bad row stops the start with its line. */
@Configuration(proxyBeanMethods = false)
class SustainabilityConfiguration {

	@Bean
	EmissionFactors emissionFactors() {
		return EmissionFactors.shipped();
	}

}
