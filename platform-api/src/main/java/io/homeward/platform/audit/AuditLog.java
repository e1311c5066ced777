package io.homeward.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organization's audit log: appended after each mutation its users run, read and
 * verified by its admins, and by the operator of the programs a shipper is in. The chain
 * is computed by the database ({@code audit_append}, {@code audit_verify}, audit/V1), in
 * one place, under the caller's policies.
 */
@Service
public class AuditLog {

	private static final int MAX_TARGETS = 1000;

	private static final int MAX_CODES = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Appends {@code record} for the current tenant, in a transaction of its own: the
	 * mutation has committed (or not) by now, each of its fields in its service's own
	 * transaction.
	 */
	void append(Tenant tenant, AuditRecord record) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql(
				"select seq from audit_append(:actor, :username, :operation, :operationName, :targets, :outcome, :codes)")
			.param("actor", tenant.userId())
			.param("username", tenant.username())
			.param("operation", record.operation())
			.param("operationName", record.operationName())
			.param("targets", bounded(String.join(",", record.targets()), MAX_TARGETS))
			.param("outcome", record.outcome().name())
			.param("codes", bounded(String.join(",", record.codes()), MAX_CODES))
			.query(Long.class)
			.single());
	}

	private static String bounded(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * The entries of {@code organization} (the caller's own when null), newest first.
	 * Only an org-admin reads its organization's log; an operator's admin also a
	 * shipper's in its programs (the policies decide which: any other is simply empty).
	 */
	@Transactional(readOnly = true)
	public Window<AuditEntry> entries(@Nullable UUID organization, PageRequest page) {
		UUID org = readable(organization);
		Long before = null;
		if (!page.fromStart()) {
			try {
				before = Long.parseLong(String.valueOf(page.after().get("seq")));
			}
			catch (RuntimeException ex) {
				throw new InvalidArgumentException("after", "after is not a cursor from this connection");
			}
		}
		List<AuditEntry> rows = this.jdbc
			.sql("select organization_id, seq, occurred_at, actor_username, operation,"
					+ " operation_name, targets, outcome, codes, previous_hash, hash from audit_entry"
					+ " where organization_id = :org" + ((before != null) ? " and seq < :before" : "")
					+ " order by seq desc limit :limit")
			.param("org", org)
			.param("limit", page.fetchSize())
			.params((before != null) ? Map.of("before", before) : Map.of())
			.query((rs, row) -> new AuditEntry(rs.getObject("organization_id", UUID.class), rs.getLong("seq"),
					rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
					rs.getString("actor_username"), rs.getString("operation"), rs.getString("operation_name"),
					split(rs.getString("targets")), AuditOutcome.valueOf(rs.getString("outcome")),
					split(rs.getString("codes")), rs.getString("previous_hash"), rs.getString("hash")))
			.list();
		return page.window(rows, (entry) -> Map.of("seq", entry.seq()));
	}

	/** Recomputes the chain of {@code organization} (the caller's own when null). */
	@Transactional(readOnly = true)
	public AuditChainCheck verify(@Nullable UUID organization) {
		UUID org = readable(organization);
		return this.jdbc.sql("select entries, first_broken from audit_verify(:org)")
			.param("org", org)
			.query((rs, row) -> new AuditChainCheck(rs.getLong("entries"), rs.getObject("first_broken", Long.class)))
			.single();
	}

	private static UUID readable(@Nullable UUID organization) {
		Tenant tenant = TenantContext.require();
		if (!tenant.isAdmin()) {
			throw new AccessDeniedException("The audit log is read by an organization's " + Tenant.ADMIN_ROLE + "s");
		}
		return (organization != null) ? organization : tenant.orgId();
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
