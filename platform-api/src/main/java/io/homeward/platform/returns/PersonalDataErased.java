package io.homeward.platform.returns;

import java.util.List;
import java.util.UUID;

/**
 * The retention window erased the personal data of these returns of the shipper:
 * published after the erasure committed, for the shipper's audit log.
 */
public record PersonalDataErased(UUID shipperId, List<UUID> returnIds, String actor) {

}
