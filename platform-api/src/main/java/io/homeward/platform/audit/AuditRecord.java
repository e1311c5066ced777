package io.homeward.platform.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A mutation to record, as the instrumentation saw it run. */
record AuditRecord(String operation, @Nullable String operationName, List<String> targets, AuditOutcome outcome,
		List<String> codes) {

}
