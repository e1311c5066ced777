package io.homeward.platform.shared;

/**
 * A stable code of a {@link UserError}, one of the schema's {@code UserErrorCode} values.
 * Implemented by enums: {@link CommonErrorCode} here, and one per module for the codes
 * only it reports, each declared in that module's schema slice. GraphQL serializes them
 * by name.
 */
public interface ErrorCode {

	String name();

}
