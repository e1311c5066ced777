package io.homeward.platform.network;

import java.util.UUID;

/** The calling shipper joins a program, or rejoins it after leaving. */
public record ProgramJoin(UUID programId) {

}
