package io.homeward.platform.consolidation;

import java.util.UUID;

/**
 * Set the method a program's load invoices are split by when the recording names none.
 */
public record ProgramCostSharingSet(UUID programId, AllocationMethod method) {

}
