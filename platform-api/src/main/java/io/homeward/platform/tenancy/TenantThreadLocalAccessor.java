package io.homeward.platform.tenancy;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Lets Micrometer's context propagation carry a tenant bound with
 * {@link TenantContext#callAs} to executor threads; the tenant of a request travels in
 * Spring Security's context, which its own accessor carries. Registered through
 * {@code META-INF/services}.
 */
public final class TenantThreadLocalAccessor implements ThreadLocalAccessor<Tenant> {

	static final String KEY = "homeward.tenant";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public @Nullable Tenant getValue() {
		return TenantContext.explicit();
	}

	@Override
	public void setValue(Tenant value) {
		TenantContext.set(value);
	}

	@Override
	public void setValue() {
		TenantContext.set(null);
	}

}
