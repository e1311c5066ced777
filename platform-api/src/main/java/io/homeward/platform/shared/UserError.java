package io.homeward.platform.shared;

import java.util.List;

/**
 * An expected failure of a mutation, returned in its payload: which input field, a stable
 * code for programs and a message for people.
 */
public record UserError(List<String> field, ErrorCode code, String message) {

	public static UserError of(String path, ErrorCode code, String message) {
		return new UserError(List.of(path.split("\\.")), code, message);
	}

}
