package io.homeward.platform.consolidation.graphql;

import java.util.List;
import java.util.Map;

import io.homeward.platform.consolidation.AllocationFallback;
import io.homeward.platform.consolidation.AllocationMethod;
import io.homeward.platform.consolidation.CostStatements;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadCosts;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code CostStatements} type: recording a load's invoice and reading its split. */
@Controller
class CostStatementController {

	private static final String LINE = "CostStatementLine";

	private final LoadCosts costs;

	private final Loads loads;

	private final Organizations organizations;

	CostStatementController(LoadCosts costs, Loads loads, Organizations organizations) {
		this.costs = costs;
		this.loads = loads;
		this.organizations = organizations;
	}

	@QueryMapping
	CostStatements costStatements(@Argument String loadId) {
		return costs.statements(GlobalId.decodeOrNone(loadId, Load.TYPE));
	}

	@MutationMapping
	LoadCostRecordPayload loadCostRecord(@Argument LoadCostRecordInput input) {
		return LoadCostRecordPayload.of(costs.record(input.toCommand()));
	}

	@MutationMapping
	ProgramCostSharingPayload programCostSharingSet(@Argument ProgramCostSharingInput input) {
		return ProgramCostSharingPayload.of(costs.setProgramMethod(input.toCommand()));
	}

	/** The program's setting as the reader may see it, next to what this load applied. */
	@SchemaMapping(typeName = "CostStatements")
	@Nullable AllocationMethod programMethod(CostStatements statements) {
		return loads.byId(statements.loadId()).flatMap((load) -> costs.programMethod(load.programId())).orElse(null);
	}

	@SchemaMapping(typeName = "CostStatements")
	@Nullable Load load(CostStatements statements) {
		return loads.byId(statements.loadId()).orElse(null);
	}

	@SchemaMapping(typeName = "CostReconciliation")
	@Nullable String fallbackReason(CostStatements.Reconciliation reconciliation) {
		return reason(reconciliation.fallback());
	}

	@SchemaMapping(typeName = LINE)
	@Nullable String fallbackReason(CostStatements.Line line) {
		return reason(line.fallback());
	}

	@BatchMapping(typeName = LINE)
	Map<CostStatements.Line, Organization> shipper(List<CostStatements.Line> batch) {
		return Batches.join(batch, CostStatements.Line::shipperId,
				organizations.byIds(Batches.keys(batch, CostStatements.Line::shipperId)));
	}

	private static @Nullable String reason(@Nullable AllocationFallback fallback) {
		return (fallback != null) ? fallback.description() : null;
	}

}
