package io.homeward.platform.consolidation.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

record UnexpectedParcelInput(String reference, @Nullable String note, @Nullable List<String> photoRefs) {

}
