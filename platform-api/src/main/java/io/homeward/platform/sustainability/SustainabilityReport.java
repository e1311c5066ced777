package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.homeward.platform.disposition.Disposition;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a shipper's (or an operator's) program did in a period: where the items that
 * reached their final disposition ended, what was recovered and saved, what the loads
 * received emitted and avoided, how the partners performed, how long items took, the
 * figures of ESRS E5-5 and the shipper's waste streams. Every total is the exact sum of
 * the items or parcels it covers: weights to the gram, money to the cent.
 *
 * @param shipperId the one shipper reported on, or null for all of an operator's
 * @param recoveryRate recovered weight over the weight that ended at the hub, or null
 * when none did
 */
public record SustainabilityReport(LocalDate from, LocalDate to, @Nullable UUID programId, @Nullable UUID shipperId,
		int items, int quantity, BigDecimal weightKg, List<DispositionFigures> dispositions, BigDecimal recoveredKg,
		BigDecimal landfilledKg, @Nullable BigDecimal recoveryRate, List<Money> costSaved, List<Money> resaleRevenue,
		List<Money> materialValue, ReportEmissions emissions, List<CarrierPerformance> carriers,
		List<ProcessorPerformance> processors, CycleTime cycleTime, ResourceOutflows resourceOutflows,
		List<WasteStreamFigures> wasteStreams) {

	public SustainabilityReport {
		dispositions = List.copyOf(dispositions);
		costSaved = List.copyOf(costSaved);
		resaleRevenue = List.copyOf(resaleRevenue);
		materialValue = List.copyOf(materialValue);
		carriers = List.copyOf(carriers);
		processors = List.copyOf(processors);
		wasteStreams = List.copyOf(wasteStreams);
	}

	public record DispositionFigures(Disposition disposition, int items, int quantity, BigDecimal weightKg) {

	}

	/**
	 * @param legs the measured legs that carried the report's parcels
	 * @param unmeasuredLoads loads received in the period without a measured leg
	 */
	public record ReportEmissions(int legs, int parcels, EmissionFigures figures, int unmeasuredLoads) {

	}

	public record CarrierPerformance(UUID carrierId, int loads, int onTime, BigDecimal onTimeRate, int parcels,
			int damaged, @Nullable BigDecimal damageRate) {

	}

	public record ProcessorPerformance(String partnerName, int certificates, BigDecimal averageTurnaroundDays,
			int maxTurnaroundDays) {

	}

	public record CycleTime(int items, @Nullable BigDecimal averageDays, @Nullable BigDecimal medianDays,
			@Nullable BigDecimal maxDays) {

	}

	public record ResourceOutflows(BigDecimal totalWasteKg, OutflowFigures hazardous, OutflowFigures nonHazardous) {

	}

	public record OutflowFigures(BigDecimal preparationForReuseKg, BigDecimal recyclingKg, BigDecimal otherRecoveryKg,
			BigDecimal incinerationKg, BigDecimal landfillKg, BigDecimal otherDisposalKg, BigDecimal interimKg) {

		@JsonProperty("divertedKg")
		public BigDecimal divertedKg() {
			return preparationForReuseKg.add(recyclingKg).add(otherRecoveryKg);
		}

		@JsonProperty("directedKg")
		public BigDecimal directedKg() {
			return incinerationKg.add(landfillKg).add(otherDisposalKg);
		}

	}

	public record WasteStreamFigures(WasteStream stream, int items, BigDecimal weightKg, BigDecimal recoveredKg,
			Money disposalCostAvoided) {

	}

}
