package io.homeward.platform.tenancy;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * A caller authenticated by a Keycloak token that names a valid organization: the
 * principal is the {@link Tenant}, the credentials the validated token. Produced by the
 * resource server's JWT converter ({@link TenantAuthenticationConverter}) and kept in the
 * {@code SecurityContext}, which Spring carries to every thread that serves the request;
 * {@link TenantContext} reads it from there.
 */
final class TenantAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final Tenant tenant;

	TenantAuthentication(Jwt jwt, Tenant tenant, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, tenant, jwt, authorities);
		this.tenant = tenant;
		setAuthenticated(true);
	}

	Tenant tenant() {
		return tenant;
	}

	@Override
	public Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public String getName() {
		return tenant.userId();
	}

}
