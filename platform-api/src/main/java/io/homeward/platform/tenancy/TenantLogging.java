package io.homeward.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the caller's organization into the logging context (MDC key {@value #MDC_KEY},
 * printed by {@code logging.pattern.correlation}) for the rest of the request. Logging
 * only: who the caller is, is the authenticated principal; this filter reads it and
 * decides nothing.
 */
final class TenantLogging extends OncePerRequestFilter {

	static final String MDC_KEY = "orgId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TenantContext.current().ifPresent((tenant) -> MDC.put(MDC_KEY, tenant.orgId().toString()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
