package io.homeward.platform.shared.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.shared.ratelimit.RateLimit;
import io.homeward.platform.shared.ratelimit.RateLimiter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost rate limits against the real Redis the platform's instances share: a bucket
 * drained (as another instance's requests would drain it) refuses the next operation of
 * its organization or user with 429, {@code Retry-After} and {@code RATE_LIMITED}, before
 * it runs, and nobody else's. Each test gives the tokens back, so that the suite's users
 * are not left limited.
 */
@IntegrationTest
class CostRateLimitsIntegrationTests {

	private static final String RETURNS = "{ returns(first: 5) { edges { node { rmaNumber } } } }";

	@LocalServerPort
	int port;

	@Autowired
	CostRateLimits limits;

	@Autowired
	RateLimiter limiter;

	/** The Keycloak id of a demo user, from its token. */
	static String subject(String username) {
		String payload = Api.token(username).split("\\.")[1];
		return JsonPath.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).read("$.sub");
	}

	/** Empties the bucket, and more: the refill during the test cannot fill it. */
	private void drain(RateLimit limit, String key) {
		this.limiter.charge(limit, key, 2 * limit.capacity());
		assertThat(this.limiter.consume(limit, key, 1).allowed()).isFalse();
	}

	private void refill(RateLimit limit, String key) {
		this.limiter.refund(limit, key, 2 * limit.capacity());
	}

	@Test
	void aUserWhoseBucketIsEmptyIsRefusedAndItsColleagueIsNot() {
		String clerk = Fixtures.ACME + ":" + subject("acme-clerk");
		assertThat(Api.as(port, "acme-clerk").execute(RETURNS).status()).isEqualTo(200);
		drain(this.limits.users(), clerk);
		try {
			Api.Result refused = Api.as(port, "acme-clerk").execute(RETURNS);
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("RATE_LIMITED");
			assertThat(refused.read("$.errors[0].extensions.retryAfterSeconds", Integer.class)).isPositive();
			assertThat(refused.body()).doesNotContain("rmaNumber");
			// The same organization, another user: served.
			Api.Result colleague = Api.as(port, "acme").execute(RETURNS);
			assertThat(colleague.status()).isEqualTo(200);
			assertThat(colleague.read("$.data.returns.edges", java.util.List.class)).isNotEmpty();
		}
		finally {
			refill(this.limits.users(), clerk);
		}
		assertThat(Api.as(port, "acme-clerk").execute(RETURNS).status()).isEqualTo(200);
	}

	@Test
	void anOrganizationWhoseBucketIsEmptyIsRefusedForEachOfItsUsersAndNoOtherOrganization() {
		String acme = Fixtures.ACME.toString();
		drain(this.limits.organizations(), acme);
		try {
			for (String user : new String[] { "acme", "acme-clerk" }) {
				Api.Result refused = Api.as(port, user).execute(RETURNS);
				assertThat(refused.status()).as(user).isEqualTo(429);
				assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("RATE_LIMITED");
			}
			assertThat(Api.as(port, "globex").execute(RETURNS).status()).isEqualTo(200);
			// Mutations are charged too.
			Api.Result mutation = Api.as(port, "acme")
				.execute("mutation { programLeave(input: {programId: \"bm8\"}) { userErrors { code } } }");
			assertThat(mutation.status()).isEqualTo(429);
		}
		finally {
			refill(this.limits.organizations(), acme);
		}
		assertThat(Api.as(port, "acme").execute(RETURNS).status()).isEqualTo(200);
	}

	@Test
	void anOperationIsChargedItsCostNotOne() {
		String clerk = Fixtures.ACME + ":" + subject("acme-clerk");
		RateLimit users = this.limits.users();
		Api.as(port, "acme-clerk").execute(RETURNS);
		long started = System.nanoTime();
		long before = this.limiter.consume(users, clerk, 1).remaining();
		// 1 + (1 + 100 rows × (node 1 + rmaNumber 1 + items 1 + sku 1)) = 402.
		Api.as(port, "acme-clerk").execute("{ returns(first: 100) { edges { node { rmaNumber items { sku } } } } }");
		long after = this.limiter.consume(users, clerk, 1).remaining();
		// What the bucket refilled meanwhile, at most (the suite's buckets fill in a
		// week).
		double refilled = (double) users.capacity() * (System.nanoTime() - started) / users.period().toNanos();
		long charged = before - after - 1;
		assertThat(charged).isLessThanOrEqualTo(402L).isGreaterThanOrEqualTo(402L - (long) Math.ceil(refilled));
	}

}
