package io.homeward.platform.tenancy;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API accepts only bearer tokens from the configured Keycloak realm (issuer,
 * signature and the {@code homeward-api} audience are checked by Boot's resource server
 * from {@code spring.security.*}). The tenant comes from the token's claims and nowhere
 * else; a token without valid tenant claims is authenticated but forbidden.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) throws Exception {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(roles);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/graphql")
			.authenticated()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.anyRequest()
			.denyAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(authentication))
				// RFC 9728 metadata: name the realm that issues tokens. Spring's default
				// claims tokens are
				// bound to TLS client certificates; ours are plain bearer tokens.
				.protectedResourceMetadata((metadata) -> metadata
					.protectedResourceMetadataCustomizer((builder) -> builder.authorizationServer(issuer)
						.resourceName("Homeward API")
						.tlsClientCertificateBoundAccessTokens(false))))
			.addFilterAfter(new TenantContextFilter(), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Binds the token's tenant to the request thread (and the MDC) for the rest of the
	 * chain.
	 */
	static final class TenantContextFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (!(authentication instanceof JwtAuthenticationToken token)) {
				chain.doFilter(request, response);
				return;
			}
			Optional<Tenant> tenant = fromToken(token.getToken());
			if (tenant.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getWriter()
					.write("{\"error\":\"invalid_tenant\",\"message\":\"The token names no valid organization\"}");
				return;
			}
			TenantContext.set(tenant.get());
			try {
				chain.doFilter(request, response);
			}
			finally {
				TenantContext.set(null);
			}
		}

		static Optional<Tenant> fromToken(Jwt jwt) {
			return Tenant.fromClaims(jwt.getSubject(), jwt.getClaim("org_id"), jwt.getClaim("org_kind"),
					jwt.getClaim("preferred_username"), jwt.getClaim("roles"));
		}

	}

}
