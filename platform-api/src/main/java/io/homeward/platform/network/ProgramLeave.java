package io.homeward.platform.network;

import java.util.UUID;

/** The calling shipper leaves a program it is an active member of. */
public record ProgramLeave(UUID programId) {

}
