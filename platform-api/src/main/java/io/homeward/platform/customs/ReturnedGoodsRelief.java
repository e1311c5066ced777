package io.homeward.platform.customs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.ItemGoodsClass;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relief per item, for items whose parcel is in a load whose lane crosses a customs
 * border. What {@link ReliefRules} is asked, and why (docs/domain/customs.md, "Returned
 * goods relief"): the importing country is the destination hub's; the day of re-import is
 * the load's departure day, the platform's choice, since the platform records no day of
 * entry; the day of export is the return's original export; the goods count as not
 * improved abroad, and as in the state exported only when NEW or OPENED, the platform's
 * conservative reading of the condition; the evidence is the export reference the return
 * carries and the documents of the relief kinds recorded for the item in that load and
 * valid on the day of re-import.
 */
@Service
public class ReturnedGoodsRelief {

	private static final Set<ItemCondition> UNCHANGED = EnumSet.of(ItemCondition.NEW, ItemCondition.OPENED);

	private final DocumentQueries queries;

	private final ReliefRules rules = ReliefRules.standard();

	private final Routes routes;

	ReturnedGoodsRelief(DocumentQueries queries, Routes routes) {
		this.queries = queries;
		this.routes = routes;
	}

	/**
	 * The relief of each item the reader may see that travels across a customs border;
	 * the others are absent. Two statements whatever the number of items.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ItemRelief> reliefOf(Collection<UUID> itemIds) {
		Map<UUID, ItemRelief> relief = new LinkedHashMap<>();
		if (itemIds.isEmpty()) {
			return relief;
		}
		Map<UUID, ReliefFacts> facts = queries.reliefFacts(itemIds);
		List<UUID> crossing = facts.values()
			.stream()
			.filter((f) -> routes.crossesCustomsBorder(f.originHubCountry(), f.destinationHubCountry()))
			.map(ReliefFacts::itemId)
			.toList();
		if (crossing.isEmpty()) {
			return relief;
		}
		Map<UUID, List<CustomsDocument>> documents = queries.reliefDocuments(crossing);
		for (UUID item : crossing) {
			ReliefFacts f = facts.get(item);
			LocalDate reimportedOn = f.departureAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
			List<CustomsDocument> held = documents.getOrDefault(item, List.of())
				.stream()
				.filter((d) -> d.loadId().equals(f.loadId()) && d.validOn(reimportedOn))
				.toList();
			relief.put(item, decide(f, reimportedOn, held));
		}
		return relief;
	}

	private ItemRelief decide(ReliefFacts f, LocalDate reimportedOn, List<CustomsDocument> held) {
		Set<EvidenceKind> evidence = EnumSet.noneOf(EvidenceKind.class);
		if (f.exportReference() != null) {
			evidence.add(EvidenceKind.EXPORT_DECLARATION_REFERENCE);
		}
		held.stream().map((d) -> d.kind().evidence()).filter(Objects::nonNull).forEach(evidence::add);
		boolean unchanged = UNCHANGED.contains(f.condition());
		String condition = unchanged ? "" : " (condition " + f.condition()
				+ ": the platform treats only NEW and OPENED goods as returned in the state exported)";
		if (f.goodsClass() == ItemGoodsClass.WASTE) {
			ReliefDecision rule = rules.decide(item(f, reimportedOn, reimportedOn, unchanged, evidence));
			return answer(f, reimportedOn, ReliefVerdict.NOT_ELIGIBLE, rule, List.of(),
					"Waste travels for recovery or disposal, not as returned goods: the platform claims no relief for it");
		}
		if (f.exportedOn() != null) {
			if (f.exportedOn().isAfter(reimportedOn)) {
				ReliefDecision rule = rules.decide(item(f, reimportedOn, reimportedOn, unchanged, evidence));
				return answer(f, reimportedOn, ReliefVerdict.NOT_ELIGIBLE, rule, List.of(),
						"The original export on " + f.exportedOn() + " is recorded after the re-import on "
								+ reimportedOn + ": correct the return");
			}
			ReliefDecision decision = rules.decide(item(f, f.exportedOn(), reimportedOn, unchanged, evidence));
			return answer(f, reimportedOn, decision.verdict(), decision, decision.missingEvidence(),
					decision.reason() + condition);
		}
		// No original export is recorded. A document proving the export was issued on or
		// after the day the goods left, so its first day is the latest day of export
		// possible: counting from it refuses what is late for certain, and lets a person
		// check the rest against the document itself.
		Optional<CustomsDocument> proof = held.stream()
			.filter((d) -> d.kind() != CustomsDocumentKind.FOREIGN_SHIPPER_DECLARATION)
			.min(Comparator.comparing(CustomsDocument::validFrom));
		if (proof.isPresent()) {
			ReliefDecision decision = rules.decide(item(f, proof.get().validFrom(), reimportedOn, unchanged, evidence));
			return answer(f, reimportedOn, decision.verdict(), decision, decision.missingEvidence(),
					"No original export is recorded for the return; the period is counted from "
							+ proof.get().validFrom() + ", the first day of the " + proof.get().kind().words() + " "
							+ proof.get().reference() + ", the latest day the goods can have left. " + decision.reason()
							+ condition);
		}
		// Without an export day, only the other conditions and the evidence are checked:
		// the goods are asked about as if re-imported the day they left.
		ReliefDecision decision = rules.decide(item(f, reimportedOn, reimportedOn, unchanged, evidence));
		String reason = switch (decision.verdict()) {
			case EVIDENCE_MISSING -> "No original export is recorded for the return, so neither its reference nor "
					+ "its day is known; evidence is missing: " + describe(decision.missingEvidence());
			case NOT_ELIGIBLE, ELIGIBLE -> decision.reason() + condition;
		};
		return answer(f, reimportedOn, decision.verdict(), decision, decision.missingEvidence(), reason);
	}

	private static ReliefItem item(ReliefFacts f, LocalDate exportedOn, LocalDate reimportedOn, boolean unchanged,
			Set<EvidenceKind> evidence) {
		return new ReliefItem(f.destinationHubCountry(), exportedOn, reimportedOn, f.manufacturedIn(), false, unchanged,
				evidence);
	}

	private static ItemRelief answer(ReliefFacts f, LocalDate reimportedOn, ReliefVerdict verdict, ReliefDecision rule,
			List<Set<EvidenceKind>> missing, String reason) {
		return new ItemRelief(verdict, rule.rule(), rule.source(),
				missing.stream().map((group) -> group.stream().sorted().toList()).toList(), reason,
				f.destinationHubCountry().value(), reimportedOn);
	}

	private static String describe(List<Set<EvidenceKind>> missing) {
		return missing.stream()
			.map((group) -> group.stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")))
			.collect(Collectors.joining(", "));
	}

}
