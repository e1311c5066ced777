package io.homeward.platform.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live updates of a return or a load, for the subscriptions held by this instance.
 * <p>
 * Every instance hears every {@link TrackingNotice} (ids only, through Redis:
 * {@link TrackingNotices}) and hands it to each of its subscriptions that it may concern
 * (a cheap test on the ids). Each such subscription then reads the named events again,
 * bound to <em>its own</em> subscriber's tenant, resolved from the token when the
 * connection opened: one statement per message per subscriber, so row-level security
 * alone decides what each subscriber is shown, and nothing of the publisher's transaction
 * is ever passed on. A subscriber's messages are read one after the other, in the order
 * the notices arrived.
 * <p>
 * Reads run on a few threads of their own ({@link #READERS}), so that many subscribers
 * take no more of the connection pool than that, and requests keep the rest.
 */
@Service
public class TrackingSubscriptions implements DisposableBean {

	/**
	 * Threads that read for subscribers, so at most as many pooled connections (of 8):
	 * requests keep the others.
	 */
	static final int READERS = 2;

	/**
	 * Notices a subscription may have waiting for its reads; a subscriber that falls this
	 * far behind is ended ({@link Overrun}) rather than buffered without bound.
	 */
	static final int BACKLOG = 256;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final Scheduler reads = Schedulers.newBoundedElastic(READERS, 100_000, "tracking-updates");

	private final Map<Long, Local> local = new ConcurrentHashMap<>();

	private final AtomicLong keys = new AtomicLong();

	TrackingSubscriptions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** A subscriber fell {@link #BACKLOG} notices behind; its subscription ends. */
	public static final class Overrun extends RuntimeException {

		Overrun() {
			super("The subscriber fell " + BACKLOG + " messages behind");
		}

	}

	/**
	 * The updates of the return, for the current tenant; empty when it cannot see the
	 * return (or there is none), with one statement.
	 */
	public Optional<Flux<ReturnUpdate>> returnUpdates(UUID returnId) {
		Tenant tenant = TenantContext.require();
		Optional<UUID> operator = read(tenant,
				() -> jdbc.sql("select operator_id from return_order where id = :id")
					.param("id", returnId)
					.query(UUID.class)
					.optional());
		return operator.map((operatorId) -> updates(tenant, new OfReturn(returnId, operatorId),
				(wanted) -> returnEvents(returnId, wanted)));
	}

	/**
	 * The updates of the load, for the current tenant; empty when it cannot see the load
	 * (or there is none), with one statement.
	 */
	public Optional<Flux<LoadUpdate>> loadUpdates(UUID loadId) {
		Tenant tenant = TenantContext.require();
		boolean visible = read(tenant,
				() -> jdbc.sql("select 1 from load where id = :id").param("id", loadId).query(Integer.class).optional())
			.isPresent();
		return visible ? Optional.of(updates(tenant, new OfLoad(loadId), (wanted) -> loadEvents(loadId, wanted)))
				: Optional.empty();
	}

	/** How many subscriptions this instance holds (for tests and metrics). */
	int held() {
		return local.size();
	}

	/**
	 * Hands {@code notice} to each subscription it may concern. Called for every notice,
	 * on the listener's thread: no reads here.
	 */
	void deliver(TrackingNotice notice) {
		for (Local subscription : local.values()) {
			Wanted wanted = subscription.interest().wanted(notice);
			if (wanted != null) {
				subscription.offer(wanted);
			}
		}
	}

	private <T> Flux<T> updates(Tenant tenant, Interest interest, Function<Wanted, List<T>> reader) {
		return Flux.defer(() -> {
			Local subscription = new Local(interest,
					Sinks.many().unicast().onBackpressureBuffer(Queues.<Wanted>get(BACKLOG).get()));
			long key = keys.incrementAndGet();
			local.put(key, subscription);
			return subscription.sink()
				.asFlux()
				.concatMap((wanted) -> Mono.fromCallable(() -> read(tenant, () -> reader.apply(wanted)))
					.subscribeOn(reads))
				.concatMapIterable(Function.identity())
				.doFinally((signal) -> local.remove(key));
		});
	}

	/**
	 * Runs {@code work} in a read-only transaction bound to {@code tenant}, whatever
	 * thread this is.
	 */
	private <T> T read(Tenant tenant, Supplier<T> work) {
		return TenantContext.supplyAs(tenant, () -> readOnly.execute((status) -> work.get()));
	}

	/**
	 * Of the named events, those that reach the return as the bound tenant may read them:
	 * on its parcels, or inherited through the units and loads a parcel was inside at the
	 * event's time ({@code tracking_inherited_among}). One statement.
	 */
	private List<ReturnUpdate> returnEvents(UUID returnId, Wanted wanted) {
		if (wanted.events().isEmpty()) {
			return List.of();
		}
		List<TrackingEvent> events = jdbc.sql("""
				with hits as (
				    select e.id as hit_id, null::uuid as through_id, null::text as through_kind
				    from tracking_event e
				    where e.id = any(cast(:ids as uuid[])) and e.return_id = :return
				    union all
				    select t.event_id, t.through_id, t.through_kind
				    from tracking_inherited_among(array(select p.id from parcel p where p.return_id = :return),
				                                  cast(:ids as uuid[])) t)
				select distinct on (tracking_event.id)\s""" + TrackingEvents.COLUMNS + """
				, h.through_id, h.through_kind
				from tracking_event join hits h on h.hit_id = tracking_event.id
				order by tracking_event.id, h.through_id nulls first""")
			.param("ids", wanted.events().toArray(UUID[]::new))
			.param("return", returnId)
			.query((rs, row) -> {
				String kind = rs.getString("through_kind");
				return TrackingEvents.event(rs)
					.through((kind != null) ? SubjectKind.valueOf(kind) : null, rs.getObject("through_id", UUID.class));
			})
			.list();
		return events.stream().sorted(TIMELINE).map((event) -> new ReturnUpdate(returnId, event)).toList();
	}

	/**
	 * The load's status and, of the named events, those recorded on it, its units or its
	 * parcels while inside it that the bound tenant may read. One statement; no row when
	 * the tenant cannot see the load (any more).
	 */
	private List<LoadUpdate> loadEvents(UUID loadId, Wanted wanted) {
		List<LoadUpdate> rows = jdbc.sql("""
				select l.status as load_status, e.*
				from load l
				left join lateral (select\s""" + TrackingEvents.COLUMNS + """
				    from tracking_event
				    where id = any(cast(:ids as uuid[])) and in_load_id = l.id) e on true
				where l.id = :load
				order by e.event_time, e.record_time, e.seq""")
			.param("ids", wanted.events().toArray(UUID[]::new))
			.param("load", loadId)
			.query((rs, row) -> new LoadUpdate(loadId,
					(rs.getObject("id", UUID.class) != null) ? TrackingEvents.event(rs) : null,
					LoadStatus.valueOf(rs.getString("load_status"))))
			.list();
		List<LoadUpdate> updates = new ArrayList<>();
		rows.stream().filter((update) -> update.event() != null).forEach(updates::add);
		if (wanted.status() && !rows.isEmpty()) {
			updates.add(new LoadUpdate(loadId, null, rows.getFirst().status()));
		}
		return updates;
	}

	private static final Comparator<TrackingEvent> TIMELINE = Comparator
		.comparing((TrackingEvent event) -> event.eventTime().toInstant())
		.thenComparing(TrackingEvent::recordTime)
		.thenComparingLong(TrackingEvent::seq);

	@Override
	public void destroy() {
		reads.dispose();
	}

	/**
	 * What of a notice a subscription must read: some of its events, and whether the
	 * load's status changed.
	 */
	record Wanted(List<UUID> events, boolean status) {

	}

	/**
	 * Which part of a notice may concern a subscription, from the ids alone. It may say
	 * yes too often (the read then finds nothing), never no for an event the subscriber
	 * could see.
	 */
	sealed interface Interest permits OfReturn, OfLoad {

		@Nullable Wanted wanted(TrackingNotice notice);

	}

	/**
	 * A return hears of events on its own parcels, and of every event on a unit or load
	 * of its operator (one of its parcels may have been inside): all it may reach.
	 */
	record OfReturn(UUID returnId, UUID operatorId) implements Interest {

		@Override
		public @Nullable Wanted wanted(TrackingNotice notice) {
			List<UUID> events = notice.events()
				.stream()
				.filter((event) -> (event.returnId() != null) ? event.returnId().equals(returnId)
						: event.operator().equals(operatorId))
				.map(TrackingNotice.Event::id)
				.toList();
			return events.isEmpty() ? null : new Wanted(events, false);
		}

	}

	/**
	 * A load hears of the events whose subject was inside it when recorded (the load
	 * itself, its units, its parcels), and of its own status changes.
	 */
	record OfLoad(UUID loadId) implements Interest {

		@Override
		public @Nullable Wanted wanted(TrackingNotice notice) {
			List<UUID> events = notice.events()
				.stream()
				.filter((event) -> loadId.equals(event.load()))
				.map(TrackingNotice.Event::id)
				.toList();
			boolean status = loadId.equals(notice.loadChanged());
			return (events.isEmpty() && !status) ? null : new Wanted(events, status);
		}

	}

	/** One subscription held here. */
	private record Local(Interest interest, Sinks.Many<Wanted> sink) {

		/**
		 * Queues a read; a subscription whose queue is full is ended. Synchronized: a
		 * sink takes one emitter at a time.
		 */
		synchronized void offer(Wanted wanted) {
			if (sink.tryEmitNext(wanted) == Sinks.EmitResult.FAIL_OVERFLOW) {
				sink.tryEmitError(new Overrun());
			}
		}

	}

}
