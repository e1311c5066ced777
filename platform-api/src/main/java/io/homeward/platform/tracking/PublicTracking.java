package io.homeward.platform.tracking;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.returns.ReturnLabels;

import io.homeward.platform.shared.ratelimit.RateDecision;
import io.homeward.platform.shared.ratelimit.RateLimit;
import io.homeward.platform.shared.ratelimit.RateLimitUnavailableException;
import io.homeward.platform.shared.ratelimit.RateLimiter;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public tracking: a return's timeline, and its label, for anyone holding its tracking
 * code, with no login (docs/domain/tracking-public.md).
 * <p>
 * A code names its return through {@code tracking_return_by_code}, the one way from a
 * code to a return without a bound organization. The return's public timeline is then
 * read as its shipper, under the shipper's own policies, by a reader with no user and no
 * roles, and cut down to {@link PublicReturnTrack}, which has no field for anything
 * personal or commercial.
 * <p>
 * Two limits per client address, kept in Redis and shared by every instance, stand
 * against enumeration: {@link #LOOKUPS} caps how often one client may ask at all, and
 * {@link #MISSES} how many codes that name nothing it may try. A miss is charged before
 * the lookup (so that a client out of misses learns nothing, not even that a code it
 * tries is right) and given back on a hit, so a customer checking a real code again and
 * again never runs out of misses. Without Redis the limits cannot be checked and the
 * lookup is refused: unlimited guessing is what they exist to prevent.
 * <p>
 * Each step runs in a read-only transaction of its own ({@code REQUIRES_NEW}): the lookup
 * bound to nobody, the timeline bound to the return's shipper. Joining the caller's
 * transaction, had an authenticated caller asked at {@code /graphql}, would read under
 * the caller's binding instead.
 */
@Service
public class PublicTracking {

	/** Any question at all, per client: a page refreshing every two seconds passes. */
	static final RateLimit LOOKUPS = new RateLimit("public-track", 30, Duration.ofMinutes(1));

	/** Codes that name no return, per client: typing mistakes pass, guessing does not. */
	static final RateLimit MISSES = new RateLimit("public-track-miss", 10, Duration.ofMinutes(10));

	/** The user public reads run as, in logs and in the statements' binding. */
	static final String READER = "public-tracking";

	private final RateLimiter limiter;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final ReturnTimelines timelines;

	private final NetworkCatalog network;

	private final ReturnLabels labels;

	PublicTracking(RateLimiter limiter, JdbcClient jdbc, PlatformTransactionManager transactions,
			ReturnTimelines timelines, NetworkCatalog network, ReturnLabels labels) {
		this.limiter = limiter;
		this.labels = labels;
		this.jdbc = jdbc;
		this.timelines = timelines;
		this.network = network;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setName("public tracking");
	}

	/** What a question about a tracking code found. */
	public sealed interface Answer {

		/** The return's public timeline. */
		record Found(PublicReturnTrack track) implements Answer {
		}

		/** Not a tracking code at all: nothing was looked up, no miss charged. */
		record Malformed() implements Answer {
		}

		/** A well-formed code of no return: one miss charged. */
		record Unknown() implements Answer {
		}

		/** Asked too often: nothing was looked up. */
		record Limited(long retryAfterSeconds) implements Answer {
		}

	}

	/**
	 * Answers the question of {@code client} (its address) about {@code typedCode}, as it
	 * was typed.
	 * @throws RateLimitUnavailableException when the limits cannot be checked
	 */
	public Answer track(String typedCode, String client) {
		return switch (lookUp(typedCode, client)) {
			case Lookup.Malformed malformed -> new Answer.Malformed();
			case Lookup.Unknown unknown -> new Answer.Unknown();
			case Lookup.Limited limited -> new Answer.Limited(limited.retryAfterSeconds());
			case Lookup.Hit hit -> {
				PublicReturnTrack track = asShipper(hit.at(), () -> publicTrack(hit.code(), hit.at().returnId()));
				// The code named the return a moment ago; a return gone since then is
				// unknown now.
				yield (track != null) ? new Answer.Found(track) : new Answer.Unknown();
			}
		};
	}

	/** What a download of a return's label found. */
	public sealed interface LabelAnswer {

		/** The label, as a PDF. */
		record Found(byte[] pdf) implements LabelAnswer {
		}

		/** Malformed, or of no return: the two answer alike over HTTP (404). */
		record Unknown() implements LabelAnswer {
		}

		record Limited(long retryAfterSeconds) implements LabelAnswer {
		}

	}

	/**
	 * The label of the return {@code typedCode} names, for whoever holds the code, under
	 * the same limits as {@link #track}: a download is one more question about a code, so
	 * labels buy no extra guesses. The label's QR code opens {@code trackUrl}.
	 * @throws RateLimitUnavailableException when the limits cannot be checked
	 */
	public LabelAnswer label(String typedCode, String client, Function<String, String> trackUrl) {
		return switch (lookUp(typedCode, client)) {
			case Lookup.Malformed malformed -> new LabelAnswer.Unknown();
			case Lookup.Unknown unknown -> new LabelAnswer.Unknown();
			case Lookup.Limited limited -> new LabelAnswer.Limited(limited.retryAfterSeconds());
			case Lookup.Hit hit -> {
				Optional<byte[]> pdf = asShipper(hit.at(),
						() -> this.labels.labelPdf(hit.at().returnId(), trackUrl.apply(hit.code())));
				yield (pdf != null && pdf.isPresent()) ? new LabelAnswer.Found(pdf.get()) : new LabelAnswer.Unknown();
			}
		};
	}

	/**
	 * The limits, then the code's return: a miss is charged before the lookup and given
	 * back on a hit.
	 */
	private Lookup lookUp(String typedCode, String client) {
		RateDecision asked = this.limiter.consume(LOOKUPS, client, 1);
		if (!asked.allowed()) {
			return new Lookup.Limited(asked.retryAfterSeconds());
		}
		Optional<String> code = TrackingCode.normalize(typedCode);
		if (code.isEmpty()) {
			return new Lookup.Malformed();
		}
		RateDecision miss = this.limiter.consume(MISSES, client, 1);
		if (!miss.allowed()) {
			return new Lookup.Limited(miss.retryAfterSeconds());
		}
		Optional<Located> located = this.readOnly.execute((status) -> locate(code.get()));
		if (located == null || located.isEmpty()) {
			return new Lookup.Unknown();
		}
		this.limiter.refund(MISSES, client, 1);
		return new Lookup.Hit(code.get(), located.get());
	}

	/**
	 * Reads in a transaction of its own bound to the return's shipper, as a reader with
	 * no user and no roles.
	 */
	private <T> @Nullable T asShipper(Located at, Supplier<@Nullable T> read) {
		Tenant reader = Tenant.acting(at.shipperId(), OrganizationKind.SHIPPER, READER);
		return TenantContext.supplyAs(reader, () -> this.readOnly.execute((status) -> read.get()));
	}

	private sealed interface Lookup {

		record Hit(String code, Located at) implements Lookup {
		}

		record Malformed() implements Lookup {
		}

		record Unknown() implements Lookup {
		}

		record Limited(long retryAfterSeconds) implements Lookup {
		}

	}

	private @Nullable PublicReturnTrack publicTrack(String code, UUID returnId) {
		Optional<ReturnTimeline> timeline = this.timelines.timeline(returnId, ReturnTimelines.Detail.PUBLIC);
		if (timeline.isEmpty()) {
			return null;
		}
		Set<UUID> hubIds = timeline.get()
			.events()
			.stream()
			.map(TrackingEvent::readPointHubId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, Hub> hubs = hubIds.isEmpty() ? Map.of() : this.network.hubsByIds(hubIds);
		return PublicReturnTrack.of(code, timeline.get(), hubs);
	}

	private Optional<Located> locate(String code) {
		return this.jdbc.sql("select shipper_id, return_id from tracking_return_by_code(:code)")
			.param("code", code)
			.query((rs, row) -> new Located(rs.getObject("shipper_id", UUID.class),
					rs.getObject("return_id", UUID.class)))
			.optional();
	}

	private record Located(UUID shipperId, UUID returnId) {
	}

}
