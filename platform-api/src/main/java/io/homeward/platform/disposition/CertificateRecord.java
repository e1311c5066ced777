package io.homeward.platform.disposition;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Record a partner's certificate for an item whose final disposition it attests. */
public record CertificateRecord(String idempotencyKey, UUID itemId, DisposalCertificate.Kind kind,
		@Nullable String partnerName, DisposalCertificate.Scheme scheme, @Nullable String schemeReference,
		@Nullable String certificateReference, LocalDate issuedOn) {

}
