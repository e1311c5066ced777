package io.homeward.platform.network;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/**
 * A shared consolidation program: an operator pools the returns of member shippers over
 * its lanes into one destination hub, under published terms and a weekly cut-off.
 */
public record Program(UUID uuid, UUID operatorId, String code, String name, String description, UUID destinationHubId,
		List<GoodsClass> acceptedGoods, CutOffSchedule cutOffSchedule, String terms, ProgramStatus status) {

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
