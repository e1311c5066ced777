package io.homeward.platform.customs.graphql;

import java.util.List;
import java.util.Map;

import io.homeward.platform.customs.ItemRelief;
import io.homeward.platform.customs.ReturnedGoodsRelief;
import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.shared.graphql.Batches;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code ReturnItem.relief}: one batch for every item of a page, whatever its size. */
@Controller
class ReliefController {

	private final ReturnedGoodsRelief relief;

	ReliefController(ReturnedGoodsRelief relief) {
		this.relief = relief;
	}

	@BatchMapping(typeName = "ReturnItem")
	Map<ReturnItem, ItemRelief> relief(List<ReturnItem> items) {
		return Batches.join(items, ReturnItem::uuid, relief.reliefOf(Batches.keys(items, ReturnItem::uuid)));
	}

}
