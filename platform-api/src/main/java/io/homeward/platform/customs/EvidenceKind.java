package io.homeward.platform.customs;

/** A document that supports a claim to returned goods relief. */
public enum EvidenceKind {

	/** The reference (MRN) of the declaration under which the goods left the Union. */
	EXPORT_DECLARATION_REFERENCE,

	/** The returned goods information sheet INF 3, issued by the customs of export. */
	INF3_INFORMATION_SHEET,

	/** Proof that the goods were exported from the United States. */
	PROOF_OF_EXPORT,

	/** The declaration by the foreign shipper of 19 CFR 10.1(a)(1). */
	FOREIGN_SHIPPER_DECLARATION

}
