package io.homeward.platform.returns;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The command to move a return to another status.
 *
 * @param returnId the return, {@code GlobalId.NONE} when the client's id names none
 * @param note why, kept as the return's status note
 */
public record ReturnTransition(UUID returnId, ReturnStatus target, @Nullable String note) {

}
