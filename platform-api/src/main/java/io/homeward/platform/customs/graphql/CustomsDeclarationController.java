package io.homeward.platform.customs.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.customs.CustomsDeclaration;
import io.homeward.platform.customs.CustomsDeclarationLine;
import io.homeward.platform.customs.DeclarationTotals;
import io.homeward.platform.customs.Declarations;
import io.homeward.platform.customs.ExchangeRate;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code CustomsDeclaration} type, its query and mutations. Every association is one
 * batch per level; what each reader gets of it is its policies' answer.
 */
@Controller
class CustomsDeclarationController implements NodeResolver {

	private static final String LINE = "CustomsDeclarationLine";

	private final Declarations declarations;

	private final Loads loads;

	private final Organizations organizations;

	CustomsDeclarationController(Declarations declarations, Loads loads, Organizations organizations) {
		this.declarations = declarations;
		this.loads = loads;
		this.organizations = organizations;
	}

	@QueryMapping
	@Nullable CustomsDeclaration customsDeclaration(@Argument String loadId) {
		return GlobalId.decode(loadId, Load.TYPE).flatMap(declarations::ofLoad).orElse(null);
	}

	@MutationMapping
	CustomsDeclarationPayload customsDeclarationCreate(@Argument CustomsDeclarationCreateInput input) {
		return CustomsDeclarationPayload.of(declarations.create(input.toCommand()));
	}

	@MutationMapping
	CustomsDeclarationPayload customsDeclarationLodge(@Argument CustomsDeclarationLodgeInput input) {
		return CustomsDeclarationPayload.of(declarations.lodge(input.toCommand()));
	}

	@MutationMapping
	CustomsDeclarationPayload customsDeclarationStatusRecord(@Argument CustomsDeclarationStatusRecordInput input) {
		return CustomsDeclarationPayload.of(declarations.recordStatus(input.toCommand()));
	}

	@SchemaMapping(typeName = CustomsDeclaration.TYPE)
	String id(CustomsDeclaration declaration) {
		return GlobalId.encode(CustomsDeclaration.TYPE, declaration.uuid());
	}

	@BatchMapping(typeName = CustomsDeclaration.TYPE)
	Map<CustomsDeclaration, Load> load(List<CustomsDeclaration> batch) {
		return Batches.join(batch, CustomsDeclaration::loadId,
				loads.byIds(Batches.keys(batch, CustomsDeclaration::loadId)));
	}

	@BatchMapping(typeName = CustomsDeclaration.TYPE)
	Map<CustomsDeclaration, List<ExchangeRate>> exchangeRates(List<CustomsDeclaration> batch) {
		return Batches.joinLists(batch, CustomsDeclaration::uuid,
				declarations.ratesOf(Batches.keys(batch, CustomsDeclaration::uuid)));
	}

	@BatchMapping(typeName = CustomsDeclaration.TYPE)
	Map<CustomsDeclaration, List<CustomsDeclarationLine>> lines(List<CustomsDeclaration> batch) {
		return Batches.joinLists(batch, CustomsDeclaration::uuid,
				declarations.linesOf(Batches.keys(batch, CustomsDeclaration::uuid)));
	}

	@BatchMapping(typeName = CustomsDeclaration.TYPE)
	Map<CustomsDeclaration, DeclarationTotals> totals(List<CustomsDeclaration> batch) {
		return Batches.join(batch, CustomsDeclaration::uuid,
				declarations.totalsOf(Batches.keys(batch, CustomsDeclaration::uuid)));
	}

	@BatchMapping(typeName = LINE)
	Map<CustomsDeclarationLine, Organization> shipper(List<CustomsDeclarationLine> batch) {
		return Batches.join(batch, CustomsDeclarationLine::shipperId,
				organizations.byIds(Batches.keys(batch, CustomsDeclarationLine::shipperId)));
	}

	@Override
	public String type() {
		return CustomsDeclaration.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return declarations.byId(id);
	}

}
