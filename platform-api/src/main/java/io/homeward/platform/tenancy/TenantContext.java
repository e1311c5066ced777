package io.homeward.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant the current code acts for. In a request it is the authenticated principal
 * ({@link TenantAuthentication}, produced by the JWT converter) in Spring Security's
 * context, which Spring carries to the threads that serve the request. Code that has no
 * request (listeners, schedulers, tests) acts for a tenant explicitly with
 * {@link #callAs}, which takes precedence while it runs and which
 * {@link TenantThreadLocalAccessor} carries to executor threads. Every database
 * transaction binds the tenant found here as it begins.
 */
public final class TenantContext {

	private static final ThreadLocal<Tenant> EXPLICIT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<Tenant> current() {
		Tenant explicit = EXPLICIT.get();
		if (explicit != null) {
			return Optional.of(explicit);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof TenantAuthentication caller) ? Optional.of(caller.tenant())
				: Optional.empty();
	}

	/**
	 * The current tenant; fails when none is bound, which is a programming error, not a
	 * client one.
	 */
	public static Tenant require() {
		return current().orElseThrow(() -> new IllegalStateException("No tenant bound to this thread"));
	}

	/** Runs {@code work} as {@code tenant}, whatever the thread's request is. */
	public static <T> T callAs(Tenant tenant, Callable<T> work) throws Exception {
		Tenant previous = EXPLICIT.get();
		set(tenant);
		try {
			return work.call();
		}
		finally {
			set(previous);
		}
	}

	/**
	 * {@link #callAs} for work that throws no checked exception, such as a
	 * {@code TransactionTemplate} run: its exceptions reach the caller unwrapped.
	 */
	public static <T> T supplyAs(Tenant tenant, Supplier<T> work) {
		Tenant previous = EXPLICIT.get();
		set(tenant);
		try {
			return work.get();
		}
		finally {
			set(previous);
		}
	}

	/** The explicitly bound tenant only, for {@link TenantThreadLocalAccessor}. */
	static @Nullable Tenant explicit() {
		return EXPLICIT.get();
	}

	static void set(@Nullable Tenant tenant) {
		if (tenant == null) {
			EXPLICIT.remove();
			MDC.remove(TenantLogging.MDC_KEY);
		}
		else {
			EXPLICIT.set(tenant);
			MDC.put(TenantLogging.MDC_KEY, tenant.orgId().toString());
		}
	}

}
