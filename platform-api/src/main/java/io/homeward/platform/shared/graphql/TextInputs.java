package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * Text no input may carry: U+0000 (NUL), which PostgreSQL's text types refuse (the
 * statement would fail, and the request with an internal error), and unpaired surrogates,
 * which no UTF-8 encodes (the driver would store a question mark in their place and the
 * text would not read back as sent). Found by the generated malformed inputs
 * ({@code MalformedInputsIntegrationTests}); refused for every operation before it runs,
 * whatever field the text is for, so no command has to remember it.
 */
final class TextInputs {

	private TextInputs() {
	}

	/** What is wrong with the operation's text, and where; null when nothing is. */
	static @Nullable String problem(Map<String, Object> variables, String query, Document document) {
		String inVariables = problem(variables, "variables");
		if (inVariables != null) {
			return inVariables;
		}
		// A literal can carry either only through an escape or a surrogate in the text,
		// which most documents have none of: the walk of their literals is skipped.
		return mayHideOne(query) ? inLiterals(document) : null;
	}

	static @Nullable String problem(@Nullable Object value, String path) {
		if (value instanceof String text) {
			return describe(text, path);
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String found = problem(entry.getValue(), path + "." + entry.getKey());
				if (found != null) {
					return found;
				}
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				String found = problem(list.get(i), path + "." + i);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static @Nullable String describe(String text, String path) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "Text may not contain U+0000 (NUL), at " + path;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "Text may not contain an unpaired surrogate (U+"
						+ Integer.toHexString(c).toUpperCase(Locale.ROOT) + "), at " + path;
			}
		}
		return null;
	}

	private static boolean mayHideOne(String query) {
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '\\' || Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String inLiterals(Document document) {
		AtomicReference<@Nullable String> found = new AtomicReference<>();
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
				String problem = describe(node.getValue(), "a string literal at line "
						+ ((node.getSourceLocation() != null) ? node.getSourceLocation().getLine() : 0));
				if (problem != null) {
					found.set(problem);
					return TraversalControl.QUIT;
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return found.get();
	}

}
