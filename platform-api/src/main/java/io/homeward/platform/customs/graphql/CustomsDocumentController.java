package io.homeward.platform.customs.graphql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.customs.CustomsClearance;
import io.homeward.platform.customs.CustomsDocument;
import io.homeward.platform.customs.CustomsDocuments;
import io.homeward.platform.customs.ItemClearance;
import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code customsDocumentRecord}, {@code customsClearance} and the types they answer. The
 * items are the returns module's own {@code ReturnItem}s, read through it in one
 * statement per level, under the reader's policies.
 */
@Controller
class CustomsDocumentController {

	static final String RETURN_ITEM = "ReturnItem";

	private final CustomsDocuments documents;

	private final ReturnOrders returns;

	CustomsDocumentController(CustomsDocuments documents, ReturnOrders returns) {
		this.documents = documents;
		this.returns = returns;
	}

	@MutationMapping
	CustomsDocumentRecordPayload customsDocumentRecord(@Argument CustomsDocumentRecordInput input) {
		return CustomsDocumentRecordPayload.of(documents.record(input.toCommand()));
	}

	@QueryMapping
	@Nullable CustomsClearance customsClearance(@Argument String loadId, @Argument @Nullable LocalDate on) {
		return GlobalId.decode(loadId, Load.TYPE).flatMap((id) -> documents.clearance(id, on)).orElse(null);
	}

	@SchemaMapping(typeName = "CustomsDocument")
	String id(CustomsDocument document) {
		return GlobalId.encode(CustomsDocument.TYPE, document.uuid());
	}

	@BatchMapping(typeName = "CustomsDocument")
	Map<CustomsDocument, List<ReturnItem>> items(List<CustomsDocument> batch) {
		Map<UUID, ReturnItem> items = itemsOfReturns(batch.stream()
			.flatMap((document) -> document.items().stream())
			.map(CustomsDocument.CoveredItem::returnId)
			.distinct()
			.toList());
		Map<CustomsDocument, List<ReturnItem>> byDocument = new LinkedHashMap<>();
		for (CustomsDocument document : batch) {
			byDocument.put(document,
					document.items()
						.stream()
						.map((covered) -> items.get(covered.itemId()))
						.filter(Objects::nonNull)
						.toList());
		}
		return byDocument;
	}

	@BatchMapping(typeName = "ItemClearance")
	Map<ItemClearance, ReturnItem> item(List<ItemClearance> batch) {
		Map<UUID, ReturnItem> items = itemsOfReturns(batch.stream().map(ItemClearance::returnId).distinct().toList());
		Map<ItemClearance, ReturnItem> byClearance = new LinkedHashMap<>();
		for (ItemClearance clearance : batch) {
			ReturnItem item = items.get(clearance.itemId());
			if (item != null) {
				byClearance.put(clearance, item);
			}
		}
		return byClearance;
	}

	private Map<UUID, ReturnItem> itemsOfReturns(List<UUID> returnIds) {
		if (returnIds.isEmpty()) {
			return Map.of();
		}
		return returns.itemsOf(returnIds)
			.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toMap(ReturnItem::uuid, Function.identity()));
	}

}
