package io.homeward.platform.customs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.Violations;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents recorded for a load and its clearance: what each item needs to leave and
 * where each need stands. The load's operator records; everyone who sees the load reads
 * what its policies admit.
 */
@Service
public class CustomsDocuments {

	static final int MAX_ITEMS = 1000;

	private final DocumentCommands commands;

	private final DocumentQueries queries;

	private final LoadContents contents;

	private final Loads loads;

	private final Routes routes;

	private final WastePaperCheck papers = new WastePaperCheck(WasteRules.standard());

	CustomsDocuments(DocumentCommands commands, DocumentQueries queries, LoadContents contents, Loads loads,
			Routes routes) {
		this.commands = commands;
		this.queries = queries;
		this.contents = contents;
		this.loads = loads;
		this.routes = routes;
	}

	/**
	 * Records a document covering items of a load. The form is checked first, without the
	 * database; its problems are answered together with those of the load and its items.
	 */
	public Outcome<CustomsDocument> record(DocumentRecord command) {
		Violations form = new Violations();
		boolean keyed = form.text("idempotencyKey", command.idempotencyKey(), 128);
		form.text("reference", command.reference(), 100);
		form.text("issuer", command.issuer(), 200);
		if (command.validUntil() != null && command.validUntil().isBefore(command.validFrom())) {
			form.add("validUntil", DocumentErrorCode.CUSTOMS_VALIDITY_REVERSED,
					"must not be before validFrom (" + command.validFrom() + ")");
		}
		if (command.itemIds().isEmpty()) {
			form.add("itemIds", CommonErrorCode.REQUIRED, "name at least one item the document covers");
		}
		else if (command.itemIds().size() > MAX_ITEMS) {
			form.add("itemIds", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_ITEMS + " items");
		}
		else {
			Set<UUID> seen = new HashSet<>();
			for (int i = 0; i < command.itemIds().size(); i++) {
				if (!seen.add(command.itemIds().get(i))) {
					form.add("itemIds." + i, CommonErrorCode.INVALID, "the item is named twice");
				}
			}
		}
		// Without a usable key nothing can be claimed: the form's answer is all there is.
		if (!keyed) {
			return Outcome.refused(form);
		}
		try {
			return Outcome.done(commands.record(command, form.errors()));
		}
		catch (Refusal refusal) {
			return Outcome.refused(refusal.errors());
		}
	}

	/**
	 * The clearance of a load the reader sees, on {@code on}: by default the day it was
	 * dispatched, or its planned departure day while it has not left (UTC). Empty when
	 * the load is not visible.
	 */
	@Transactional(readOnly = true)
	public Optional<CustomsClearance> clearance(UUID loadId, @Nullable LocalDate on) {
		Optional<Load> found = loads.byId(loadId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Load load = found.get();
		OffsetDateTime counted = (load.dispatchedAt() != null) ? load.dispatchedAt() : load.departureAt();
		LocalDate day = (on != null) ? on : counted.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		boolean transboundary = routes.transboundary(load);
		List<CustomsDocument> documents = queries.documentsOfLoad(loadId);
		List<ItemClearance> items = contents.itemsInLoad(loadId)
			.stream()
			.map(LoadContents.Content::cleared)
			.map((item) -> new ItemClearance(item.itemId(), item.returnId(), item.sku(), item.rmaNumber(),
					(item.wasteCode() != null) ? item.wasteCode().display() : null,
					papers.needs(item, day, transboundary, documents)))
			.toList();
		return Optional.of(new CustomsClearance(load, day, transboundary, items, documents));
	}

	/** Documents by id, those the reader may see. */
	@Transactional(readOnly = true)
	public List<CustomsDocument> byIds(List<UUID> ids) {
		return queries.documentsByIds(ids);
	}

}
