package io.homeward.platform.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What a command did: either its result, or the expected failures that stopped it, all of
 * them, with nothing changed. Every module's commands answer with this one type; the
 * GraphQL adapter turns it into the mutation's payload.
 */
public sealed interface Outcome<T> {

	record Done<T>(T value) implements Outcome<T> {

	}

	record Refused<T>(List<UserError> errors) implements Outcome<T> {

		public Refused {
			if (errors.isEmpty()) {
				throw new IllegalArgumentException("A refusal names at least one error");
			}
			errors = List.copyOf(errors);
		}

	}

	static <T> Outcome<T> done(T value) {
		return new Done<>(value);
	}

	static <T> Outcome<T> refused(List<UserError> errors) {
		return new Refused<>(errors);
	}

	static <T> Outcome<T> refused(String field, ErrorCode code, String message) {
		return new Refused<>(List.of(UserError.of(field, code, message)));
	}

	/** Refused with the violations found, which must not be empty. */
	static <T> Outcome<T> refused(Violations violations) {
		return new Refused<>(violations.errors());
	}

	default @Nullable T valueOrNull() {
		return (this instanceof Done<T> done) ? done.value() : null;
	}

	default List<UserError> errors() {
		return (this instanceof Refused<T> refused) ? refused.errors() : List.of();
	}

	default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
		return switch (this) {
			case Done<T> done -> new Done<>(mapper.apply(done.value()));
			case Refused<T> refused -> new Refused<>(refused.errors());
		};
	}

}
