package io.homeward.platform.shared.graphql;

import java.util.Set;

/**
 * Root fields of {@code Mutation} that anyone may send without a token, at
 * {@value PublicGraphQl#PATH}: a customer starting a return with a shipper that allows
 * it. The same duties as {@link PublicQueryFields}, and one more: such a field runs its
 * own transactions, bound to the organization it acts for, which only it can name, and
 * claims its idempotency key there itself. The keyed-mutation transaction of the API,
 * which begins before the field runs and binds the caller, is therefore not opened for
 * it.
 */
public interface PublicMutationFields {

	Set<String> rootFields();

}
