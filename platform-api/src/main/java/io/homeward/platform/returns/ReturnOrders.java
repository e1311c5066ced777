package io.homeward.platform.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.tenancy.TenancyErrorCode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The returns module's API. Reads are batched by return id for GraphQL; writes check the
 * form of the input, the idempotency key and the program's rules before anything is
 * stored, and store nothing when any check fails.
 */
@Service
@Transactional(readOnly = true)
public class ReturnOrders {

	static final String CREATE_OPERATION = "returnCreate";

	private final ReturnOrderRepository orders;

	private final ReturnQueries queries;

	private final ReturnItemRepository items;

	private final ParcelRepository parcels;

	private final ReturnContactRepository contacts;

	private final NetworkCatalog network;

	private final IdempotencyKeys idempotencyKeys;

	private final Clock clock;

	ReturnOrders(ReturnOrderRepository orders, ReturnQueries queries, ReturnItemRepository items,
			ParcelRepository parcels, ReturnContactRepository contacts, NetworkCatalog network,
			IdempotencyKeys idempotencyKeys) {
		this.orders = orders;
		this.queries = queries;
		this.items = items;
		this.parcels = parcels;
		this.contacts = contacts;
		this.network = network;
		this.idempotencyKeys = idempotencyKeys;
		this.clock = Clock.systemUTC();
	}

	/**
	 * A page of returns, newest first. Row-level security decides visibility; the
	 * explicit organization predicate only lets PostgreSQL use the right index. The total
	 * is counted only if asked for.
	 */
	public Window<ReturnOrder> list(ReturnFilter filter, PageRequest page) {
		Tenant tenant = TenantContext.require();
		List<ReturnOrder> rows = queries.page(tenant, filter, programId(filter), after(page), page.fetchSize());
		return page.window(rows, (order) -> Map.of("createdAt", order.createdAt(), "id", order.uuid()));
	}

	/** How many returns {@link #list} pages through. */
	public long count(ReturnFilter filter) {
		return queries.count(TenantContext.require(), filter, programId(filter));
	}

	private static @Nullable UUID programId(ReturnFilter filter) {
		return (filter.programId() == null) ? null : GlobalId.decode(filter.programId(), Program.TYPE).orElse(null);
	}

