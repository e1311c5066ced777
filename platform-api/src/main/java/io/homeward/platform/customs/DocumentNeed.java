package io.homeward.platform.customs;

import org.jspecify.annotations.Nullable;

/**
 * One paper an item needs and where it stands: the kind, the waste table's entry and the
 * annex or Basel listing it relies on with its source, and the document that settles it
 * (the valid one; for EXPIRED the covering one that ends last). For an UNCLASSIFIED code
 * there is no kind, entry, listing or document.
 */
public record DocumentNeed(@Nullable CustomsDocumentKind kind, NeedStatus status, @Nullable String entry,
		@Nullable String listing, @Nullable String source, @Nullable CustomsDocument document, String reason) {

}
