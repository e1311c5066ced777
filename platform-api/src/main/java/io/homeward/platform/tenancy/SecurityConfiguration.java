package io.homeward.platform.tenancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.homeward.platform.shared.graphql.RequestErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
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
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer, JsonMapper json)
			throws Exception {
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
				.authenticationEntryPoint(new GraphQlAuthenticationEntryPoint(new BearerTokenAuthenticationEntryPoint(),
						PathPatternRequestMatcher.withDefaults().matcher("/graphql"), json))
				// RFC 9728 metadata: name the realm that issues tokens. Spring's default
				// claims tokens are
				// bound to TLS client certificates; ours are plain bearer tokens.
				.protectedResourceMetadata((metadata) -> metadata
					.protectedResourceMetadataCustomizer((builder) -> builder.authorizationServer(issuer)
						.resourceName("Homeward API")
						.tlsClientCertificateBoundAccessTokens(false))))
			.addFilterAfter(new TenantContextFilter(json), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Spring Security's bearer challenge, whose {@code WWW-Authenticate} header alone
	 * says why a request was refused, plus a body that says it to clients which only read
	 * bodies, as every other refusal of {@code /graphql} does ({@link RequestErrors}).
	 * Other paths keep the bare challenge: their clients expect no GraphQL.
	 */
	record GraphQlAuthenticationEntryPoint(AuthenticationEntryPoint challenge, RequestMatcher graphQl,
			JsonMapper json) implements AuthenticationEntryPoint {

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			challenge.commence(request, response, exception);
			if (!graphQl.matches(request)) {
				return;
			}
			MediaType type = RequestErrors.mediaType(request.getHeader(HttpHeaders.ACCEPT));
			response.setContentType(type.toString());
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			json.writeValue(response.getOutputStream(), RequestErrors.body("UNAUTHENTICATED", message(exception)));
		}

		/**
		 * What to change: send a token, or the token's fault as Spring Security describes
		 * it in the challenge header too. Never the exception's message or cause, which
		 * may name classes.
		 */
		static String message(AuthenticationException exception) {
			if (!(exception instanceof OAuth2AuthenticationException refused)) {
				return "Authentication required: send an access token of the Homeward realm in the header "
						+ "'Authorization: Bearer <token>'";
			}
			OAuth2Error error = refused.getError();
			String description = StringUtils.hasText(error.getDescription()) ? ": " + error.getDescription() : "";
			return "The access token was refused (" + error.getErrorCode() + ")" + description;
		}

	}

	/**
	 * Binds the token's tenant to the request thread (and the MDC) for the rest of the
	 * chain.
	 */
	static final class TenantContextFilter extends OncePerRequestFilter {

		private static final String NO_ORGANIZATION = "The token names no valid organization";

		private final JsonMapper json;

		TenantContextFilter(JsonMapper json) {
			this.json = json;
		}

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
				forbidden(response);
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

		/**
		 * {@code error} and {@code message} for the clients written against them, and the
		 * {@code errors} array every refusal of {@code /graphql} carries.
		 */
		private void forbidden(HttpServletResponse response) throws IOException {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", "invalid_tenant");
			body.put("message", NO_ORGANIZATION);
			body.put("errors",
					RequestErrors.errors("FORBIDDEN", NO_ORGANIZATION
							+ " (claims org_id and org_kind, from the user's organization group in Keycloak): "
							+ "an administrator of the realm must add the user to the group of their organization"));
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			json.writeValue(response.getOutputStream(), body);
		}

		static Optional<Tenant> fromToken(Jwt jwt) {
			return Tenant.fromClaims(jwt.getSubject(), jwt.getClaim("org_id"), jwt.getClaim("org_kind"),
					jwt.getClaim("preferred_username"), jwt.getClaim("roles"));
		}

	}

}
