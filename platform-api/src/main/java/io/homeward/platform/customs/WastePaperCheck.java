package io.homeward.platform.customs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;

/**
 * The papers each waste item of a load needs on a day (from {@link WasteRules}) set
 * against the documents recorded for it: the one computation behind
 * {@code customsClearance} and the dispatch gate, so the two cannot disagree.
 */
final class WastePaperCheck {

	static final String ITEM_TYPE = "ReturnItem";

	private final WasteRules rules;

	WastePaperCheck(WasteRules rules) {
		this.rules = rules;
	}

	/**
	 * What {@code item} needs on {@code day}, given the load's documents (those covering
	 * other items are ignored). Nothing for a product, nor for a load that stays inside
	 * one country.
	 */
	List<DocumentNeed> needs(LoadItem item, LocalDate day, boolean transboundary, List<CustomsDocument> documents) {
		WasteCode code = item.wasteCode();
		if (!transboundary || item.goodsClass() != ItemGoodsClass.WASTE || code == null) {
			return List.of();
		}
		WastePapers papers = rules.papers(code, day);
		if (!papers.classified()) {
			return List.of(new DocumentNeed(null, NeedStatus.UNCLASSIFIED, null, null, null, null, papers.reason()));
		}
		List<DocumentNeed> needs = new ArrayList<>();
		for (RequiredWasteDocument required : papers.documents()) {
			CustomsDocumentKind kind = CustomsDocumentKind.of(required.kind());
			List<CustomsDocument> covering = documents.stream()
				.filter((d) -> d.kind() == kind && d.covers(item.itemId()))
				.toList();
			Optional<CustomsDocument> valid = covering.stream().filter((d) -> d.validOn(day)).findFirst();
			String needed = "the " + kind.words() + " (" + required.listing() + ", table entry " + required.entry()
					+ ") for " + item.named() + ", waste " + code.display() + ", shipped on " + day;
			if (valid.isPresent()) {
				needs.add(new DocumentNeed(kind, NeedStatus.PRESENT, required.entry(), required.listing(),
						required.source(), valid.get(), "Recorded as " + valid.get().reference() + ": " + needed));
			}
			else if (!covering.isEmpty()) {
				CustomsDocument last = covering.stream()
					.max(Comparator
						.comparing((CustomsDocument d) -> Objects.requireNonNullElse(d.validUntil(), LocalDate.MAX)))
					.orElseThrow();
				needs.add(new DocumentNeed(kind, NeedStatus.EXPIRED, required.entry(), required.listing(),
						required.source(), last, "Not valid on " + day + ": " + last.reference() + " is valid from "
								+ last.validFrom() + until(last.validUntil()) + "; needed: " + needed));
			}
			else {
				needs.add(new DocumentNeed(kind, NeedStatus.MISSING, required.entry(), required.listing(),
						required.source(), null, "Not recorded: " + needed));
			}
		}
		return needs;
	}

	/**
	 * The dispatch gate's error for a need that stops the load: on the command's
	 * {@code loadId}, about the item.
	 */
	static @Nullable UserError refusal(LoadItem item, DocumentNeed need) {
		DocumentErrorCode code = switch (need.status()) {
			case PRESENT -> null;
			case MISSING -> DocumentErrorCode.CUSTOMS_DOCUMENT_MISSING;
			case EXPIRED -> DocumentErrorCode.CUSTOMS_DOCUMENT_EXPIRED;
			case UNCLASSIFIED -> DocumentErrorCode.WASTE_CODE_UNCLASSIFIED;
		};
		if (code == null) {
			return null;
		}
		String message = (need.status() == NeedStatus.UNCLASSIFIED)
				? need.reason() + " (" + item.named() + "); a person must decide before the load leaves"
				: need.reason();
		return UserError.of("loadId", code, message).about(ITEM_TYPE, item.itemId());
	}

	private static String until(@Nullable LocalDate validUntil) {
		return (validUntil == null) ? " with no end" : " until " + validUntil;
	}

}
