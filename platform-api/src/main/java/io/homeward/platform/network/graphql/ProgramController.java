package io.homeward.platform.network.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.network.ProgramJoin;
import io.homeward.platform.network.ProgramLeave;
import io.homeward.platform.network.ProgramMembership;
import io.homeward.platform.network.ProgramMemberships;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProgramController implements NodeResolver {

	private final NetworkCatalog catalog;

	private final Organizations organizations;

	private final ProgramMemberships programMemberships;

	ProgramController(NetworkCatalog catalog, Organizations organizations, ProgramMemberships programMemberships) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.programMemberships = programMemberships;
	}

	@QueryMapping
	Connection<Program> programs(PageRequest page) {
		return Connection.of(catalog.programs(page), page, catalog::programCount);
	}

	@MutationMapping
	ProgramMembershipPayload programJoin(@Argument ProgramMembershipInput input) {
		return ProgramMembershipPayload.of(programMemberships.join(new ProgramJoin(input.program())));
	}

	@MutationMapping
	ProgramMembershipPayload programLeave(@Argument ProgramMembershipInput input) {
		return ProgramMembershipPayload.of(programMemberships.leave(new ProgramLeave(input.program())));
	}

	@SchemaMapping(typeName = Program.TYPE)
	String id(Program program) {
		return GlobalId.encode(Program.TYPE, program.uuid());
	}

	@BatchMapping(typeName = Program.TYPE)
	Map<Program, Organization> operator(List<Program> programs) {
		Map<UUID, Organization> byId = organizations
			.byIds(programs.stream().map(Program::operatorId).distinct().toList());
		return Batches.join(programs, Program::operatorId, byId);
	}

	@BatchMapping(typeName = Program.TYPE)
	Map<Program, Hub> destination(List<Program> programs) {
		Map<UUID, Hub> byId = catalog.hubsByIds(programs.stream().map(Program::destinationHubId).distinct().toList());
		return Batches.join(programs, Program::destinationHubId, byId);
	}

	/** Null for a caller that may not read the terms: carriers (ADR 0006). */
	@BatchMapping(typeName = Program.TYPE)
	Map<Program, String> terms(List<Program> programs) {
		return Batches.join(programs, Program::uuid, catalog.termsOfPrograms(Batches.keys(programs, Program::uuid)));
	}

	@BatchMapping(typeName = Program.TYPE)
	Map<Program, List<Lane>> lanes(List<Program> programs) {
		return Batches.joinLists(programs, Program::uuid,
				catalog.lanesOfPrograms(Batches.keys(programs, Program::uuid)));
	}

	@BatchMapping(typeName = Program.TYPE)
	Map<Program, ProgramMembership> viewerMembership(List<Program> programs) {
		Map<UUID, ProgramMembership> byProgram = catalog
			.viewerMemberships(programs.stream().map(Program::uuid).toList());
		return Batches.join(programs, Program::uuid, byProgram);
	}

	@BatchMapping(typeName = ProgramMembership.TYPE)
	Map<ProgramMembership, Program> program(List<ProgramMembership> memberships) {
		Map<UUID, Program> byId = catalog
			.programsByIds(memberships.stream().map(ProgramMembership::programId).distinct().toList());
		return Batches.join(memberships, ProgramMembership::programId, byId);
	}

	@SchemaMapping(typeName = ProgramMembership.TYPE)
	String id(ProgramMembership membership) {
		return GlobalId.encode(ProgramMembership.TYPE, membership.uuid());
	}

	@Override
	public String type() {
		return Program.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return catalog.program(id);
	}

}
