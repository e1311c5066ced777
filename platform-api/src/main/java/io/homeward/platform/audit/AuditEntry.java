package io.homeward.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an organization's audit log.
 *
 * @param seq its number in the organization's chain, from 1
 * @param targets the ids the mutation's input named
 * @param codes the codes of its user errors or errors; empty when done
 * @param hash SHA-256 over {@code previousHash} and every other field
 */
public record AuditEntry(UUID organizationId, long seq, OffsetDateTime occurredAt, String actorUsername,
		String operation, @Nullable String operationName, List<String> targets, AuditOutcome outcome,
		List<String> codes, String previousHash, String hash) {

	public static final String TYPE = "AuditEntry";

}
