package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.SettingsUpdate;
import org.jspecify.annotations.Nullable;

record ConsolidationSettingsInput(String gs1CompanyPrefix, @Nullable Integer extensionDigit,
		@Nullable String resolverDomain) {

	SettingsUpdate toCommand() {
		return new SettingsUpdate(gs1CompanyPrefix, (extensionDigit != null) ? extensionDigit : 0, resolverDomain);
	}

}
