package io.homeward.platform.consolidation.graphql;

import java.util.List;

import io.homeward.platform.consolidation.AllocationMethod;
import io.homeward.platform.consolidation.CostStatements;
import io.homeward.platform.consolidation.ConsolidationSettings;
import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.Placement;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The payloads of the consolidation mutations: errors under the {@code input} argument.
 */
final class Payloads {

	private Payloads() {
	}

	static List<UserError> errors(Outcome<?> outcome) {
		return outcome.errors().stream().map((error) -> error.under("input")).toList();
	}

}

record LoadPayload(@Nullable Load load, List<UserError> userErrors) {

	static LoadPayload of(Outcome<Load> outcome) {
		return new LoadPayload(outcome.valueOrNull(), Payloads.errors(outcome));
	}

}

record HandlingUnitPayload(@Nullable HandlingUnit unit, List<UserError> userErrors) {

	static HandlingUnitPayload of(Outcome<HandlingUnit> outcome) {
		return new HandlingUnitPayload(outcome.valueOrNull(), Payloads.errors(outcome));
	}

}

record UnitPlacementPayload(@Nullable HandlingUnit unit, @Nullable Load load, List<UserError> userErrors) {

	static UnitPlacementPayload of(Outcome<Placement> outcome) {
		Placement placement = outcome.valueOrNull();
		return new UnitPlacementPayload((placement != null) ? placement.unit() : null,
				(placement != null) ? placement.load() : null, Payloads.errors(outcome));
	}

}

record ConsolidationSettingsPayload(@Nullable ConsolidationSettings settings, List<UserError> userErrors) {

	static ConsolidationSettingsPayload of(Outcome<ConsolidationSettings> outcome) {
		return new ConsolidationSettingsPayload(outcome.valueOrNull(), Payloads.errors(outcome));
	}

}

/** A shipper's advance notice: the load, with its own parcels read through the load. */
record AdvanceNotice(Load load) {

}

record LoadCostRecordPayload(@Nullable CostStatements statements, List<UserError> userErrors) {

	static LoadCostRecordPayload of(Outcome<CostStatements> outcome) {
		return new LoadCostRecordPayload(outcome.valueOrNull(), Payloads.errors(outcome));
	}

}

record ProgramCostSharingPayload(@Nullable AllocationMethod method, List<UserError> userErrors) {

	static ProgramCostSharingPayload of(Outcome<AllocationMethod> outcome) {
		return new ProgramCostSharingPayload(outcome.valueOrNull(), Payloads.errors(outcome));
	}

}
