package io.homeward.platform.disposition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.tracking.ReturnTimeline;
import io.homeward.platform.tracking.ReturnTimelines;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's proof, read under the caller's policies in one read-only transaction: the
 * item's shipper and its hub's operator have one; for anyone else the item does not
 * exist, exactly like an id that names nothing.
 */
@Service
public class ItemProofs {

	private final DispositionQueries queries;

	private final ReturnOrders returns;

	private final ReturnTimelines timelines;

	private final ItemProofPdf pdf = new ItemProofPdf();

	ItemProofs(DispositionQueries queries, ReturnOrders returns, ReturnTimelines timelines) {
		this.queries = queries;
		this.returns = returns;
		this.timelines = timelines;
	}

	@Transactional(readOnly = true)
	public Optional<ItemProof> proof(UUID itemId) {
		Optional<UUID> returnId = queries.returnOf(itemId);
		if (returnId.isEmpty()) {
			return Optional.empty();
		}
		Optional<ReturnOrder> order = returns.byId(returnId.get());
		Optional<ReturnItem> item = returns.itemsOf(List.of(returnId.get()))
			.getOrDefault(returnId.get(), List.of())
			.stream()
			.filter((line) -> line.uuid().equals(itemId))
			.findFirst();
		if (order.isEmpty() || item.isEmpty()) {
			return Optional.empty();
		}
		List<ItemProof.Milestone> milestones = timelines.timeline(returnId.get())
			.map(ReturnTimeline::milestones)
			.orElse(List.of())
			.stream()
			.filter((milestone) -> milestone.items().stream().anyMatch((covered) -> covered.itemId().equals(itemId)))
			.map((milestone) -> new ItemProof.Milestone(milestone.kind().name(), milestone.reachedAt()))
			.toList();
		List<UUID> ids = List.of(itemId);
		return Optional.of(new ItemProof(order.get(), item.get(), milestones, queries.gradings(ids).get(itemId),
				queries.logs(ids).getOrDefault(itemId, List.of()),
				queries.certificates(ids).getOrDefault(itemId, List.of())));
	}

	/** The proof as an A4 PDF, or empty where {@link #proof} is. */
	@Transactional(readOnly = true)
	public Optional<byte[]> pdf(UUID itemId) {
		return proof(itemId).map(pdf::render);
	}

}
