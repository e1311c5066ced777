package io.homeward.platform.network.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.MembershipResult;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.network.ProgramMembership;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import org.jspecify.annotations.Nullable;

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

	ProgramController(NetworkCatalog catalog, Organizations organizations) {
		this.catalog = catalog;
		this.organizations = organizations;
	}

	record ProgramMembershipInput(String programId) {
	}

	record ProgramMembershipPayload(@Nullable ProgramMembership membership, List<UserError> userErrors) {

		static ProgramMembershipPayload of(MembershipResult result) {
			return new ProgramMembershipPayload(result.membership(), result.errors());
		}

		static ProgramMembershipPayload notFound() {
			return new ProgramMembershipPayload(null,
					List.of(UserError.of("input.programId", CommonErrorCode.NOT_FOUND, "No such program")));
		}

	}

	@QueryMapping
	Connection<Program> programs(PageRequest page) {
		return Connection.of(catalog.programs(page), page, catalog::programCount);
	}

	@MutationMapping
	ProgramMembershipPayload programJoin(@Argument ProgramMembershipInput input) {
		return GlobalId.decode(input.programId(), Program.TYPE)
			.map((id) -> ProgramMembershipPayload.of(catalog.join(id)))
			.orElseGet(ProgramMembershipPayload::notFound);
	}

	@MutationMapping
	ProgramMembershipPayload programLeave(@Argument ProgramMembershipInput input) {
		return GlobalId.decode(input.programId(), Program.TYPE)
			.map((id) -> ProgramMembershipPayload.of(catalog.leave(id)))
			.orElseGet(ProgramMembershipPayload::notFound);
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

	@BatchMapping(typeName = Program.TYPE)
	Map<Program, List<Lane>> lanes(List<Program> programs) {
		Map<UUID, List<Lane>> byProgram = catalog.lanesOfPrograms(programs.stream().map(Program::uuid).toList());
		return programs.stream()
			.collect(Collectors.toMap(Function.identity(),
					(program) -> byProgram.getOrDefault(program.uuid(), List.of())));
	}

	@BatchMapping(typeName = Program.TYPE)
	Map<Program, ProgramMembership> viewerMembership(List<Program> programs) {
		Map<UUID, ProgramMembership> byProgram = catalog
			.viewerMemberships(programs.stream().map(Program::uuid).toList());
		return Batches.join(programs, Program::uuid, byProgram);
	}

	@BatchMapping(typeName = "ProgramMembership")
	Map<ProgramMembership, Program> program(List<ProgramMembership> memberships) {
		Map<UUID, Program> byId = catalog
			.programsByIds(memberships.stream().map(ProgramMembership::programId).distinct().toList());
		return Batches.join(memberships, ProgramMembership::programId, byId);
	}

	@SchemaMapping(typeName = "ProgramMembership")
	String id(ProgramMembership membership) {
		return GlobalId.encode("ProgramMembership", membership.uuid());
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
