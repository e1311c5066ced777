package io.homeward.platform.disposition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A processing partner's certificate that an item was recycled, recovered or destroyed.
 */
public record DisposalCertificate(UUID uuid, UUID itemId, Kind kind, String partnerName, Scheme scheme,
		String schemeReference, String certificateReference, LocalDate issuedOn, OffsetDateTime recordedAt) {

	public static final String TYPE = "DisposalCertificate";

	/** What the certificate attests, one per final disposition of waste. */
	public enum Kind {

		RECYCLING(Disposition.RECYCLE), ENERGY_RECOVERY(Disposition.RECOVER_ENERGY), DESTRUCTION(Disposition.DESTROY);

		private final Disposition attests;

		Kind(Disposition attests) {
			this.attests = attests;
		}

		Disposition attests() {
			return attests;
		}

	}

	/** The partner's certification, the scheme's or authority's reference beside it. */
	public enum Scheme {

		R2V3, E_STEWARDS, WEEELABEX, EU_PERMIT, ISO_14001, OTHER

	}

}
