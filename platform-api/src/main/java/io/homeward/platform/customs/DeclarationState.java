package io.homeward.platform.customs;

import org.jspecify.annotations.Nullable;

/**
 * A declaration's status with what it carries: the customs reference (the MRN in the EU)
 * from lodgement on, and the reason while it is held. Moves go through {@link #moveTo},
 * which refuses a move the status does not allow, a lodgement without a reference and a
 * hold without a reason, and changes nothing then.
 */
record DeclarationState(DeclarationStatus status, @Nullable String customsReference, @Nullable String holdReason) {

	DeclarationState {
		if (status != DeclarationStatus.DRAFT && (customsReference == null || customsReference.isBlank())) {
			throw new IllegalArgumentException("A " + status + " declaration needs its customs reference");
		}
		if ((status == DeclarationStatus.HELD) != (holdReason != null)) {
			throw new IllegalArgumentException("A hold reason belongs to a HELD declaration only, not " + status);
		}
		if (holdReason != null && holdReason.isBlank()) {
			throw new IllegalArgumentException("A HELD declaration needs the reason it is held");
		}
	}

	static DeclarationState draft() {
		return new DeclarationState(DeclarationStatus.DRAFT, null, null);
	}

	/**
	 * Moves to the target status. The customs reference is read only when lodging from
	 * DRAFT (later it stays the one given then); the reason only when holding.
	 */
	StatusChange moveTo(DeclarationStatus target, @Nullable String customsReference, @Nullable String holdReason) {
		if (!this.status.canMoveTo(target)) {
			return new StatusChange.Refused(StatusRefusal.NOT_ALLOWED,
					"A " + this.status + " declaration cannot become " + target);
		}
		String reference = this.customsReference;
		if (this.status == DeclarationStatus.DRAFT) {
			if (customsReference == null || customsReference.isBlank()) {
				return new StatusChange.Refused(StatusRefusal.CUSTOMS_REFERENCE_REQUIRED,
						"Lodging a declaration needs the reference customs gave it");
			}
			reference = customsReference.trim();
		}
		String reason = null;
		if (target == DeclarationStatus.HELD) {
			if (holdReason == null || holdReason.isBlank()) {
				return new StatusChange.Refused(StatusRefusal.HOLD_REASON_REQUIRED,
						"Holding a declaration needs the reason customs gave");
			}
			reason = holdReason.trim();
		}
		return new StatusChange.Moved(new DeclarationState(target, reference, reason));
	}

	StatusChange lodge(String customsReference) {
		return moveTo(DeclarationStatus.LODGED, customsReference, null);
	}

	StatusChange hold(String reason) {
		return moveTo(DeclarationStatus.HELD, null, reason);
	}

	/** Why a move was refused, for the API to turn into an error code. */
	enum StatusRefusal {

		/** The status does not lead to the target (RELEASED leads nowhere). */
		NOT_ALLOWED,
		/** Lodging without the customs reference. */
		CUSTOMS_REFERENCE_REQUIRED,
		/** Holding without a reason. */
		HOLD_REASON_REQUIRED

	}

	sealed interface StatusChange {

		record Moved(DeclarationState state) implements StatusChange {

		}

		record Refused(StatusRefusal reason, String message) implements StatusChange {

		}

	}

}
