package io.homeward.platform.customs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The papers of a load's waste items set against its documents, without Spring: what the
 * clearance shows and the dispatch gate refuses.
 */
class WastePaperCheckTests {

	static final LocalDate DAY = LocalDate.of(2026, 12, 2);

	static final UUID LOAD = UUID.randomUUID();

	final WastePaperCheck check = new WastePaperCheck(WasteRules.standard());

	static LoadItem waste(String sku, @Nullable WasteCode code) {
		return new LoadItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), sku, "RMA-1",
				(code != null) ? ItemGoodsClass.WASTE : ItemGoodsClass.PRODUCT, code, new CountryCode("BR"));
	}

	static CustomsDocument document(CustomsDocumentKind kind, LoadItem item, LocalDate from,
			@Nullable LocalDate until) {
		return new CustomsDocument(UUID.randomUUID(), LOAD, kind, kind.name() + "-1", "Authority", from, until,
				OffsetDateTime.now(ZoneOffset.UTC),
				List.of(new CustomsDocument.CoveredItem(item.itemId(), item.returnId(), item.shipperId())));
	}

	@Test
	void aGreenItemNeedsItsAnnexViiDocumentMissingThenPresentOnceRecordedAndValid() {
		LoadItem paper = waste("PAPER", new WasteCode("150101", false));
		List<DocumentNeed> missing = check.needs(paper, DAY, true, List.of());
		assertThat(missing).singleElement().satisfies((need) -> {
			assertThat(need.kind()).isEqualTo(CustomsDocumentKind.ANNEX_VII_DOCUMENT);
			assertThat(need.status()).isEqualTo(NeedStatus.MISSING);
			assertThat(need.listing()).isEqualTo("B3020");
			assertThat(need.document()).isNull();
		});
		UserError error = WastePaperCheck.refusal(paper, missing.getFirst());
		assertThat(error).isNotNull();
		assertThat(error.code()).isEqualTo(DocumentErrorCode.CUSTOMS_DOCUMENT_MISSING);
		assertThat(error.field()).containsExactly("loadId");
		assertThat(error.subject()).isEqualTo(new UserError.Subject("ReturnItem", paper.itemId()));
		assertThat(error.message()).contains("Annex VII document", "B3020", "PAPER of return RMA-1", "15 01 01",
				DAY.toString());

		CustomsDocument annex = document(CustomsDocumentKind.ANNEX_VII_DOCUMENT, paper, DAY, null);
		List<DocumentNeed> present = check.needs(paper, DAY, true, List.of(annex));
		assertThat(present).singleElement().satisfies((need) -> {
			assertThat(need.status()).isEqualTo(NeedStatus.PRESENT);
			assertThat(need.document()).isEqualTo(annex);
		});
		assertThat(WastePaperCheck.refusal(paper, present.getFirst())).isNull();
	}

	@Test
	void aDocumentOfAnotherItemOrKindSettlesNothing() {
		LoadItem paper = waste("PAPER", new WasteCode("150101", false));
		LoadItem other = waste("OTHER", new WasteCode("150101", false));
		List<DocumentNeed> needs = check.needs(paper, DAY, true,
				List.of(document(CustomsDocumentKind.ANNEX_VII_DOCUMENT, other, DAY, null),
						document(CustomsDocumentKind.BASEL_PRIOR_INFORMED_CONSENT, paper, DAY, null)));
		assertThat(needs).extracting(DocumentNeed::status).containsExactly(NeedStatus.MISSING);
	}

	@Test
	void aDocumentEndedOrNotYetBegunIsExpiredAndTheOneEndingLastIsShown() {
		LoadItem handsets = waste("HANDSET", new WasteCode("160214", false));
		CustomsDocument ended = document(CustomsDocumentKind.BASEL_PRIOR_INFORMED_CONSENT, handsets, DAY.minusDays(90),
				DAY.minusDays(1));
		CustomsDocument later = document(CustomsDocumentKind.BASEL_PRIOR_INFORMED_CONSENT, handsets, DAY.plusDays(1),
				DAY.plusDays(30));
		List<DocumentNeed> needs = check.needs(handsets, DAY, true, List.of(ended, later));
		assertThat(needs).singleElement().satisfies((need) -> {
			assertThat(need.status()).isEqualTo(NeedStatus.EXPIRED);
			assertThat(need.listing()).isEqualTo("Y49");
			assertThat(need.document()).isEqualTo(later);
		});
		UserError error = WastePaperCheck.refusal(handsets, needs.getFirst());
		assertThat(error.code()).isEqualTo(DocumentErrorCode.CUSTOMS_DOCUMENT_EXPIRED);
		assertThat(error.message()).contains("Basel", "Y49", "HANDSET", "Not valid on " + DAY);
		// Both ends of the validity are inside it.
		assertThat(check.needs(handsets, DAY.minusDays(1), true, List.of(ended))).extracting(DocumentNeed::status)
			.containsExactly(NeedStatus.PRESENT);
		assertThat(check.needs(handsets, DAY.minusDays(90), true, List.of(ended))).extracting(DocumentNeed::status)
			.containsExactly(NeedStatus.PRESENT);
	}

	@Test
	void hazardousEWasteNeedsTheNotificationAndTheBaselConsent() {
		LoadItem laptops = waste("LAPTOP", new WasteCode("200135", true));
		assertThat(check.needs(laptops, DAY, true, List.of()))
			.extracting(DocumentNeed::kind, DocumentNeed::listing, DocumentNeed::status)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(CustomsDocumentKind.PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT,
							"Annex IV", NeedStatus.MISSING),
					org.assertj.core.groups.Tuple.tuple(CustomsDocumentKind.BASEL_PRIOR_INFORMED_CONSENT, "A1181",
							NeedStatus.MISSING));
	}

	@Test
	void anUnclassifiedCodeIsNeverAnsweredAsNeedingNothing() {
		LoadItem straw = waste("STRAW", new WasteCode("020103", false));
		List<DocumentNeed> needs = check.needs(straw, DAY, true, List.of());
		assertThat(needs).singleElement().satisfies((need) -> {
			assertThat(need.status()).isEqualTo(NeedStatus.UNCLASSIFIED);
			assertThat(need.kind()).isNull();
			assertThat(need.reason()).contains("does not classify 02 01 03");
		});
		UserError error = WastePaperCheck.refusal(straw, needs.getFirst());
		assertThat(error.code()).isEqualTo(DocumentErrorCode.WASTE_CODE_UNCLASSIFIED);
		assertThat(error.message()).contains("STRAW of return RMA-1", "a person must decide");
		assertThat(error.subject()).isEqualTo(new UserError.Subject("ReturnItem", straw.itemId()));
	}

	@Test
	void productsAndLoadsInsideOneCountryNeedNoPapers() {
		assertThat(check.needs(waste("TENT", null), DAY, true, List.of())).isEmpty();
		assertThat(check.needs(waste("LAPTOP", new WasteCode("200135", true)), DAY, false, List.of())).isEmpty();
		// The positive control: the same item on a load between two countries does.
		assertThat(check.needs(waste("LAPTOP", new WasteCode("200135", true)), DAY, true, List.of())).hasSize(2);
	}

}
