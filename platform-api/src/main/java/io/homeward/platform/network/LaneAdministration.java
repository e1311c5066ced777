package io.homeward.platform.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.network.LaneInputs.LaneCreateInput;
import io.homeward.platform.network.LaneInputs.LaneResult;
import io.homeward.platform.network.LaneInputs.LaneUpdateInput;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Organizations;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator opens lanes between its own hubs and keeps their carrier and transit time
 * current.
 */
@Service
@Transactional
public class LaneAdministration {

	static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";

	private final LaneRepository lanes;

	private final HubRepository hubs;

	private final Organizations organizations;

	LaneAdministration(LaneRepository lanes, HubRepository hubs, Organizations organizations) {
		this.lanes = lanes;
		this.hubs = hubs;
		this.organizations = organizations;
	}

	public LaneResult create(LaneCreateInput input) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			return failure("input", CommonErrorCode.NOT_PERMITTED, "Only operators open lanes");
		}
		Violations v = new Violations();
		v.pattern("input.code", input.code(), 32, CODE_PATTERN, "upper-case letters, digits and dashes");
		if (input.mode() == null) {
			v.add("input.mode", CommonErrorCode.REQUIRED, "is required");
		}
		v.range("input.transitDays", input.transitDays(), 0, 120);
		Optional<UUID> origin = ownHub(input.originHubId(), tenant, v, "input.originHubId");
		Optional<UUID> destination = ownHub(input.destinationHubId(), tenant, v, "input.destinationHubId");
		if (origin.isPresent() && origin.equals(destination)) {
			v.add("input.destinationHubId", CommonErrorCode.INVALID, "must differ from the origin");
		}
		Optional<UUID> carrier = carrier(input.carrierId(), v);
		if (v.isEmpty() && lanes.existsByOperatorIdAndCode(tenant.orgId(), input.code())) {
			v.add("input.code", CommonErrorCode.TAKEN, "Another of your lanes has this code");
		}
		if (!v.isEmpty()) {
			return new LaneResult(null, v.errors());
		}
		LaneEntity lane = lanes.save(new LaneEntity(UUID.randomUUID(), tenant.orgId(), input.code(), origin.get(),
				destination.get(), input.mode(), carrier.get(), input.transitDays()));
		return new LaneResult(lane.toLane(), List.of());
	}

	public LaneResult update(LaneUpdateInput input) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			return failure("input", CommonErrorCode.NOT_PERMITTED, "Only operators change lanes");
		}
		Optional<LaneEntity> found = GlobalId.decode(input.laneId(), Lane.TYPE)
			.flatMap(lanes::findById)
			.filter((lane) -> lane.operatorId().equals(tenant.orgId()));
		if (found.isEmpty()) {
			return failure("input.laneId", CommonErrorCode.NOT_FOUND, "No such lane of yours");
		}
		LaneEntity lane = found.get();
		Lane current = lane.toLane();
		Violations v = new Violations();
		String code = (input.code() != null) ? input.code() : current.code();
		v.pattern("input.code", code, 32, CODE_PATTERN, "upper-case letters, digits and dashes");
		int transitDays = (input.transitDays() != null) ? input.transitDays() : current.transitDays();
		v.range("input.transitDays", transitDays, 0, 120);
		UUID carrier = current.carrierId();
		if (input.carrierId() != null) {
			carrier = carrier(input.carrierId(), v).orElse(carrier);
		}
		if (v.isEmpty() && !code.equals(current.code()) && lanes.existsByOperatorIdAndCode(tenant.orgId(), code)) {
			v.add("input.code", CommonErrorCode.TAKEN, "Another of your lanes has this code");
		}
		if (!v.isEmpty()) {
			return new LaneResult(null, v.errors());
		}
		lane.update(code, carrier, transitDays);
		return new LaneResult(lane.toLane(), List.of());
	}

	private Optional<UUID> ownHub(String id, Tenant tenant, Violations v, String field) {
		Optional<UUID> hub = GlobalId.decode(id, Hub.TYPE)
			.flatMap(hubs::findById)
			.map(HubEntity::toHub)
			.filter((found) -> found.operatorId().equals(tenant.orgId()))
			.map(Hub::uuid);
		if (hub.isEmpty()) {
			v.add(field, CommonErrorCode.NOT_FOUND, "No such hub of yours");
		}
		return hub;
	}

	private Optional<UUID> carrier(String id, Violations v) {
		Optional<UUID> carrier = GlobalId.decode(id, Organization.TYPE)
			.flatMap(organizations::byId)
			.filter((organization) -> organization.kind() == OrganizationKind.CARRIER)
			.map(Organization::uuid);
		if (carrier.isEmpty()) {
			v.add("input.carrierId", CommonErrorCode.NOT_FOUND, "No such carrier");
		}
		return carrier;
	}

	private static LaneResult failure(String field, ErrorCode code, String message) {
		return new LaneResult(null, List.of(UserError.of(field, code, message)));
	}

}
