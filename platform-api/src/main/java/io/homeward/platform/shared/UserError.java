package io.homeward.platform.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An expected failure of a command: which field (a path into the command, empty for the
 * command as a whole), a stable code for programs and a message for people. The GraphQL
 * adapter puts the path under its {@code input} argument. When the error is about an
 * object that no input field names (the item a missing customs document is for), the
 * {@code subject} names it, and the adapter shows it as the object's global id.
 */
public record UserError(List<String> field, ErrorCode code, String message, @Nullable Subject subject) {

	/** An object an error is about: its GraphQL type and its id. */
	public record Subject(String type, UUID id) {

	}

	public UserError {
		field = List.copyOf(field);
	}

	public UserError(List<String> field, ErrorCode code, String message) {
		this(field, code, message, null);
	}

	/** {@code path} is dotted, list indexes included: {@code items.0.hsCode}. */
	public static UserError of(String path, ErrorCode code, String message) {
		return new UserError(path.isEmpty() ? List.of() : List.of(path.split("\\.")), code, message);
	}

	/** The same error, about the object of {@code type} with {@code id}. */
	public UserError about(String type, UUID id) {
		return new UserError(field, code, message, new Subject(type, id));
	}

	/** The same error with its path under {@code prefix}, such as {@code input}. */
	public UserError under(String prefix) {
		List<String> path = new ArrayList<>();
		path.add(prefix);
		path.addAll(field);
		return new UserError(path, code, message, subject);
	}

}
