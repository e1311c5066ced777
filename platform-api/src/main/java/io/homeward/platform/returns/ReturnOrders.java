package io.homeward.platform.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The returns module's API. Reads are projections, batched by return id for GraphQL, and
 * show a return's personal data (street address, notes, customer) to its shipper only.
 * Commands answer with an {@link Outcome}: the return, or every problem found with
 * nothing stored. Any member of a shipper may create and move its returns: they are
 * day-to-day work, not administration.
 */
@Service
public class ReturnOrders {

	/** The unique key of a return's RMA number within its shipper (returns V1). */
	static final String RMA_KEY = "return_order_shipper_id_rma_number_key";

	private final ReturnQueries queries;

	private final ReturnCommands commands;

	private final Clock clock;

	ReturnOrders(ReturnQueries queries, ReturnCommands commands) {
		this.queries = queries;
		this.commands = commands;
		this.clock = Clock.systemUTC();
	}

	/**
	 * A page of returns, newest first. Row-level security decides visibility; the
	 * explicit organization predicate only lets PostgreSQL use the right index. The total
	 * is counted only if asked for.
	 */
	@Transactional(readOnly = true)
	public Window<ReturnOrder> list(ReturnFilter filter, PageRequest page) {
		Tenant tenant = TenantContext.require();
		List<ReturnOrder> rows = queries.page(tenant, filter, after(page), page.fetchSize());
		return page.window(rows, (order) -> Map.of("createdAt", order.createdAt(), "id", order.uuid()));
	}

	/** How many returns {@link #list} pages through. */
	@Transactional(readOnly = true)
	public long count(ReturnFilter filter) {
		return queries.count(TenantContext.require(), filter);
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

	@Transactional(readOnly = true)
	public Optional<ReturnOrder> byId(UUID id) {
		return queries.byIds(List.of(id)).stream().findFirst();
	}

	/**
	 * Items of each return, with their parcel's reference, in one statement whatever the
	 * number of returns.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<ReturnItem>> itemsOf(Collection<UUID> returnIds) {
		return queries.items(returnIds);
	}

	@Transactional(readOnly = true)
	public Map<UUID, List<Parcel>> parcelsOf(Collection<UUID> returnIds) {
		return queries.parcels(returnIds);
	}

	/**
	 * Customer contacts; only the shipper's policy admits these rows, so operators get
	 * none.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, CustomerContact> contactsOf(Collection<UUID> returnIds) {
		return queries.contacts(returnIds);
	}

	/**
	 * Creates a return in a program the calling shipper is an active member of. The form
	 * is checked first, every problem at once and without touching the database; then the
	 * idempotency key, the program's rules and the RMA number, in one transaction that
	 * stores nothing, not even the key, when any of them refuses. A replay of the key
	 * with the same command answers the return the first call created, as it is now;
	 * through the API, the adapter answers with the first call's stored payload instead
	 * (ADR 0009).
	 * <p>
	 * The RMA number's check cannot see a return a concurrent transaction is inserting
	 * (under another idempotency key, or none); the insert then waits on the unique key
	 * and is refused once that one commits, and the refusal is the check's {@code TAKEN}.
	 * The violation has doomed the transaction, whoever began it: the service's own, or
	 * the keyed mutation field's, which the exception marks rollback-only on its way out
	 * of {@link ReturnCommands}, so the key is released and nothing is stored, as for any
	 * other refusal.
	 */
	public Outcome<ReturnOrder> create(ReturnCreate command) {
		if (!TenantContext.require().is(OrganizationKind.SHIPPER)) {
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED, "Only shippers create returns");
		}
		Outcome<ReturnDraft> form = ReturnRules.checkForm(command, LocalDate.now(clock));
		if (!(form instanceof Outcome.Done<ReturnDraft> draft)) {
			return Outcome.refused(form.errors());
		}
		try {
			return refusable(() -> commands.create(draft.value(), command.toString()));
		}
		catch (DataAccessException ex) {
			if (UniqueKeys.violated(ex, RMA_KEY)) {
				return Outcome.refused("rmaNumber", CommonErrorCode.TAKEN, "Another return has this RMA number");
			}
			throw ex;
		}
	}

	/**
	 * Moves a return along the state machine. Only its shipper may; the program's
	 * operator gets NOT_PERMITTED, and a return the caller cannot see is NOT_FOUND,
	 * exactly like one that does not exist.
	 */
	public Outcome<ReturnOrder> transition(ReturnTransition command) {
		Violations form = new Violations();
		if (!form.optionalText("note", command.note(), 1000)) {
			return Outcome.refused(form);
		}
		return refusable(() -> commands.transition(command));
	}

	/** Runs a transactional command; a refusal has rolled its transaction back. */
	private static Outcome<ReturnOrder> refusable(Supplier<ReturnOrder> command) {
		try {
			return Outcome.done(command.get());
		}
		catch (Refusal refusal) {
			return Outcome.refused(refusal.errors());
		}
	}

}
