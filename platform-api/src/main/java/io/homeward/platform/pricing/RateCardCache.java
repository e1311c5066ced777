package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rate cards and negotiated adjustments in Redis.
 * <p>
 * Keys: {@code hw:ratecard:{lane}:active} holds the version in force,
 * {@code hw:ratecard:{lane}:v{n}} the card of that version (immutable, so it never needs
 * invalidating), and {@code hw:t:{org}:adjustment:{program}} an organization's own
 * adjustment, so one shipper's price is never read under another's key. Cards carry no
 * organization: {@link RateCards#active} asks only for callers that PostgreSQL would show
 * the card to. A committed publish deletes the lane's pointer
 * ({@link RateCardPublished}); every instance reads the same Redis, so the next read on
 * any of them loads the new version.
 * <p>
 * Redis is an accelerator, never a dependency: any Redis failure falls back to
 * PostgreSQL, and for a short while after one the cache is not asked at all, so a Redis
 * outage costs each request at most one command timeout once, not one per request.
 * Concurrent misses of one key in this instance share a single database load.
 */
@Component
class RateCardCache {

	private static final Logger log = LoggerFactory.getLogger(RateCardCache.class);

	static final Duration POINTER_TTL = Duration.ofMinutes(1);

	static final Duration CARD_TTL = Duration.ofHours(1);

	static final Duration ADJUSTMENT_TTL = Duration.ofMinutes(5);

	static final Duration BACKOFF = Duration.ofSeconds(2);

	private static final String NONE = "none";

	private final StringRedisTemplate redis;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	private final ConcurrentMap<String, CompletableFuture<?>> loading = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	private final Counter fallbacks;

	private final Clock clock = Clock.systemUTC();

	private volatile long skipRedisUntil;

	RateCardCache(StringRedisTemplate redis, MeterRegistry meters) {
		this.redis = redis;
		this.hits = meters.counter("homeward.pricing.cache", "result", "hit");
		this.misses = meters.counter("homeward.pricing.cache", "result", "miss");
		this.fallbacks = meters.counter("homeward.pricing.cache", "result", "fallback");
	}

	static String pointerKey(UUID laneId) {
		return "hw:ratecard:" + laneId + ":active";
	}

	static String cardKey(UUID laneId, int version) {
		return "hw:ratecard:" + laneId + ":v" + version;
	}

	static String adjustmentKey(UUID orgId, UUID programId) {
		return "hw:t:" + orgId + ":adjustment:" + programId;
	}

	/** The card in force on a lane, from Redis or else from {@code load}. */
	Optional<RateCard> activeCard(UUID laneId, Supplier<Optional<RateCard>> load) {
		Optional<RateCard> cached = cachedCard(laneId);
		if (cached.isPresent()) {
			hits.increment();
			return cached;
		}
		String pointer = pointerKey(laneId);
		return once(pointer, () -> {
			// A load that finished after our read above has already written Redis: look
			// again first.
			Optional<RateCard> meanwhile = cachedCard(laneId);
			if (meanwhile.isPresent()) {
				return meanwhile;
			}
			Optional<RateCard> loaded = load.get();
			loaded.ifPresent((card) -> {
				write(cardKey(laneId, card.version()), json.writeValueAsString(card), CARD_TTL);
				write(pointer, Integer.toString(card.version()), pointerTtl(card));
			});
			return loaded;
		});
	}

	/**
	 * No longer than the card is in force, so a successor dated in advance takes over on
	 * time.
	 */
	private Duration pointerTtl(RateCard card) {
		if (card.validTo() == null) {
			return POINTER_TTL;
		}
		Duration left = Duration.between(clock.instant(), card.validTo().toInstant());
		if (left.compareTo(Duration.ofMillis(1)) < 0) {
			// Ended while it was being loaded: point at it as briefly as Redis allows.
			return Duration.ofMillis(1);
		}
		return (left.compareTo(POINTER_TTL) < 0) ? left : POINTER_TTL;
	}

	private Optional<RateCard> cachedCard(UUID laneId) {
		return read(pointerKey(laneId)).flatMap((version) -> read(cardKey(laneId, Integer.parseInt(version))))
			.map((card) -> json.readValue(card, RateCard.class));
	}

	/**
	 * An organization's adjustment in a program (percent of freight), zero when it has
	 * none.
	 */
	BigDecimal adjustment(UUID orgId, UUID programId, Supplier<Optional<BigDecimal>> load) {
		String key = adjustmentKey(orgId, programId);
		Optional<String> cached = read(key);
		if (cached.isPresent()) {
			hits.increment();
			return cached.get().equals(NONE) ? BigDecimal.ZERO : new BigDecimal(cached.get());
		}
		return once(key, () -> {
			Optional<String> meanwhile = read(key);
			if (meanwhile.isPresent()) {
				return meanwhile.get().equals(NONE) ? BigDecimal.ZERO : new BigDecimal(meanwhile.get());
			}
			Optional<BigDecimal> loaded = load.get();
			write(key, loaded.map(BigDecimal::toPlainString).orElse(NONE), ADJUSTMENT_TTL);
			return loaded.orElse(BigDecimal.ZERO);
		});
	}

	/**
	 * After a publish commits, the next read of the lane on any instance loads the new
	 * version. Not before: a read between the eviction and the commit would load the old
	 * version again and point at it for a minute; and not at all when the publish rolls
	 * back. The event names the publishing organization, but nothing here reads the
	 * database, so no tenant needs binding.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void evict(RateCardPublished published) {
		UUID laneId = published.laneId();
		if (redisSkipped()) {
			// The pointer expires within POINTER_TTL; until then an instance may quote
			// the old version.
			log.warn("Redis unavailable: lane {} pointer not evicted, it expires within {}", laneId, POINTER_TTL);
			return;
		}
		try {
			redis.delete(pointerKey(laneId));
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
		}
	}

	/** Runs {@code load} once for concurrent callers of the same key in this instance. */
	@SuppressWarnings("unchecked")
	private <T> T once(String key, Supplier<T> load) {
		misses.increment();
		CompletableFuture<T> mine = new CompletableFuture<>();
		CompletableFuture<T> running = (CompletableFuture<T>) loading.putIfAbsent(key, mine);
		if (running != null) {
			return running.join();
		}
		try {
			T value = load.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			loading.remove(key, mine);
		}
	}

	private Optional<String> read(String key) {
		if (redisSkipped()) {
			fallbacks.increment();
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(redis.opsForValue().get(key));
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
			fallbacks.increment();
			return Optional.empty();
		}
	}

	private void write(String key, String value, Duration ttl) {
		if (redisSkipped()) {
			return;
		}
		try {
			redis.opsForValue().set(key, value, ttl);
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
		}
	}

	private boolean redisSkipped() {
		return clock.millis() < skipRedisUntil;
	}

	private void redisFailed(RuntimeException ex) {
		skipRedisUntil = clock.millis() + BACKOFF.toMillis();
		log.warn("Redis unavailable ({}); serving prices from PostgreSQL for {}", ex.getClass().getSimpleName(),
				BACKOFF);
	}

}
