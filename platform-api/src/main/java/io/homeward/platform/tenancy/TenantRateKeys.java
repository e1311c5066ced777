package io.homeward.platform.tenancy;

import java.util.Map;

import io.homeward.platform.shared.graphql.RateLimited;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Names the caller's organization and the caller for the cost rate limits: the keys of
 * their buckets, from the authenticated tenant, never from anything the request says. A
 * user's key is within its organization, so one Keycloak user in two organizations (were
 * the realm to allow it) would have a bucket in each.
 */
@Component
class TenantRateKeys implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		TenantContext.current()
			.ifPresent(
					(tenant) -> request.configureExecutionInput((input, builder) -> builder
						.graphQLContext(Map.of(RateLimited.ORGANIZATION_KEY, tenant.orgId().toString(),
								RateLimited.USER_KEY, tenant.orgId() + ":" + tenant.userId()))
						.build()));
		return chain.next(request);
	}

}
