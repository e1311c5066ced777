package io.homeward.platform.sustainability.graphql;

import java.math.BigDecimal;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.sustainability.LoadDistanceReport;
import org.jspecify.annotations.Nullable;

record LoadDistanceReportInput(String loadId, BigDecimal distanceKm, @Nullable String note) {

	LoadDistanceReport toCommand() {
		return new LoadDistanceReport(GlobalId.decodeOrNone(loadId, Load.TYPE), distanceKm, note);
	}

}
