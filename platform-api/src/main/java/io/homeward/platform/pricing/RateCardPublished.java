package io.homeward.platform.pricing;

import java.util.UUID;

/**
 * A new version of a lane's rate card was published. Registered with the publishing
 * transaction; listeners that act on it only once it is committed use
 * {@code @TransactionalEventListener} (the rate card cache evicts the lane's pointer
 * then).
 *
 * @param operatorId the organization that published it, which owns the lane
 * @param laneId the lane
 * @param version the new version's number
 */
public record RateCardPublished(UUID operatorId, UUID laneId, int version) {

}
