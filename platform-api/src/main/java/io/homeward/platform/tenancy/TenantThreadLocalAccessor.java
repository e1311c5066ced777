package io.homeward.platform.tenancy;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Lets Micrometer's context propagation carry the tenant to DataLoader and executor
 * threads, the way Spring for GraphQL and Spring's
 * {@code ContextPropagatingTaskDecorator} carry the security context. Registered through
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
		return TenantContext.current().orElse(null);
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
