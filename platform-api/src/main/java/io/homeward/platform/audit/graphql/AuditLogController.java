package io.homeward.platform.audit.graphql;

import java.util.UUID;

import io.homeward.platform.audit.AuditChainCheck;
import io.homeward.platform.audit.AuditEntry;
import io.homeward.platform.audit.AuditLog;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuditLogController {

	private final AuditLog audit;

	AuditLogController(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * An id that names no organization reads no entries, like one the caller may not see.
	 */
	@QueryMapping
	Connection<AuditEntry> auditLog(PageRequest page, @Argument @Nullable String organizationId) {
		return Connection.of(this.audit.entries(organization(organizationId), page), page, () -> {
			throw new UnsupportedOperationException("AuditEntryConnection has no totalCount");
		});
	}

	@QueryMapping
	AuditChainCheck auditLogVerify(@Argument @Nullable String organizationId) {
		return this.audit.verify(organization(organizationId));
	}

	@SchemaMapping(typeName = "AuditChainCheck")
	boolean intact(AuditChainCheck check) {
		return check.intact();
	}

	@SchemaMapping(typeName = AuditEntry.TYPE)
	String organizationId(AuditEntry entry) {
		return GlobalId.encode(Organization.TYPE, entry.organizationId());
	}

	private static @Nullable UUID organization(@Nullable String id) {
		return (id != null) ? GlobalId.decodeOrNone(id, Organization.TYPE) : null;
	}

}
