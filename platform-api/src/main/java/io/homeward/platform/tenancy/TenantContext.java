package io.homeward.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The tenant of the current thread. Set from the token for each request, restored on
 * DataLoader and executor threads by {@link TenantThreadLocalAccessor}, and bound to each
 * database transaction as it begins. Code that has no request (listeners, schedulers)
 * sets it from the event with {@link #callAs}.
 */
public final class TenantContext {

	private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<Tenant> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * The current tenant; fails when none is bound, which is a programming error, not a
	 * client one.
	 */
	public static Tenant require() {
		Tenant tenant = CURRENT.get();
		if (tenant == null) {
			throw new IllegalStateException("No tenant bound to this thread");
		}
		return tenant;
	}

	public static <T> T callAs(Tenant tenant, Callable<T> work) throws Exception {
		Tenant previous = CURRENT.get();
		set(tenant);
		try {
			return work.call();
		}
		finally {
			set(previous);
		}
	}

	static void set(@Nullable Tenant tenant) {
		if (tenant == null) {
			CURRENT.remove();
			MDC.remove("orgId");
		}
		else {
			CURRENT.set(tenant);
			MDC.put("orgId", tenant.orgId().toString());
		}
	}

}
