package io.homeward.platform.shared.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.cluster.RedisClusterClient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Token buckets in Redis, through Bucket4j's Lettuce integration: each check is one
 * compare-and-swap round trip on the bucket's key, so every instance of the platform
 * shares the same buckets and a client cannot multiply its allowance by the number of
 * instances. Keys expire once their bucket would be full again, so idle clients cost
 * Redis nothing.
 * <p>
 * The Lettuce client is the one Boot configured (its fail-fast options included: while
 * Redis is away a check fails at once instead of queueing), taken from the connection
 * factory when first needed, since the factory starts its client with the context.
 */
@Component
public class RateLimiter {

	private static final String PREFIX = "homeward:rate:";

	private final LettuceConnectionFactory connections;

	private final Map<RateLimit, BucketConfiguration> configurations = new ConcurrentHashMap<>();

	private volatile @Nullable Buckets buckets;

	RateLimiter(LettuceConnectionFactory connections) {
		this.connections = connections;
	}

	/**
	 * Takes {@code tokens} from the bucket of {@code limit} for {@code key} (a client
	 * address, an organization): allowed when there were enough, otherwise nothing is
	 * taken and the decision says how long to wait.
	 * @throws RateLimitUnavailableException when Redis cannot answer
	 */
	public RateDecision consume(RateLimit limit, String key, long tokens) {
		ConsumptionProbe probe;
		try {
			probe = bucket(limit, key).tryConsumeAndReturnRemaining(tokens);
		}
		catch (RuntimeException ex) {
			throw new RateLimitUnavailableException(ex);
		}
		return new RateDecision(probe.isConsumed(), probe.getRemainingTokens(),
				Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Takes {@code tokens} from the bucket of {@code limit} for {@code key} whatever it
	 * holds, into debt if need be: for work already done that must still count (and for
	 * tests that empty a bucket for longer than its refill takes to matter).
	 * @throws RateLimitUnavailableException when Redis cannot answer
	 */
	public void charge(RateLimit limit, String key, long tokens) {
		try {
			bucket(limit, key).consumeIgnoringRateLimits(tokens);
		}
		catch (RuntimeException ex) {
			throw new RateLimitUnavailableException(ex);
		}
	}

	/**
	 * Gives {@code tokens} back to the bucket of {@code limit} for {@code key}, never
	 * beyond its capacity: for a limit that charges up front what only some outcomes cost
	 * (a lookup that may miss), and returns the charge when the outcome costs nothing.
	 * @throws RateLimitUnavailableException when Redis cannot answer
	 */
	public void refund(RateLimit limit, String key, long tokens) {
		try {
			bucket(limit, key).addTokens(tokens);
		}
		catch (RuntimeException ex) {
			throw new RateLimitUnavailableException(ex);
		}
	}

	private BucketProxy bucket(RateLimit limit, String key) {
		BucketConfiguration configuration = this.configurations.computeIfAbsent(limit, RateLimiter::configuration);
		byte[] redisKey = (PREFIX + limit.name() + ":" + key).getBytes(StandardCharsets.UTF_8);
		return buckets().builder().build(redisKey, () -> configuration);
	}

	private static BucketConfiguration configuration(RateLimit limit) {
		return BucketConfiguration.builder()
			.addLimit(
					(bandwidth) -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
			.build();
	}

	private ProxyManager<byte[]> buckets() {
		Buckets made = this.buckets;
		if (made == null || !made.connection().isOpen()) {
			synchronized (this) {
				made = this.buckets;
				if (made == null || !made.connection().isOpen()) {
					if (made != null) {
						made.connection().closeAsync();
					}
					made = Buckets.connect(this.connections.getNativeClient());
					this.buckets = made;
				}
			}
		}
		return made.proxies();
	}

	/**
	 * The buckets' proxy manager on a connection of the limiter's own. Lettuce reconnects
	 * a connection that loses Redis, but one it has closed stays closed (seen when Redis
	 * was restarted while requests were failing on it), so a closed connection is
	 * replaced at the next check: the check that finds it fails, the next one connects
	 * anew.
	 */
	private record Buckets(StatefulConnection<byte[], byte[]> connection, ProxyManager<byte[]> proxies) {

		static Buckets connect(@Nullable AbstractRedisClient client) {
			ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
				.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));
			if (client instanceof RedisClient standalone) {
				StatefulRedisConnection<byte[], byte[]> connection = standalone.connect(ByteArrayCodec.INSTANCE);
				return new Buckets(connection,
						Bucket4jLettuce.casBasedBuilder(connection).expirationAfterWrite(expiry).build());
			}
			if (client instanceof RedisClusterClient cluster) {
				StatefulRedisClusterConnection<byte[], byte[]> connection = cluster.connect(ByteArrayCodec.INSTANCE);
				return new Buckets(connection,
						Bucket4jLettuce.casBasedBuilder(connection).expirationAfterWrite(expiry).build());
			}
			throw new IllegalStateException("The Redis connection factory has no started Lettuce client");
		}

	}

}
