package io.homeward.platform.returns.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.returns.CustomerContact;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.returns.ReturnFilter;
import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.returns.ReturnStatus;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The returns slice of the schema: the adapter decodes global ids, turns inputs into the
 * module's commands and outcomes into payloads; the module decides everything else.
 */
@Controller
class ReturnOrderController implements NodeResolver {

	private final ReturnOrders returns;

	private final NetworkCatalog network;

	private final Organizations organizations;

	ReturnOrderController(ReturnOrders returns, NetworkCatalog network, Organizations organizations) {
		this.returns = returns;
		this.network = network;
		this.organizations = organizations;
	}

	@QueryMapping
	Connection<ReturnOrder> returns(PageRequest page, @Argument @Nullable ReturnFilterInput filter) {
		ReturnFilter given = (filter != null) ? filter.toFilter() : ReturnFilter.NONE;
		return Connection.of(returns.list(given, page), page, () -> returns.count(given));
	}

	@MutationMapping
	ReturnPayload returnCreate(@Argument ReturnCreateInput input) {
		return ReturnPayload.of(returns.create(input.toCommand()));
	}

	@MutationMapping
	ReturnPayload returnApprove(@Argument ReturnTransitionInput input) {
		return ReturnPayload.of(returns.transition(input.toCommand(ReturnStatus.APPROVED)));
	}

	@MutationMapping
	ReturnPayload returnDecline(@Argument ReturnTransitionInput input) {
		return ReturnPayload.of(returns.transition(input.toCommand(ReturnStatus.DECLINED)));
	}

	@MutationMapping
	ReturnPayload returnCancel(@Argument ReturnTransitionInput input) {
		return ReturnPayload.of(returns.transition(input.toCommand(ReturnStatus.CANCELED)));
	}

	/** "return" is a Java keyword, so the payload's record component has another name. */
	@SchemaMapping(typeName = "ReturnPayload", field = "return")
	@Nullable ReturnOrder returnOf(ReturnPayload payload) {
		return payload.returnOrder();
	}

	@SchemaMapping(typeName = ReturnOrder.TYPE)
	String id(ReturnOrder order) {
		return GlobalId.encode(ReturnOrder.TYPE, order.uuid());
	}

	@BatchMapping(typeName = ReturnOrder.TYPE)
	Map<ReturnOrder, List<ReturnItem>> items(List<ReturnOrder> orders) {
		return Batches.joinLists(orders, ReturnOrder::uuid, returns.itemsOf(ids(orders)));
	}

	@BatchMapping(typeName = ReturnOrder.TYPE)
	Map<ReturnOrder, List<Parcel>> parcels(List<ReturnOrder> orders) {
		return Batches.joinLists(orders, ReturnOrder::uuid, returns.parcelsOf(ids(orders)));
	}

	@BatchMapping(typeName = ReturnOrder.TYPE)
	Map<ReturnOrder, CustomerContact> customer(List<ReturnOrder> orders) {
		Map<UUID, CustomerContact> byReturn = returns.contactsOf(ids(orders));
		return Batches.join(orders, ReturnOrder::uuid, byReturn);
	}

	@BatchMapping(typeName = ReturnOrder.TYPE)
	Map<ReturnOrder, Program> program(List<ReturnOrder> orders) {
		Map<UUID, Program> byId = network
			.programsByIds(orders.stream().map(ReturnOrder::programId).distinct().toList());
		return Batches.join(orders, ReturnOrder::programId, byId);
	}

	@BatchMapping(typeName = ReturnOrder.TYPE)
	Map<ReturnOrder, Organization> shipper(List<ReturnOrder> orders) {
		Map<UUID, Organization> byId = organizations
			.byIds(orders.stream().map(ReturnOrder::shipperId).distinct().toList());
		return Batches.join(orders, ReturnOrder::shipperId, byId);
	}

	@SchemaMapping(typeName = "ReturnItem")
	String id(ReturnItem item) {
		return GlobalId.encode("ReturnItem", item.uuid());
	}

	@SchemaMapping(typeName = Parcel.TYPE)
	String id(Parcel parcel) {
		return GlobalId.encode(Parcel.TYPE, parcel.uuid());
	}

	private static List<UUID> ids(List<ReturnOrder> orders) {
		return orders.stream().map(ReturnOrder::uuid).toList();
	}

	@Override
	public String type() {
		return ReturnOrder.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return returns.byId(id);
	}

}
