package io.homeward.platform.network;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/**
 * A shared consolidation program: an operator pools the returns of member shippers over
 * its lanes into one destination hub, under a weekly cut-off. Its commercial terms are
 * not part of it: they are read apart ({@link NetworkCatalog#termsOfPrograms}), by
 * operators and shippers only.
 */
public record Program(UUID uuid, UUID operatorId, String code, String name, String description, UUID destinationHubId,
		List<GoodsClass> acceptedGoods, CutOffSchedule cutOffSchedule, ProgramStatus status) {

	public static final String TYPE = "Program";

	public enum GoodsClass {

		PRODUCT, WASTE, DANGEROUS_GOODS

	}

	public enum ProgramStatus {

		OPEN, CLOSED

	}

	/** Loads leave after the cut-off on each of these days, in the hub's time zone. */
	public record CutOffSchedule(List<DayOfWeek> days, String time, String timeZone) {

	}

}
