package io.homeward.platform.tenancy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.homeward.platform.shared.graphql.RequestErrors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The API accepts only bearer tokens from the configured Keycloak realm (issuer,
 * signature and the {@code homeward-api} audience are checked by Boot's resource server
 * from {@code spring.security.*}). The caller is the principal the JWT converter makes of
 * the token ({@link TenantAuthenticationConverter}); a token that names no valid
 * organization is authenticated but forbidden.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * No observation of Spring Security's filters, authentication and authorization: each
	 * was an event of its own per request, a sixth of a small request's CPU, and with
	 * only the property {@code management.observations.enable.spring.security: false}
	 * every filter was still wrapped in a decorator that made and discarded them.
	 * {@code http.server.requests} and {@code graphql.request} still time every request.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The portal's Content-Security-Policy: the platform's own files, and Keycloak's
	 * origin for sign-in.
	 */
	static String contentSecurityPolicy(String issuer) {
		URI keycloak = URI.create(issuer);
		String origin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
		// Fonts also as data: URLs, which GraphiQL's style sheet embeds: a font runs no
		// code.
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
				+ "font-src 'self' data:; " + "connect-src 'self' " + origin + "; frame-src " + origin
				+ "; form-action 'self' " + origin + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
	}

	/** The strict firewall, its character rules checked without regular expressions. */
	@Bean
	static WebSecurityCustomizer strictFirewall() {
		StrictHttpFirewall firewall = FirewallCharacters.strictFirewall();
		return (web) -> web.httpFirewall(firewall);
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			@Value("${spring.graphql.websocket.path}") String webSocketPath, JsonMapper json,
			OrganizationDirectory organizations) throws Exception {
		RequestMatcher graphQl = PathPatternRequestMatcher.withDefaults().matcher("/graphql");
		// GraphQL over WebSocket: the handshake carries no token (browsers cannot set its
		// headers) and runs nothing; the token comes in connection_init, where
		// WebSocketAuthentication takes it as the converter below does. Only the
		// handshake's GET is let through.
		RequestMatcher webSocket = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, webSocketPath);
		// Labels and QR codes of handling units: tenant data served as files, under the
		// same tokens and tenant check as the API.
		RequestMatcher unitFiles = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/units/**");
		// Commercial invoices as PDF: the same.
		RequestMatcher customsFiles = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/customs/**");
		// Chains of custody as EPCIS JSON-LD files: the same.
		RequestMatcher trackingFiles = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/tracking/**");
		// Proofs of disposition as PDF: the same.
		RequestMatcher dispositionFiles = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.GET, "/disposition/**");
		// Sustainability reports as CSV and JSON: the same.
		RequestMatcher sustainabilityFiles = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.GET, "/sustainability/**");
		// Tracking photos are uploaded as files too (PUT, under the uploader's own id).
		RequestMatcher photoUploads = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.PUT, "/tracking/photos/*");
		AuthenticationEntryPoint entryPoint = new GraphQlAuthenticationEntryPoint(
				new BearerTokenAuthenticationEntryPoint(), graphQl, json);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(graphQl, unitFiles, customsFiles, trackingFiles, dispositionFiles, sustainabilityFiles,
					photoUploads)
			// Authenticated AND naming a valid organization: the converter
			// made the caller a tenant.
			.access((authentication,
					context) -> new AuthorizationDecision(authentication.get() instanceof TenantAuthentication))
			.requestMatchers(webSocket)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// The public GraphQL endpoint: without a token, and only for
			// the fields modules name as public (shared.graphql.PublicGraphQl
			// refuses the rest).
			.requestMatchers("/graphql/public")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.anyRequest()
			.denyAll())
			// The portal's pages (tenant-portal, ADR 0012), GraphiQL among them, run only
			// the platform's own scripts and styles, from files: no inline script or
			// style, no eval. They talk to the platform and to Keycloak.
			.headers((headers) -> headers
				.contentSecurityPolicy((policy) -> policy.policyDirectives(contentSecurityPolicy(issuer)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new BearerTokens())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new TenantAuthenticationConverter(organizations)))
				.authenticationEntryPoint(entryPoint)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(new ServiceUnavailableHandler(
								new AuthenticationEntryPointFailureHandler(entryPoint), json));
						return filter;
					}
				})
				.accessDeniedHandler(new NoTenantHandler(new BearerTokenAccessDeniedHandler(), graphQl, json))
				// RFC 9728 metadata: name the realm that issues tokens. Spring's default
				// claims tokens are bound to TLS client certificates; ours are plain
				// bearer
				// tokens.
				.protectedResourceMetadata((metadata) -> metadata
					.protectedResourceMetadataCustomizer((builder) -> builder.authorizationServer(issuer)
						.resourceName("Homeward API")
						.tlsClientCertificateBoundAccessTokens(false))))
			.addFilterAfter(new TenantLogging(), BearerTokenAuthenticationFilter.class)
			// Each request's time in the database, from the moment the caller is known.
			.addFilterAfter(new RequestBudget(), TenantLogging.class);
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
	 * A token that cannot be checked because the keys cannot be had (Keycloak unreachable
	 * and no keys fetched yet, {@link TokenKeys}), or whose organization's record cannot
	 * be read (the database unreachable), is the platform's failure, not the caller's:
	 * 503 with a retry hint, instead of the 500 Spring answers for it, on every path. Any
	 * other failure is the caller's, answered by the entry point (401).
	 */
	record ServiceUnavailableHandler(AuthenticationFailureHandler otherwise,
			JsonMapper json) implements AuthenticationFailureHandler {

		static final String KEYS = "Tokens cannot be checked right now: the identity provider cannot be reached. "
				+ "Try again shortly";

		static final String DATABASE = "Tokens cannot be checked right now: the platform's database cannot be reached. "
				+ "Try again shortly";

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (!(exception instanceof AuthenticationServiceException)) {
				otherwise.onAuthenticationFailure(request, response, exception);
				return;
			}
			log.warn("A token could not be checked: {}", exception.getMessage());
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "5");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			json.writeValue(response.getOutputStream(), Map.of("errors", RequestErrors.errors("UNAVAILABLE",
					(exception instanceof TenantAuthenticationConverter.DatabaseUnavailable) ? DATABASE : KEYS)));
		}

	}

	/**
	 * The one 403 of {@code /graphql}: a valid token that names no valid organization, or
	 * one whose organization the database refused as disabled. {@code error} and
	 * {@code message} for the clients written against them, and the {@code errors} array
	 * every refusal of {@code /graphql} carries. Other paths keep Spring's bare answer.
	 */
	record NoTenantHandler(AccessDeniedHandler otherwise, RequestMatcher graphQl,
			JsonMapper json) implements AccessDeniedHandler {

		private static final String NO_ORGANIZATION = "The token names no valid organization";

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
				throws IOException, ServletException {
			if (!graphQl.matches(request)) {
				otherwise.handle(request, response, exception);
				return;
			}
			Map<String, Object> body = new LinkedHashMap<>();
			if (exception instanceof OrganizationDisabledException disabled) {
				// The database refused the organization's transaction after the token was
				// accepted: disabled since this instance last looked it up.
				body.put("error", "organization_disabled");
				body.put("message", disabled.getMessage());
				body.put("errors", RequestErrors.errors("FORBIDDEN", disabled.getMessage()));
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8);
				json.writeValue(response.getOutputStream(), body);
				return;
			}
			body.put("error", "invalid_tenant");
			body.put("message", NO_ORGANIZATION);
			body.put("errors", RequestErrors.errors("FORBIDDEN", NO_ORGANIZATION
					+ " (the claim organization, from the user's one membership of a Keycloak organization whose "
					+ "attributes homeward_id and homeward_kind name an active organization of the platform with "
					+ "that kind): the organization's admins invite users with organizationUserInvite"));
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			json.writeValue(response.getOutputStream(), body);
		}

	}

}
