package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads: planned by the operator on a lane of a program, moved PLANNING → CLOSED →
 * DISPATCHED by the operator, IN_TRANSIT → ARRIVED by the carrier, and RECEIVED by the
 * destination hub's operator with its receipt. Each reader sees what its policies admit:
 * a shipper the loads its parcels travel in and only its own parcels and discrepancies.
 */
@Service
public class Loads {

	private static final BigDecimal MAX_KG = new BigDecimal("9999999");

	private static final BigDecimal MAX_M3 = new BigDecimal("999999");

	private final LoadCommands commands;

	private final ConsolidationQueries queries;

	Loads(LoadCommands commands, ConsolidationQueries queries) {
		this.commands = commands;
		this.queries = queries;
	}

	/**
	 * A page of loads, latest departure first. The total is counted only if asked for.
	 */
	@Transactional(readOnly = true)
	public Window<Load> list(LoadFilter filter, PageRequest page) {
		Tenant tenant = TenantContext.require();
		List<Load> rows = queries.loadPage(tenant, filter, after(page), page.fetchSize());
		return page.window(rows, (load) -> Map.of("departureAt", load.departureAt(), "id", load.uuid()));
	}

	@Transactional(readOnly = true)
	public long count(LoadFilter filter) {
		return queries.loadCount(TenantContext.require(), filter);
	}

	private static ConsolidationQueries.@Nullable LoadCursor after(PageRequest page) {
		if (page.fromStart()) {
			return null;
		}
		try {
			return new ConsolidationQueries.LoadCursor(
					OffsetDateTime.parse(String.valueOf(page.after().get("departureAt"))),
					UUID.fromString(String.valueOf(page.after().get("id"))));
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

	@Transactional(readOnly = true)
	public Optional<Load> byId(UUID id) {
		return queries.loads(List.of(id)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Map<UUID, Load> byIds(Collection<UUID> ids) {
		return queries.loads(ids)
			.stream()
			.collect(java.util.stream.Collectors.toMap(Load::uuid, java.util.function.Function.identity()));
	}

	@Transactional(readOnly = true)
	public Map<UUID, List<HandlingUnit>> unitsOf(Collection<UUID> loadIds) {
		return queries.unitsOfLoads(loadIds);
	}

	@Transactional(readOnly = true)
	public Map<UUID, List<LoadParcel>> parcelsOf(Collection<UUID> loadIds) {
		return queries.parcelsOfLoads(loadIds);
	}

	@Transactional(readOnly = true)
	public Map<UUID, List<ReceiptLine>> receiptsOf(Collection<UUID> loadIds) {
		return queries.receiptsOfLoads(loadIds);
	}

	/**
	 * The calling shipper's advance notices: every load that has left with parcels of its
	 * own, latest departure first. Other callers have none.
	 */
	@Transactional(readOnly = true)
	public List<Load> advanceNotices() {
		Tenant tenant = TenantContext.require();
		return tenant.is(OrganizationKind.SHIPPER) ? queries.dispatchedLoadsOf(tenant.orgId()) : List.of();
	}

	public Outcome<Load> create(LoadCreate command) {
		if (!TenantContext.require().is(OrganizationKind.OPERATOR)) {
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED, "Only operators plan loads");
		}
		Violations form = new Violations();
		form.text("idempotencyKey", command.idempotencyKey(), 128);
		form.pattern("reference", command.reference(), 40, "[A-Za-z0-9][A-Za-z0-9._/-]*",
				"letters, digits and . _ / -");
		form.decimal("capacityKg", command.capacityKg(), false, MAX_KG, 3);
		form.decimal("capacityM3", command.capacityM3(), false, MAX_M3, 3);
		if (command.cutoffAt().isAfter(command.departureAt())) {
			form.add("cutoffAt", CommonErrorCode.OUT_OF_RANGE, "must not be after the departure");
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		return HandlingUnits.refusable(() -> commands.create(command, command.toString()));
	}

	/** Moves a load one step on from the version the caller read. */
	public Outcome<Load> transition(LoadTransition command) {
		if (command.target() == LoadStatus.CLOSED) {
			Violations form = new Violations();
			if (!form.text("sealNumber", command.sealNumber(), 40)) {
				return Outcome.refused(form);
			}
		}
		if (command.target() == LoadStatus.PLANNING || command.target() == LoadStatus.RECEIVED) {
			throw new IllegalArgumentException("Not a transition command's target: " + command.target());
		}
		return HandlingUnits.refusable(() -> commands.transition(command));
	}

	/** The destination hub's receipt of an arrived load. */
	public Outcome<Load> receive(LoadReceive command) {
		Violations form = new Violations();
		form.optionalText("arrivalSeal", command.arrivalSeal(), 40);
		if (command.lines().size() > 10_000 || command.unexpected().size() > 1_000) {
			form.add("lines", CommonErrorCode.OUT_OF_RANGE, "at most 10000 lines and 1000 unexpected parcels");
		}
		for (int i = 0; i < command.lines().size(); i++) {
			LoadReceive.Line line = command.lines().get(i);
			if (line.outcome() == ReceiptOutcome.UNEXPECTED) {
				form.add("lines." + i + ".outcome", CommonErrorCode.INVALID,
						"a manifest parcel is RECEIVED, MISSING or DAMAGED");
			}
			form.optionalText("lines." + i + ".note", line.note(), 1000);
			photos(form, "lines." + i + ".photoRefs", line.photoRefs());
		}
		for (int i = 0; i < command.unexpected().size(); i++) {
			LoadReceive.Unexpected unexpected = command.unexpected().get(i);
			form.text("unexpected." + i + ".reference", unexpected.reference(), 60);
			form.optionalText("unexpected." + i + ".note", unexpected.note(), 1000);
			photos(form, "unexpected." + i + ".photoRefs", unexpected.photoRefs());
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		return HandlingUnits.refusable(() -> commands.receive(command));
	}

	private static void photos(Violations form, String field, List<String> refs) {
		if (refs.size() > 10) {
			form.add(field, CommonErrorCode.OUT_OF_RANGE, "at most 10 photo references");
			return;
		}
		for (int i = 0; i < refs.size(); i++) {
			if (form.text(field + "." + i, refs.get(i), 180) && refs.get(i).contains("\n")) {
				form.add(field + "." + i, CommonErrorCode.INVALID, "must be one line");
			}
		}
	}

}
