package io.homeward.platform.network;

import java.util.Set;
import java.util.UUID;

/**
 * What a program admits, as seen by the calling shipper: whether it is open, whether the
 * shipper is an active member, which goods it accepts and from which countries its lanes
 * collect.
 */
public record ProgramAdmission(UUID programId, UUID operatorId, boolean open, boolean activeMember,
		Set<Program.GoodsClass> acceptedGoods, Set<String> originCountries) {

}
