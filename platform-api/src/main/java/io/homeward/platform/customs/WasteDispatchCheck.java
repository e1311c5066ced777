package io.homeward.platform.customs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.homeward.platform.consolidation.DispatchCheck;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.shared.UserError;

import org.springframework.stereotype.Component;

/**
 * The dispatch gate for waste papers: a load whose hubs are in different countries leaves
 * only when every waste item in it has the papers {@link WasteRules} asks for on the day
 * of dispatch (UTC), recorded for it and valid that day. Each paper missing, each one not
 * valid that day and each code the table does not classify is one error on
 * {@code loadId}, about the item. A load inside one country is not checked: the platform
 * reads the Waste Shipment Regulation's procedures as those of shipments between
 * countries (docs/domain/customs.md, "The dispatch gate").
 */
@Component
class WasteDispatchCheck implements DispatchCheck {

	private final DocumentQueries queries;

	private final LoadContents contents;

	private final Routes routes;

	private final WastePaperCheck papers = new WastePaperCheck(WasteRules.standard());

	WasteDispatchCheck(DocumentQueries queries, LoadContents contents, Routes routes) {
		this.queries = queries;
		this.contents = contents;
		this.routes = routes;
	}

	@Override
	public List<UserError> refusals(Load load, OffsetDateTime now) {
		if (!routes.transboundary(load)) {
			return List.of();
		}
		LocalDate day = now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		List<LoadItem> items = contents.itemsInLoad(load.uuid()).stream().map(LoadContents.Content::cleared).toList();
		if (items.stream().noneMatch((item) -> item.wasteCode() != null)) {
			return List.of();
		}
		List<CustomsDocument> documents = queries.documentsOfLoad(load.uuid());
		List<UserError> errors = new ArrayList<>();
		for (LoadItem item : items) {
			for (DocumentNeed need : papers.needs(item, day, true, documents)) {
				UserError error = WastePaperCheck.refusal(item, need);
				if (error != null) {
					errors.add(error);
				}
			}
		}
		return errors;
	}

}
