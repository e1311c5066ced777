package io.homeward.platform.customs.graphql;

import java.util.List;

import io.homeward.platform.customs.CustomsDeclaration;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/** The payload of the declaration mutations: errors under the {@code input} argument. */
record CustomsDeclarationPayload(@Nullable CustomsDeclaration declaration, List<UserError> userErrors) {

	static CustomsDeclarationPayload of(Outcome<CustomsDeclaration> outcome) {
		return new CustomsDeclarationPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
