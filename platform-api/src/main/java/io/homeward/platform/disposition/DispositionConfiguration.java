package io.homeward.platform.disposition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule tables, read once at startup: a bad row stops the start with its line. */
@Configuration(proxyBeanMethods = false)
class DispositionConfiguration {

	@Bean
	WasteOperations wasteOperations() {
		return WasteOperations.shipped();
	}

	@Bean
	DispositionRules dispositionRules(WasteOperations operations) {
		return new DispositionRules(operations, EsprDestructionBan.shipped());
	}

}
