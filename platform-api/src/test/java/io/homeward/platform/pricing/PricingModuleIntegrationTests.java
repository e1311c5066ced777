package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.Fixtures;
import io.homeward.platform.ModuleIntegrationTest;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pricing module with the modules it depends on (network, tenancy, shared) and
 * nothing else, against the real PostgreSQL and Redis: publishing registers
 * {@link RateCardPublished}, the cache evicts the lane's pointer only once the
 * publication commits, a card is checked as a whole, and the cache answers only callers
 * that PostgreSQL would show the card to.
 */
@ModuleIntegrationTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PricingModuleIntegrationTests {

	/** SGN-RTM-SEA: no other test publishes on it. */
	static final UUID LANE = UUID.fromString("b0000000-0000-4000-8000-000000000005");

	static final Tenant OPERATOR = Fixtures.tenant(Fixtures.OPERATOR, OrganizationKind.OPERATOR);

	@Autowired
	RateCards rateCards;

	@Autowired
	NetworkCatalog network;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void aPointerIsCached() {
		redis.opsForValue().set(RateCardCache.pointerKey(LANE), "1");
	}

	@Test
	void aCommittedPublicationRegistersTheEventAndThenEvictsTheLanesPointer(Scenario scenario) throws Exception {
		int before = versions();
		TenantContext.callAs(OPERATOR, () -> {
			scenario.stimulate(() -> rateCards.publish(card(OffsetDateTime.parse("2050-01-01T00:00:00Z"))))
				.andWaitForEventOfType(RateCardPublished.class)
				.matching((published) -> published.laneId().equals(LANE))
				.toArriveAndVerify((published, outcome) -> {
					assertThat(outcome.errors()).isEmpty();
					assertThat(published.operatorId()).isEqualTo(Fixtures.OPERATOR);
					assertThat(published.version()).isEqualTo(before + 1).isEqualTo(outcome.valueOrNull().version());
					assertThat(redis.hasKey(RateCardCache.pointerKey(LANE))).as("evicted after the commit").isFalse();
				});
			return null;
		});
		assertThat(versions()).isEqualTo(before + 1);
	}

	@Test
	void aPublicationThatRollsBackEvictsNothing() throws Exception {
		int before = versions();
		Outcome<RateCard> outcome = TenantContext.callAs(OPERATOR,
				() -> new TransactionTemplate(transactions).execute((status) -> {
					Outcome<RateCard> published = rateCards.publish(card(OffsetDateTime.parse("2051-01-01T00:00:00Z")));
					status.setRollbackOnly();
					return published;
				}));
		assertThat(outcome.errors()).as("the publication itself succeeded").isEmpty();
		assertThat(versions()).as("and was rolled back").isEqualTo(before);
		assertThat(redis.opsForValue().get(RateCardCache.pointerKey(LANE))).isEqualTo("1");
	}

	@Test
	void aCardIsCheckedAsAWholeAndNothingIsPublished() throws Exception {
		int before = versions();
		OffsetDateTime from = OffsetDateTime.parse("2052-01-01T00:00:00Z");
		RateCardPublish bad = new RateCardPublish(LANE, null, from, from.minusDays(1),
				List.of(new WeightBreak(d("0"), d("1.23456"))), d("10.00"), d("5"),
				new Accessorials(d("1"), d("-1"), d("1")), d("1000"));
		Outcome<RateCard> outcome = TenantContext.callAs(OPERATOR, () -> rateCards.publish(bad));
		assertThat(outcome.errors()).extracting((error) -> String.join(".", error.field()) + " " + error.code())
			.containsExactly("currency INVALID_CURRENCY", "breaks.0.pricePerKg INVALID", "accessorials.pickup INVALID",
					"validTo INVALID");
		assertThat(versions()).isEqualTo(before);
		assertThat(redis.opsForValue().get(RateCardCache.pointerKey(LANE))).isEqualTo("1");
	}

	@Test
	void aCachedCardIsServedOnlyToCallersThatPostgresWouldShowItTo() throws Exception {
		redis.delete(RateCardCache.pointerKey(LANE));
		Lane lane = TenantContext.callAs(OPERATOR, () -> network.lane(LANE)).orElseThrow();
		assertThat(TenantContext.callAs(OPERATOR, () -> rateCards.active(lane))).isPresent();
		assertThat(redis.hasKey(RateCardCache.pointerKey(LANE))).as("cached by the operator's read").isTrue();
		// A competitor and a carrier: their reads go to PostgreSQL, which shows them no
		// card, although the card is in Redis.
		Tenant rival = Fixtures.tenant(UUID.fromString("55555555-5555-4555-8555-555555555555"),
				OrganizationKind.OPERATOR);
		Tenant carrier = Fixtures.tenant(Fixtures.CARRIER, OrganizationKind.CARRIER);
		assertThat(TenantContext.callAs(rival, () -> rateCards.active(lane))).isEmpty();
		assertThat(TenantContext.callAs(carrier, () -> rateCards.active(lane))).isEmpty();
		// A shipper is served from the cache.
		Tenant acme = Fixtures.tenant(Fixtures.ACME, OrganizationKind.SHIPPER);
		assertThat(TenantContext.callAs(acme, () -> rateCards.active(lane))).isPresent();
	}

	int versions() throws Exception {
		int count = TenantContext.callAs(OPERATOR, () -> rateCards.ofLane(LANE)).size();
		assertThat(count).as("the demo's card at least").isPositive();
		return count;
	}

	static RateCardPublish card(OffsetDateTime from) {
		return new RateCardPublish(LANE, Currency.getInstance("EUR"), from, from.plusMonths(1),
				List.of(new WeightBreak(d("0"), d("0.40")), new WeightBreak(d("1000"), d("0.30"))), d("150.00"), d("8"),
				new Accessorials(d("60"), d("30"), d("55")), d("21700"));
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
