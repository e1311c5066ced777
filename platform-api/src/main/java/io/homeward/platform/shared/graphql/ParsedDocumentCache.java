package io.homeward.platform.shared.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of recently used documents, keyed by their text:
 * clients send the same few documents with different variables, and parsing plus
 * validation is a large share of a small request's CPU. Bounded and least-recently-used,
 * so unique documents cannot grow it. Documents with errors are not kept. Depth and cost
 * limits run at execution and still apply to cached documents.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final Map<String, PreparsedDocumentEntry> entries;

	ParsedDocumentCache(int capacity) {
		this.entries = LeastRecentlyUsed.map(capacity);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = entries.get(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			entries.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

}
