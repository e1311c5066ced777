package io.homeward.platform.tenancy;

import java.util.Collection;
import java.util.Optional;

import io.homeward.platform.shared.DatabaseFailures;

import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.transaction.TransactionException;

/**
 * Turns a validated token into the caller. The organization and its kind come from the
 * token's organization claim ({@link TokenOrganization}) and nowhere else, and must agree
 * with the platform's record of that organization: a token naming an organization that is
 * not provisioned, not active, or given another kind, names no tenant. Such a token still
 * authenticates (its signature, issuer and audience are fine), so the request is refused
 * with 403 by authorization, not 401.
 * <p>
 * With the database unreachable and the organization not in the directory's memory, the
 * record cannot be read: that is the platform's failure, answered 503 with a retry hint
 * ({@link SecurityConfiguration.ServiceUnavailableHandler}), not the caller's.
 */
final class TenantAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();

	private final OrganizationDirectory organizations;

	TenantAuthenticationConverter(OrganizationDirectory organizations) {
		this.organizations = organizations;
		this.roles.setAuthoritiesClaimName("roles");
		this.roles.setAuthorityPrefix("ROLE_");
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Collection<GrantedAuthority> authorities = roles.convert(jwt);
		Optional<Tenant> tenant = TokenOrganization.of(jwt.getClaim(TokenOrganization.CLAIM))
			.flatMap((organization) -> Tenant.fromClaims(jwt.getSubject(), organization.id(), organization.kind(),
					jwt.getClaim("preferred_username"), jwt.getClaim("roles")))
			.filter(this::isProvisioned);
		return tenant.<AbstractAuthenticationToken>map((found) -> new TenantAuthentication(jwt, found, authorities))
			.orElseGet(() -> new JwtAuthenticationToken(jwt, authorities));
	}

	private boolean isProvisioned(Tenant claimed) {
		try {
			return organizations.isProvisionedAs(claimed);
		}
		catch (TransactionException | DataAccessException ex) {
			// Only a database that does not answer is the platform's passing failure;
			// anything else is a fault, and stays one.
			if (!DatabaseFailures.unavailable(ex)) {
				throw ex;
			}
			throw new DatabaseUnavailable(ex);
		}
	}

	/** The organization's record could not be read: the database did not answer. */
	static final class DatabaseUnavailable extends AuthenticationServiceException {

		DatabaseUnavailable(Throwable cause) {
			super("The organization directory cannot be read: " + cause.getMessage(), cause);
		}

	}

}
