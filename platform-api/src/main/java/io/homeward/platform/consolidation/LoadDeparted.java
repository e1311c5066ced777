package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;

/**
 * The load's carrier reported it travelling (IN_TRANSIT): published inside that
 * transaction, like {@link LoadDispatched}, so that what a listener writes (tracking's
 * milestones and their webhooks) commits with the move or not at all. What is inside the
 * load is not carried: the carrier does not see every shipper's parcels, and a listener
 * that needs them reads the containment record itself.
 *
 * @param load the load, as moved
 * @param departedAt when
 */
public record LoadDeparted(Load load, OffsetDateTime departedAt) {

}
