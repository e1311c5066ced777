package io.homeward.platform.network;

import io.homeward.platform.shared.UserError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Organizations;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator opens lanes between its own hubs and keeps their carrier and transit time
 * current. Administration: only an operator's members with the {@value Tenant#ADMIN_ROLE}
 * role may do it. Every problem of a command is reported at once, with paths relative to
 * the command, and nothing changes while any remains.
 */
@Service
@Transactional
public class LaneAdministration {

	static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";

	/** Well above what any one load of returns carries; the column's range. */
	private static final BigDecimal LITHIUM_MAX_KG = new BigDecimal("9999999.999");

	/** The unique key of a lane's code within its operator (network V1). */
	static final String CODE_KEY = "lane_operator_id_code_key";

	private final LaneRepository lanes;

	private final NetworkQueries network;

	private final Organizations organizations;

	private final TransactionTemplate writes;

	LaneAdministration(LaneRepository lanes, NetworkQueries network, Organizations organizations,
			PlatformTransactionManager transactions) {
		this.lanes = lanes;
		this.network = network;
		this.organizations = organizations;
		this.writes = new TransactionTemplate(transactions);
	}

	/**
	 * Opens the lane: done with the lane as stored, or refused with every problem of the
	 * command (its form, hubs that are not the operator's, a carrier that is not one, a
	 * code already taken) and nothing stored.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Outcome<Lane> create(LaneCreate command) {
		return codeTakenMeanwhileIsTaken(() -> creating(command));
	}

	private Outcome<Lane> creating(LaneCreate command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refused = tenant.refusalToAdminister(OrganizationKind.OPERATOR, "",
				"Only operators open lanes", "Opening lanes");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations v = new Violations();
		v.pattern("code", command.code(), 32, CODE_PATTERN, "upper-case letters, digits and dashes");
		v.range("transitDays", command.transitDays(), 0, 120);
		Set<UUID> own = ownHubs(tenant, List.of(command.originHubId(), command.destinationHubId()));
		if (!own.contains(command.originHubId())) {
			v.add("originHubId", CommonErrorCode.NOT_FOUND, "No such hub of yours");
		}
		if (!own.contains(command.destinationHubId())) {
			v.add("destinationHubId", CommonErrorCode.NOT_FOUND, "No such hub of yours");
		}
		else if (command.destinationHubId().equals(command.originHubId())) {
			v.add("destinationHubId", CommonErrorCode.INVALID, "must differ from the origin");
		}
		checkCarrier(command.carrierId(), v);
		// Only a lane that could be opened is worth the lookup; a taken code is then the
		// one
		// problem left.
		if (v.isEmpty() && lanes.existsByOperatorIdAndCode(tenant.orgId(), command.code())) {
			v.add("code", CommonErrorCode.TAKEN, "Another of your lanes has this code");
		}
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		return Outcome.done(lanes.saveAndFlush(new LaneEntity(tenant.orgId(), command)).toLane());
	}

	/**
	 * Changes the lane: done with the lane as changed, or refused with every problem,
	 * including a lane that is not one of the operator's, and nothing changed.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Outcome<Lane> update(LaneUpdate command) {
		return codeTakenMeanwhileIsTaken(() -> updating(command));
	}

	private Outcome<Lane> updating(LaneUpdate command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refused = tenant.refusalToAdminister(OrganizationKind.OPERATOR, "",
				"Only operators change lanes", "Changing lanes");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations v = new Violations();
		// Row-level security already hides other operators' lanes; the filter says the
		// same
		// in the code.
		Optional<LaneEntity> found = lanes.findById(command.laneId())
			.filter((lane) -> lane.operatorId().equals(tenant.orgId()));
		if (found.isEmpty()) {
			v.add("laneId", CommonErrorCode.NOT_FOUND, "No such lane of yours");
		}
		if (command.code() != null) {
			v.pattern("code", command.code(), 32, CODE_PATTERN, "upper-case letters, digits and dashes");
		}
		if (command.transitDays() != null) {
			v.range("transitDays", command.transitDays(), 0, 120);
		}
		if (command.carrierId() != null) {
			checkCarrier(command.carrierId(), v);
		}
		if (command.lithiumMaxKg() != null) {
			v.decimal("lithiumMaxKg", command.lithiumMaxKg(), true, LITHIUM_MAX_KG, 3);
		}
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		LaneEntity lane = found.orElseThrow();
		Lane current = lane.toLane();
		String code = (command.code() != null) ? command.code() : current.code();
		if (!code.equals(current.code()) && lanes.existsByOperatorIdAndCode(tenant.orgId(), code)) {
			return Outcome.refused("code", CommonErrorCode.TAKEN, "Another of your lanes has this code");
		}
		lane.update(code, (command.carrierId() != null) ? command.carrierId() : current.carrierId(),
				(command.transitDays() != null) ? command.transitDays() : current.transitDays(),
				(command.acceptsLithium() != null) ? command.acceptsLithium() : current.acceptsLithium(),
				(command.lithiumMaxKg() != null) ? command.lithiumMaxKg() : current.lithiumMaxKg());
		lanes.flush();
		return Outcome.done(lane.toLane());
	}

	/**
	 * Runs a write in a transaction of its own, flushed before it ends. The check for a
	 * taken code cannot see a lane that a concurrent transaction is inserting; the unique
	 * key then refuses this write once that one commits, and the refusal is the same
	 * {@code TAKEN} the check gives. It is caught outside the transaction, which the
	 * violation has already doomed to roll back, so nothing of the write stays.
	 */
	private Outcome<Lane> codeTakenMeanwhileIsTaken(Supplier<Outcome<Lane>> write) {
		try {
			return Objects.requireNonNull(writes.execute((status) -> write.get()));
		}
		catch (DataAccessException ex) {
			if (UniqueKeys.violated(ex, CODE_KEY)) {
				return Outcome.refused("code", CommonErrorCode.TAKEN, "Another of your lanes has this code");
			}
			throw ex;
		}
	}

	/** Those of the hubs that belong to the calling operator, in one statement. */
	private Set<UUID> ownHubs(Tenant tenant, List<UUID> ids) {
		return network.hubsByIds(ids)
			.stream()
			.filter((hub) -> hub.operatorId().equals(tenant.orgId()))
			.map(Hub::uuid)
			.collect(Collectors.toSet());
	}

	private void checkCarrier(UUID id, Violations v) {
		boolean carrier = organizations.byId(id)
			.map(Organization::kind)
			.filter((kind) -> kind == OrganizationKind.CARRIER)
			.isPresent();
		if (!carrier) {
			v.add("carrierId", CommonErrorCode.NOT_FOUND, "No such carrier");
		}
	}

}
