package io.homeward.platform.shared.graphql;

import java.util.Set;

/**
 * Root fields of {@code Query} that anyone may ask without a token, at
 * {@value PublicGraphQl#PATH}. A module names a field here only when it answers with no
 * caller at all: it binds whatever organization it reads as itself, shows nothing
 * personal or commercial, and limits how often one client may ask
 * (docs/domain/tracking.md, "Public tracking").
 */
public interface PublicQueryFields {

	Set<String> rootFields();

}
