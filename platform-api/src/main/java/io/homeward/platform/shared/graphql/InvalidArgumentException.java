package io.homeward.platform.shared.graphql;

/**
 * An argument that is malformed before any business rule applies (a bad cursor, a page
 * size out of range). Reported as a GraphQL error with the code {@code BAD_USER_INPUT};
 * nothing was changed.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

}
