package io.homeward.platform.consolidation.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.homeward.platform.consolidation.Containment;
import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.HandlingUnits;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadFilter;
import io.homeward.platform.consolidation.LoadParcel;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.consolidation.ReceiptLine;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code Load} type, its queries and mutations. */
@Controller
class LoadController implements NodeResolver {

	private final Loads loads;

	private final HandlingUnits units;

	private final NetworkCatalog network;

	private final Organizations organizations;

	LoadController(Loads loads, HandlingUnits units, NetworkCatalog network, Organizations organizations) {
		this.loads = loads;
		this.units = units;
		this.network = network;
		this.organizations = organizations;
	}

	@QueryMapping
	Connection<Load> loads(PageRequest page, @Argument @Nullable LoadFilterInput filter) {
		LoadFilter given = (filter != null) ? filter.toFilter() : LoadFilter.NONE;
		return Connection.of(loads.list(given, page), page, () -> loads.count(given));
	}

	@QueryMapping
	List<AdvanceNotice> advanceNotices() {
		return loads.advanceNotices().stream().map(AdvanceNotice::new).toList();
	}

	@MutationMapping
	LoadPayload loadCreate(@Argument LoadCreateInput input) {
		return LoadPayload.of(loads.create(input.toCommand()));
	}

	@MutationMapping
	LoadPayload loadClose(@Argument LoadCloseInput input) {
		return LoadPayload.of(loads.transition(input.toCommand()));
	}

	@MutationMapping
	LoadPayload loadDispatch(@Argument LoadTransitionInput input) {
		return LoadPayload.of(loads.transition(input.toCommand(LoadStatus.DISPATCHED)));
	}

	@MutationMapping
	LoadPayload loadDepart(@Argument LoadTransitionInput input) {
		return LoadPayload.of(loads.transition(input.toCommand(LoadStatus.IN_TRANSIT)));
	}

	@MutationMapping
	LoadPayload loadArrive(@Argument LoadTransitionInput input) {
		return LoadPayload.of(loads.transition(input.toCommand(LoadStatus.ARRIVED)));
	}

	@MutationMapping
	LoadPayload loadReceive(@Argument LoadReceiveInput input) {
		return LoadPayload.of(loads.receive(input.toCommand()));
	}

	@SchemaMapping(typeName = Load.TYPE)
	String id(Load load) {
		return GlobalId.encode(Load.TYPE, load.uuid());
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, Program> program(List<Load> batch) {
		return Batches.join(batch, Load::programId, network.programsByIds(Batches.keys(batch, Load::programId)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, Lane> lane(List<Load> batch) {
		return Batches.join(batch, Load::laneId, network.lanesByIds(Batches.keys(batch, Load::laneId)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, Organization> carrier(List<Load> batch) {
		return Batches.join(batch, Load::carrierId, organizations.byIds(Batches.keys(batch, Load::carrierId)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, Hub> origin(List<Load> batch) {
		return Batches.join(batch, Load::originHubId, network.hubsByIds(Batches.keys(batch, Load::originHubId)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, Hub> destination(List<Load> batch) {
		return Batches.join(batch, Load::destinationHubId,
				network.hubsByIds(Batches.keys(batch, Load::destinationHubId)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, List<HandlingUnit>> units(List<Load> batch) {
		return Batches.joinLists(batch, Load::uuid, loads.unitsOf(Batches.keys(batch, Load::uuid)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, List<LoadParcel>> parcels(List<Load> batch) {
		return Batches.joinLists(batch, Load::uuid, loads.parcelsOf(Batches.keys(batch, Load::uuid)));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, List<ReceiptLine>> receipt(List<Load> batch) {
		return Batches.joinLists(batch, Load::uuid, loads.receiptsOf(Batches.keys(batch, Load::uuid)));
	}

	@SchemaMapping(typeName = Load.TYPE)
	CompletableFuture<List<Containment>> contents(Load load, @Argument @Nullable OffsetDateTime at,
			DataLoader<ContentsAt, List<Containment>> contentsAt) {
		return contentsAt.load(new ContentsAt(load.uuid(), at));
	}

	@SchemaMapping(typeName = "AdvanceNotice")
	@Nullable OffsetDateTime dispatchedAt(AdvanceNotice notice) {
		return notice.load().dispatchedAt();
	}

	@BatchMapping(typeName = "AdvanceNotice", field = "parcels")
	Map<AdvanceNotice, List<LoadParcel>> noticeParcels(List<AdvanceNotice> notices) {
		return Batches.joinLists(notices, (notice) -> notice.load().uuid(),
				loads.parcelsOf(Batches.keys(notices, (notice) -> notice.load().uuid())));
	}

	@SchemaMapping(typeName = "ReceiptLine")
	@Nullable String parcelId(ReceiptLine line) {
		return (line.parcelId() != null) ? GlobalId.encode(Types.PARCEL, line.parcelId()) : null;
	}

	@Override
	public String type() {
		return Load.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return loads.byId(id);
	}

}
