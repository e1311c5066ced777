package io.homeward.platform.disposition;

/**
 * The grounds on which an unsold product listed in ESPR Annex VII may still be destroyed:
 * Art. 2 of Commission Delegated Regulation (EU) 2026/296, points (a) to (j). Each needs
 * its documentation (Art. 3), recorded with the disposition as evidence. The three
 * donation grounds apply only where none of the others does.
 */
public enum EsprDerogation {

	/** (a) Dangerous under the General Product Safety Regulation (EU) 2023/988. */
	DANGEROUS("a"),
	/** (b) Not compliant with Union or national law other than on safety. */
	NON_COMPLIANT("b"),
	/** (c) Infringes an intellectual property right (a counterfeit, say). */
	INTELLECTUAL_PROPERTY_INFRINGEMENT("c"),
	/**
	 * (d) A licence or contract protecting an intellectual property right forbids its
	 * sale.
	 */
	INTELLECTUAL_PROPERTY_LICENCE("d"),
	/** (e) Labels or logos protected by a right cannot be removed for its reuse. */
	LABELS_NOT_REMOVABLE("e"),
	/**
	 * (f) Damage makes it unacceptable for consumers' use, and repair is not possible.
	 */
	DAMAGED("f"),
	/**
	 * (g) A design or manufacturing defect makes it unfit, and repair is not possible.
	 */
	DEFECTIVE("g"),
	/** (h) Offered for donation, and refused. */
	DONATION_REFUSED("h"),
	/** (i) Donated to a social economy entity, which found no recipient. */
	SOCIAL_ECONOMY_NO_RECIPIENT("i"),
	/** (j) Prepared for reuse by a waste treatment operator, and no recipient found. */
	PREPARED_FOR_REUSE_NO_RECIPIENT("j");

	static final String SOURCE = "Commission Delegated Regulation (EU) 2026/296, Art. 2";

	private final String point;

	EsprDerogation(String point) {
		this.point = point;
	}

	/** The point of Art. 2 it is. */
	String point() {
		return point;
	}

	/** Whether it is one of the donation grounds, which others must not leave open. */
	boolean donation() {
		return this == DONATION_REFUSED || this == SOCIAL_ECONOMY_NO_RECIPIENT
				|| this == PREPARED_FOR_REUSE_NO_RECIPIENT;
	}

}
