package io.homeward.platform.customs;

/**
 * A paper an item needs, with the table entry that asked for it (as the table writes it,
 * e.g. "16 02 xx*"), the annex or Basel entry it relies on, and the source.
 */
record RequiredWasteDocument(WasteDocumentKind kind, String entry, String listing, String source) {

}
