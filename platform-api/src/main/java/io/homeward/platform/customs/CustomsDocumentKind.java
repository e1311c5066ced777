package io.homeward.platform.customs;

import org.jspecify.annotations.Nullable;

/**
 * What a document recorded for a load is: one of the waste papers
 * ({@link WasteDocumentKind}) or one of the kinds of relief evidence a document can be
 * ({@link EvidenceKind}; the export declaration reference is not one, since the return
 * itself carries it).
 */
public enum CustomsDocumentKind {

	ANNEX_VII_DOCUMENT(WasteDocumentKind.ANNEX_VII_DOCUMENT, null,
			"Annex VII document (Regulation (EU) 2024/1157, Art. 18)"),

	PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT(WasteDocumentKind.PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT, null,
			"prior written notification and consent (Regulation (EU) 2024/1157, Title II)"),

	BASEL_PRIOR_INFORMED_CONSENT(WasteDocumentKind.BASEL_PRIOR_INFORMED_CONSENT, null,
			"Basel Convention prior informed consent"),

	INF3_INFORMATION_SHEET(null, EvidenceKind.INF3_INFORMATION_SHEET, "INF 3 returned goods information sheet"),

	PROOF_OF_EXPORT(null, EvidenceKind.PROOF_OF_EXPORT, "proof of export"),

	FOREIGN_SHIPPER_DECLARATION(null, EvidenceKind.FOREIGN_SHIPPER_DECLARATION,
			"declaration of the foreign shipper (19 CFR 10.1(a)(1))");

	private final @Nullable WasteDocumentKind waste;

	private final @Nullable EvidenceKind evidence;

	private final String words;

	CustomsDocumentKind(@Nullable WasteDocumentKind waste, @Nullable EvidenceKind evidence, String words) {
		this.waste = waste;
		this.evidence = evidence;
		this.words = words;
	}

	@Nullable WasteDocumentKind waste() {
		return waste;
	}

	@Nullable EvidenceKind evidence() {
		return evidence;
	}

	/** The kind as a person reads it in a message. */
	public String words() {
		return words;
	}

	static CustomsDocumentKind of(WasteDocumentKind kind) {
		for (CustomsDocumentKind candidate : values()) {
			if (candidate.waste == kind) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("No document kind for " + kind);
	}

}
