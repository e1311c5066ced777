package io.homeward.platform.consolidation.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.homeward.platform.consolidation.ConsolidationSettings;
import io.homeward.platform.consolidation.Containment;
import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.HandlingUnits;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadParcel;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.consolidation.Sscc;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.NodeResolver;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code HandlingUnit} type, the unit mutations and the GS1 settings. */
@Controller
class HandlingUnitController implements NodeResolver {

	private final HandlingUnits units;

	private final Loads loads;

	private final NetworkCatalog network;

	HandlingUnitController(HandlingUnits units, Loads loads, NetworkCatalog network) {
		this.units = units;
		this.loads = loads;
		this.network = network;
	}

	@QueryMapping
	@Nullable ConsolidationSettings consolidationSettings() {
		return units.settings().orElse(null);
	}

	@MutationMapping
	ConsolidationSettingsPayload consolidationSettingsUpdate(@Argument ConsolidationSettingsInput input) {
		return ConsolidationSettingsPayload.of(units.updateSettings(input.toCommand()));
	}

	@MutationMapping
	HandlingUnitPayload unitCreate(@Argument UnitCreateInput input) {
		return HandlingUnitPayload.of(units.create(input.toCommand()));
	}

	@MutationMapping
	UnitPlacementPayload unitPack(@Argument UnitPackInput input) {
		return UnitPlacementPayload.of(units.pack(input.toCommand()));
	}

	@MutationMapping
	UnitPlacementPayload unitUnpack(@Argument UnitUnpackInput input) {
		return UnitPlacementPayload.of(units.unpack(input.toCommand()));
	}

	@MutationMapping
	HandlingUnitPayload unitClose(@Argument UnitCloseInput input) {
		return HandlingUnitPayload.of(units.seal(input.toCommand()));
	}

	@MutationMapping
	HandlingUnitPayload unitReopen(@Argument UnitReopenInput input) {
		return HandlingUnitPayload.of(units.seal(input.toCommand()));
	}

	@SchemaMapping(typeName = HandlingUnit.TYPE)
	String id(HandlingUnit unit) {
		return GlobalId.encode(HandlingUnit.TYPE, unit.uuid());
	}

	@SchemaMapping(typeName = HandlingUnit.TYPE)
	String ssccText(HandlingUnit unit) {
		return new Sscc(unit.sscc()).humanReadable();
	}

	@SchemaMapping(typeName = HandlingUnit.TYPE)
	String qrCodeUrl(HandlingUnit unit) {
		return "/units/" + unit.uuid() + "/qr.png";
	}

	@SchemaMapping(typeName = HandlingUnit.TYPE)
	String labelUrl(HandlingUnit unit) {
		return "/units/" + unit.uuid() + "/label.pdf";
	}

	@BatchMapping(typeName = HandlingUnit.TYPE)
	Map<HandlingUnit, Hub> hub(List<HandlingUnit> batch) {
		return Batches.join(batch, HandlingUnit::hubId, network.hubsByIds(Batches.keys(batch, HandlingUnit::hubId)));
	}

	@BatchMapping(typeName = HandlingUnit.TYPE)
	Map<HandlingUnit, Load> load(List<HandlingUnit> batch) {
		List<UUID> ids = batch.stream().map(HandlingUnit::loadId).filter((id) -> id != null).distinct().toList();
		Map<UUID, Load> byId = ids.isEmpty() ? Map.of() : loads.byIds(ids);
		Map<HandlingUnit, Load> joined = new java.util.LinkedHashMap<>();
		for (HandlingUnit unit : batch) {
			Load load = (unit.loadId() != null) ? byId.get(unit.loadId()) : null;
			if (load != null) {
				joined.put(unit, load);
			}
		}
		return joined;
	}

	@BatchMapping(typeName = HandlingUnit.TYPE)
	Map<HandlingUnit, List<LoadParcel>> parcels(List<HandlingUnit> batch) {
		return Batches.joinLists(batch, HandlingUnit::uuid, units.parcelsOf(Batches.keys(batch, HandlingUnit::uuid)));
	}

	@SchemaMapping(typeName = HandlingUnit.TYPE)
	CompletableFuture<List<Containment>> contents(HandlingUnit unit, @Argument @Nullable OffsetDateTime at,
			DataLoader<ContentsAt, List<Containment>> contentsAt) {
		return contentsAt.load(new ContentsAt(unit.uuid(), at));
	}

	@SchemaMapping(typeName = "Containment")
	@Nullable String parcelId(Containment containment) {
		return (containment.parcelId() != null) ? GlobalId.encode(Types.PARCEL, containment.parcelId()) : null;
	}

	@SchemaMapping(typeName = "LoadParcel")
	String id(LoadParcel parcel) {
		return GlobalId.encode(Types.PARCEL, parcel.parcelId());
	}

	@Override
	public String type() {
		return HandlingUnit.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return units.byId(id);
	}

}
