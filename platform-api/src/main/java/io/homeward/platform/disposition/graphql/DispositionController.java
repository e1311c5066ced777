package io.homeward.platform.disposition.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.homeward.platform.disposition.ItemDispositionEntry;
import io.homeward.platform.disposition.ItemDispositions;
import io.homeward.platform.disposition.ItemGrading;
import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.shared.GlobalId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code itemGrade}, {@code itemDispose}, and the grading and log of the returns module's
 * {@code ReturnItem}, one statement per batch of items under the reader's policies.
 */
@Controller
class DispositionController {

	static final String RETURN_ITEM = "ReturnItem";

	private final ItemDispositions dispositions;

	DispositionController(ItemDispositions dispositions) {
		this.dispositions = dispositions;
	}

	@MutationMapping
	ItemGradePayload itemGrade(@Argument ItemGradeInput input) {
		return ItemGradePayload.of(dispositions.grade(input.toCommand()));
	}

	@MutationMapping
	ItemDisposePayload itemDispose(@Argument ItemDisposeInput input) {
		return ItemDisposePayload.of(dispositions.dispose(input.toCommand()));
	}

	@BatchMapping(typeName = RETURN_ITEM)
	Map<ReturnItem, ItemGrading> grading(List<ReturnItem> items) {
		Map<java.util.UUID, ItemGrading> gradings = dispositions
			.gradings(items.stream().map(ReturnItem::uuid).toList());
		Map<ReturnItem, ItemGrading> byItem = new LinkedHashMap<>();
		for (ReturnItem item : items) {
			ItemGrading grading = gradings.get(item.uuid());
			if (grading != null) {
				byItem.put(item, grading);
			}
		}
		return byItem;
	}

	@BatchMapping(typeName = RETURN_ITEM)
	Map<ReturnItem, List<ItemDispositionEntry>> dispositions(List<ReturnItem> items) {
		Map<java.util.UUID, List<ItemDispositionEntry>> logs = dispositions
			.logs(items.stream().map(ReturnItem::uuid).toList());
		Map<ReturnItem, List<ItemDispositionEntry>> byItem = new LinkedHashMap<>();
		for (ReturnItem item : items) {
			byItem.put(item, logs.getOrDefault(item.uuid(), List.of()));
		}
		return byItem;
	}

	@SchemaMapping(typeName = "ItemDisposition")
	String id(ItemDispositionEntry entry) {
		return GlobalId.encode(ItemDispositionEntry.TYPE, entry.uuid());
	}

}
