package io.homeward.platform.customs;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Customs released a load's goods (its declaration became RELEASED): published inside the
 * operator's transaction that recorded it, so that what a listener writes (tracking's
 * CLEARED milestones and their webhooks) commits with the release or not at all.
 *
 * @param declarationId the declaration
 * @param operatorId the load's operator, who recorded the release
 * @param loadId the load whose goods were released
 * @param releasedAt when the platform recorded it
 */
public record DeclarationReleased(UUID declarationId, UUID operatorId, UUID loadId, OffsetDateTime releasedAt) {

}
