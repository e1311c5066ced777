package io.homeward.platform.disposition.graphql;

import java.util.List;

import io.homeward.platform.disposition.DisposalCertificate;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

record CertificateRecordPayload(@Nullable DisposalCertificate certificate, List<UserError> userErrors) {

	static CertificateRecordPayload of(Outcome<DisposalCertificate> outcome) {
		return new CertificateRecordPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
