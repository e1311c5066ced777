package io.homeward.platform.consolidation.graphql;

import org.jspecify.annotations.Nullable;

record PlanMoveInput(String parcelId, @Nullable String loadId, @Nullable Integer newLoad) {

}
