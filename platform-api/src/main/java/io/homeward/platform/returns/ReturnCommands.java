package io.homeward.platform.returns;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional part of the returns commands: what needs the database. Each method
 * runs in its own transaction and refuses by throwing {@link Refusal}, which rolls back
 * whatever it wrote, the claimed idempotency key included, so a corrected retry may use
 * the key again. {@link ReturnOrders} checks what needs no database first and turns
 * refusals into outcomes.
 */
@Service
@Transactional
class ReturnCommands {

	static final String CREATE_OPERATION = "returnCreate";

	private final ReturnOrderRepository orders;

	private final ReturnContactRepository contacts;

	private final ReturnQueries queries;

	private final NetworkCatalog network;

	private final IdempotencyKeys idempotencyKeys;

	private final Clock clock;

	ReturnCommands(ReturnOrderRepository orders, ReturnContactRepository contacts, ReturnQueries queries,
			NetworkCatalog network, IdempotencyKeys idempotencyKeys) {
		this.orders = orders;
		this.contacts = contacts;
		this.queries = queries;
		this.network = network;
		this.idempotencyKeys = idempotencyKeys;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Claims the key, checks the program's rules and the RMA number, and stores the
	 * return: the root with its items and parcels in one save, the contact beside it.
	 * @param fingerprint the whole command, so that a replay with another input is told
	 * apart
	 */
	ReturnOrder create(ReturnDraft draft, String fingerprint) {
		Tenant tenant = TenantContext.require();
		Optional<UUID> replayed = idempotencyKeys.replayedResult(CREATE_OPERATION, draft.idempotencyKey(), fingerprint);
		if (replayed.isPresent()) {
			return queries.byIds(List.of(replayed.get())).getFirst();
		}
		ProgramAdmission admission = network.admission(draft.programId())
			.orElseThrow(() -> Refusal.of("programId", CommonErrorCode.NOT_FOUND, "No such program"));
		Violations rules = ReturnRules.checkAdmission(draft, admission);
		if (orders.existsByShipperIdAndRmaNumber(tenant.orgId(), draft.rmaNumber())) {
			rules.add("rmaNumber", CommonErrorCode.TAKEN, "Another return has this RMA number");
		}
		if (!rules.isEmpty()) {
			throw new Refusal(rules.errors());
		}
		ReturnOrderEntity order = orders.save(new ReturnOrderEntity(tenant.orgId(), admission.operatorId(), draft,
				TrackingCodes.next(), tenant.userId(), now()));
		// Flushed now, not at commit: under the API the transaction is the mutation
		// field's, and the payload's nested fields read these rows with SQL inside it.
		contacts.saveAndFlush(new ReturnContactEntity(tenant.orgId(), order.id(), draft.customer()));
		idempotencyKeys.complete(CREATE_OPERATION, draft.idempotencyKey(), order.id());
		return order.toReturnOrder();
	}

	/**
	 * Moves a return along the state machine. Only its shipper may; a return the caller
	 * cannot see is NOT_FOUND, exactly like one that does not exist.
	 */
	ReturnOrder transition(ReturnTransition command) {
		Tenant tenant = TenantContext.require();
		UUID shipper = queries.shipperOf(command.returnId())
			.orElseThrow(() -> Refusal.of("returnId", CommonErrorCode.NOT_FOUND, "No such return"));
		if (!shipper.equals(tenant.orgId())) {
			// The program's operator sees the return but may not change it.
			throw Refusal.of("returnId", CommonErrorCode.NOT_PERMITTED, "Only the shipper changes a return");
		}
		// Lock before checking the state, so concurrent transitions of one return queue
		// up. FOR UPDATE also applies the update policies, which only the shipper passes.
		ReturnOrderEntity order = orders.findForUpdate(command.returnId()).orElseThrow();
		if (!order.status().canMoveTo(command.target())) {
			throw Refusal.of("returnId", ReturnErrorCode.INVALID_TRANSITION,
					article(order.status()) + " " + order.status() + " return cannot become " + command.target());
		}
		order.moveTo(command.target(), command.note(), now());
		return order.toReturnOrder();
	}

	/** "An APPROVED return", "a REQUESTED return". */
	private static String article(ReturnStatus status) {
		return ("AEIOU".indexOf(status.name().charAt(0)) >= 0) ? "An" : "A";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
