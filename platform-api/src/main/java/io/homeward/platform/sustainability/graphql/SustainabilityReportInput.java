package io.homeward.platform.sustainability.graphql;

import java.time.LocalDate;

import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.sustainability.ReportRequest;
import org.jspecify.annotations.Nullable;

record SustainabilityReportInput(LocalDate from, LocalDate to, @Nullable String programId, @Nullable String shipperId) {

	ReportRequest toRequest() {
		return new ReportRequest(from, to, (programId != null) ? GlobalId.decodeOrNone(programId, Program.TYPE) : null,
				(shipperId != null) ? GlobalId.decodeOrNone(shipperId, SustainabilityController.ORGANIZATION) : null);
	}

}
