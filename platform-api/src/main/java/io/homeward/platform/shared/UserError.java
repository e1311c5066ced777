package io.homeward.platform.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * An expected failure of a command: which field (a path into the command, empty for the
 * command as a whole), a stable code for programs and a message for people. The GraphQL
 * adapter puts the path under its {@code input} argument.
 */
public record UserError(List<String> field, ErrorCode code, String message) {

	public UserError {
		field = List.copyOf(field);
	}

	/** {@code path} is dotted, list indexes included: {@code items.0.hsCode}. */
	public static UserError of(String path, ErrorCode code, String message) {
		return new UserError(path.isEmpty() ? List.of() : List.of(path.split("\\.")), code, message);
	}

	/** The same error with its path under {@code prefix}, such as {@code input}. */
	public UserError under(String prefix) {
		List<String> path = new ArrayList<>();
		path.add(prefix);
		path.addAll(field);
		return new UserError(path, code, message);
	}

}
