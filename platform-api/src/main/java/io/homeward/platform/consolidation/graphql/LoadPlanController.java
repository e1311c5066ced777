package io.homeward.platform.consolidation.graphql;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadPlans;
import io.homeward.platform.consolidation.PlanProposal;
import io.homeward.platform.consolidation.StoredProposal;
import io.homeward.platform.network.Lane;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The {@code LoadPlanProposal} type: the planner's proposals. */
@Controller
class LoadPlanController {

	private final LoadPlans plans;

	LoadPlanController(LoadPlans plans) {
		this.plans = plans;
	}

	@MutationMapping
	LoadPlanPayload loadPlan(@Argument LoadPlanInput input) {
		return LoadPlanPayload.of(plans.plan(input.toCommand()));
	}

	@MutationMapping
	LoadPlanAcceptPayload loadPlanAccept(@Argument LoadPlanAcceptInput input) {
		Outcome<List<Load>> outcome = plans.accept(input.toCommand());
		return new LoadPlanAcceptPayload(outcome.valueOrNull(), Payloads.errors(outcome));
	}

}

record LoadPlanAcceptPayload(@Nullable List<Load> loads, List<UserError> userErrors) {

}

record LoadPlanPayload(@Nullable LoadPlanProposal proposal, List<UserError> userErrors) {

	static LoadPlanPayload of(Outcome<StoredProposal> outcome) {
		StoredProposal stored = outcome.valueOrNull();
		return new LoadPlanPayload((stored != null) ? LoadPlanProposal.of(stored) : null, Payloads.errors(outcome));
	}

}

record LoadPlanProposal(String id, Lane lane, String solver, String status, @Nullable String fallbackReason,
		List<PlanAssignment> assignments, List<PlanUnplanned> unplanned, List<PlanLoadFill> loads, int loadsUsed,
		int lowerBound, int gap, int baselineLoadsUsed) {

	static LoadPlanProposal of(StoredProposal stored) {
		PlanProposal p = stored.proposal();
		return new LoadPlanProposal(GlobalId.encode(StoredProposal.TYPE, stored.id()), stored.lane(), p.solver().name(),
				p.status().name(), p.fallbackReason(),
				p.assignments()
					.stream()
					.map((a) -> new PlanAssignment(parcel(a.parcelId()), load(a.load()), newLoad(a.load())))
					.toList(),
				p.unplanned()
					.stream()
					.map((u) -> new PlanUnplanned(parcel(u.parcelId()), u.reason().name(),
							(u.refusal() != null) ? u.refusal().message() : null))
					.toList(),
				p.loads()
					.stream()
					.map((f) -> new PlanLoadFill(load(f.load()), newLoad(f.load()), f.parcelsAdded(), f.kg(), f.m3(),
							f.kgPercent(), f.m3Percent()))
					.toList(),
				p.loadsUsed(), p.lowerBound(), p.gap(), p.baseline().loadsUsed());
	}

	private static String parcel(UUID id) {
		return GlobalId.encode(Types.PARCEL, id);
	}

	private static @Nullable String load(PlanProposal.LoadRef ref) {
		return (ref.loadId() != null) ? GlobalId.encode(Load.TYPE, ref.loadId()) : null;
	}

	private static @Nullable Integer newLoad(PlanProposal.LoadRef ref) {
		return ref.isNew() ? ref.newLoad() : null;
	}

}

record PlanAssignment(String parcelId, @Nullable String loadId, @Nullable Integer newLoad) {

}

record PlanUnplanned(String parcelId, String reason, @Nullable String message) {

}

record PlanLoadFill(@Nullable String loadId, @Nullable Integer newLoad, int parcelsAdded, BigDecimal kg, BigDecimal m3,
		BigDecimal kgPercent, BigDecimal m3Percent) {

}