	private static ReturnQueries.@Nullable ReturnCursor after(PageRequest page) {
		if (page.fromStart()) {
			return null;
		}
		try {
			return new ReturnQueries.ReturnCursor(OffsetDateTime.parse(String.valueOf(page.after().get("createdAt"))),
					UUID.fromString(String.valueOf(page.after().get("id"))));
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

	public Optional<ReturnOrder> byId(UUID id) {
		return queries.byIds(List.of(id)).stream().findFirst();
	}

	/**
	 * Items of each return, with their parcel's reference, in one statement whatever the
	 * number of returns.
	 */
	public Map<UUID, List<ReturnItem>> itemsOf(Collection<UUID> returnIds) {
		return queries.items(returnIds);
	}

	public Map<UUID, List<Parcel>> parcelsOf(Collection<UUID> returnIds) {
		return queries.parcels(returnIds);
	}

	/**
	 * Customer contacts; only the shipper's policy admits these rows, so operators get
	 * none.
	 */
	public Map<UUID, CustomerContact> contactsOf(Collection<UUID> returnIds) {
		return queries.contacts(returnIds);
	}

	@Transactional
	public ReturnResult create(ReturnCreateInput input) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.SHIPPER)) {
			return failure(
					List.of(UserError.of("input", CommonErrorCode.NOT_PERMITTED, "Only shippers create returns")));
		}
		Violations form = ReturnRules.checkForm(input, LocalDate.now(clock));
		Optional<UUID> programId = (input.programId() == null) ? Optional.empty()
				: GlobalId.decode(input.programId(), Program.TYPE);
		if (programId.isEmpty()) {
			form.add("input.programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		if (!form.isEmpty()) {
			return failure(form.errors());
		}
		IdempotencyKeys.Claim claim = idempotencyKeys.claim(CREATE_OPERATION, input.idempotencyKey(), input.toString());
		if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
			return new ReturnResult(byId(replay.resultId()).orElseThrow(), List.of());
		}
		if (claim instanceof IdempotencyKeys.Claim.Reused) {
			return rollback(List.of(UserError.of("input.idempotencyKey", TenancyErrorCode.IDEMPOTENCY_KEY_REUSED,
					"This key was used with a different input")));
		}
		Optional<ProgramAdmission> admission = network.admission(programId.get());
		if (admission.isEmpty()) {
			return rollback(List.of(UserError.of("input.programId", CommonErrorCode.NOT_FOUND, "No such program")));
		}
		Violations rules = ReturnRules.checkAdmission(input, admission.get());
		if (orders.existsByShipperIdAndRmaNumber(tenant.orgId(), input.rmaNumber())) {
			rules.add("input.rmaNumber", CommonErrorCode.TAKEN, "Another return has this RMA number");
		}
		if (!rules.isEmpty()) {
			return rollback(rules.errors());
		}
		ReturnOrderEntity order = store(input, tenant, admission.get());
		idempotencyKeys.complete(CREATE_OPERATION, input.idempotencyKey(), order.id());
		return new ReturnResult(order.toReturnOrder(), List.of());
	}

	private ReturnOrderEntity store(ReturnCreateInput input, Tenant tenant, ProgramAdmission program) {
		ReturnOrderEntity order = orders.save(new ReturnOrderEntity(tenant.orgId(), program.operatorId(),
				program.programId(), input.rmaNumber(), input.reason(), input.reasonNote(), normalized(input.origin()),
				input.originalExport(), TrackingCodes.next(), tenant.userId(), now()));
		contacts.save(new ReturnContactEntity(order, input.customer()));
		Map<String, UUID> parcelIds = new HashMap<>();
		for (ReturnCreateInput.ParcelInput parcel : input.parcelsOrEmpty()) {
			parcelIds.put(parcel.reference(), parcels.save(new ParcelEntity(order, parcel)).id());
		}
		List<ReturnItemEntity> lines = new ArrayList<>();
		for (int i = 0; i < input.items().size(); i++) {
			ReturnCreateInput.ItemInput item = input.items().get(i);
			lines.add(new ReturnItemEntity(order, i + 1, item,
					(item.parcelReference() != null) ? parcelIds.get(item.parcelReference()) : null));
		}
		items.saveAll(lines);
		return order;
	}

	private static Address normalized(Address origin) {
		return new Address(origin.line1(), origin.line2(), origin.city(), origin.postalCode(), origin.region(),
				CountryCode.parse(origin.countryCode()).orElseThrow().value());
	}

	/**
	 * Moves a return along the state machine. Only its shipper may; a return the caller
	 * cannot see is NOT_FOUND, exactly like one that does not exist.
	 */
	@Transactional
	public ReturnResult transition(String returnId, ReturnStatus target, @Nullable String note) {
		Tenant tenant = TenantContext.require();
		Violations v = new Violations();
		if (!v.optionalText("input.note", note, 1000)) {
			return failure(v.errors());
		}
		Optional<UUID> id = GlobalId.decode(returnId, ReturnOrder.TYPE);
		Optional<ReturnOrderEntity> visible = id.flatMap(orders::findById);
		if (visible.isEmpty()) {
			return failure(List.of(UserError.of("input.returnId", CommonErrorCode.NOT_FOUND, "No such return")));
		}
		if (!visible.get().shipperId().equals(tenant.orgId())) {
			// The program's operator sees the return but may not change it.
			return failure(List.of(UserError.of("input.returnId", CommonErrorCode.NOT_PERMITTED,
					"Only the shipper changes a return")));
		}
		// Lock before checking the state, so concurrent transitions of one return queue
		// up. FOR UPDATE also
		// applies the update policies, which only the shipper passes.
		ReturnOrderEntity order = orders.findForUpdate(id.get()).orElseThrow();
		if (!order.status().canMoveTo(target)) {
			return failure(List.of(UserError.of("input.returnId", ReturnErrorCode.INVALID_TRANSITION,
					article(order.status()) + " " + order.status() + " return cannot become " + target)));
		}
		order.moveTo(target, note, now());
		return new ReturnResult(order.toReturnOrder(), List.of());
	}

	/** "An APPROVED return", "a REQUESTED return". */
	private static String article(ReturnStatus status) {
		return ("AEIOU".indexOf(status.name().charAt(0)) >= 0) ? "An" : "A";
	}

	private static ReturnResult failure(List<UserError> errors) {
		return new ReturnResult(null, errors);
	}

	/**
	 * Fails after the idempotency key was claimed: roll back so the key stays free for a
	 * corrected retry.
	 */
	private static ReturnResult rollback(List<UserError> errors) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return failure(errors);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
