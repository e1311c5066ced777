package io.homeward.platform.customs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.WasteCode;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional part of recording a document: the idempotency key, who may record,
 * and every check that needs the load and its items, refused together with the form's
 * problems so the caller learns of all of them at once. A refusal rolls everything back,
 * the key included.
 */
@Service
@Transactional
class DocumentCommands {

	static final String OPERATION = "customsDocumentRecord";

	/** The statuses in which the load is still at its origin hub. */
	private static final Set<LoadStatus> NOT_LEFT = EnumSet.of(LoadStatus.PLANNING, LoadStatus.CLOSED);

	private final JdbcClient jdbc;

	private final DocumentQueries queries;

	private final LoadContents contents;

	private final Loads loads;

	private final Routes routes;

	private final IdempotencyKeys idempotencyKeys;

	private final WasteRules waste = WasteRules.standard();

	private final ReliefRules relief = ReliefRules.standard();

	private final Clock clock = Clock.systemUTC();

	DocumentCommands(JdbcClient jdbc, DocumentQueries queries, LoadContents contents, Loads loads, Routes routes,
			IdempotencyKeys idempotencyKeys) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.contents = contents;
		this.loads = loads;
		this.routes = routes;
		this.idempotencyKeys = idempotencyKeys;
	}

	CustomsDocument record(DocumentRecord command, List<UserError> form) {
		Tenant tenant = TenantContext.require();
		Optional<UUID> replayed = idempotencyKeys.replayedResult(OPERATION, command.idempotencyKey(),
				command.toString());
		if (replayed.isPresent()) {
			return queries.documentsByIds(List.of(replayed.get())).getFirst();
		}
		Load load = loads.byId(command.loadId())
			.orElseThrow(() -> Refusal.of("loadId", CommonErrorCode.NOT_FOUND, "No such load"));
		if (!load.operatorId().equals(tenant.orgId())) {
			throw Refusal.of("loadId", CommonErrorCode.NOT_PERMITTED, "Only the load's operator records its documents");
		}
		List<UserError> errors = new ArrayList<>(form);
		CustomsDocumentKind kind = command.kind();
		if (kind.waste() != null && !NOT_LEFT.contains(load.status())) {
			errors.add(UserError.of("loadId", DocumentErrorCode.CUSTOMS_LOAD_DISPATCHED, "The load is " + load.status()
					+ ": waste papers are recorded before it leaves, since it left without them"));
		}
		Map<UUID, LoadItem> items = contents.itemsInLoad(load.uuid())
			.stream()
			.map(LoadContents.Content::cleared)
			.collect(Collectors.toMap(LoadItem::itemId, Function.identity()));
		Optional<Routes.Route> route = routes.route(load);
		LocalDate day = load.departureAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		for (int i = 0; i < command.itemIds().size(); i++) {
			LoadItem item = items.get(command.itemIds().get(i));
			if (item == null) {
				errors.add(UserError.of("itemIds." + i, DocumentErrorCode.CUSTOMS_ITEM_NOT_IN_LOAD,
						"No such item in the load"));
				continue;
			}
			String unneeded = whyNotNeeded(kind, item, route.orElse(null), day);
			if (unneeded != null) {
				errors.add(UserError.of("itemIds." + i, DocumentErrorCode.CUSTOMS_DOCUMENT_NOT_NEEDED, unneeded));
			}
		}
		if (!errors.isEmpty()) {
			throw new Refusal(errors);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into customs_document (operator_id, id, load_id, carrier_id, kind, reference, issuer, valid_from,
						                              valid_until, recorded_by, recorded_at)
						values (:operator, :id, :load, :carrier, :kind, :reference, :issuer, :validFrom, :validUntil, :by, :at)""")
			.param("operator", load.operatorId())
			.param("id", id)
			.param("load", load.uuid())
			.param("carrier", load.carrierId())
			.param("kind", kind.name())
			.param("reference", command.reference().strip())
			.param("issuer", command.issuer().strip())
			.param("validFrom", command.validFrom())
			.param("validUntil", command.validUntil())
			.param("by", tenant.userId())
			.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
			.update();
		for (UUID itemId : command.itemIds()) {
			LoadItem item = items.get(itemId);
			jdbc.sql("""
					insert into customs_document_item (operator_id, document_id, shipper_id, return_id, item_id)
					values (:operator, :document, :shipper, :return, :item)""")
				.param("operator", load.operatorId())
				.param("document", id)
				.param("shipper", item.shipperId())
				.param("return", item.returnId())
				.param("item", item.itemId())
				.update();
		}
		idempotencyKeys.complete(OPERATION, command.idempotencyKey(), id);
		return queries.documentsByIds(List.of(id)).getFirst();
	}

	/**
	 * Why {@code item} needs no document of {@code kind}, or null when it does. A waste
	 * paper is needed when the waste table asks it of the item's code for the load's
	 * planned departure day, on a load between two countries; relief evidence when the
	 * relief rule of the destination's territory names it for the item, on a load across
	 * a customs border; waste claims no relief.
	 */
	private @Nullable String whyNotNeeded(CustomsDocumentKind kind, LoadItem item, Routes.@Nullable Route route,
			LocalDate day) {
		String the = "The " + kind.words() + " is not needed for " + item.named() + ": ";
		WasteDocumentKind paper = kind.waste();
		if (paper != null) {
			WasteCode code = item.wasteCode();
			if (item.goodsClass() != ItemGoodsClass.WASTE || code == null) {
				return the + "it is not waste";
			}
			if (route != null && route.from().equals(route.to())) {
				return the + "the load stays inside " + route.from();
			}
			WastePapers papers = waste.papers(code, day);
			if (!papers.classified()) {
				return the + papers.reason();
			}
			if (papers.documents().stream().noneMatch((d) -> d.kind() == paper)) {
				return the + papers.reason() + " on " + day;
			}
			return null;
		}
		if (item.goodsClass() == ItemGoodsClass.WASTE) {
			return the + "it is waste, for which the platform claims no returned goods relief";
		}
		if (route == null || !routes.crossesCustomsBorder(route)) {
			return the + "the load crosses no customs border";
		}
		ReliefDecision decision = relief
			.decide(new ReliefItem(route.to(), day, day, item.manufacturedIn(), false, true, Set.of()));
		boolean named = relief.rules()
			.stream()
			.filter((rule) -> rule.id().equals(decision.rule()))
			.flatMap((rule) -> rule.evidence().stream())
			.anyMatch((group) -> group.contains(kind.evidence()));
		return named ? null : the + "rule " + decision.rule() + " for goods made in " + item.manufacturedIn()
				+ " entering " + route.to() + " does not ask for it";
	}

}
