package io.homeward.platform.network;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchPrograms;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published network (hubs, lanes, programs) as the demo data has it, its pagination,
 * and shippers joining and leaving programs. Tests that change memberships put the demo
 * state back before they end.
 */
@IntegrationTest
class NetworkIntegrationTests {

	private static final String EU_CONSUMER = id("Program", "c0000000-0000-4000-8000-000000000001");

	private static final String GLOBAL_RECOVERY = id("Program", "c0000000-0000-4000-8000-000000000002");

	private static final String MADRID_HUB = id("Hub", "a0000000-0000-4000-8000-000000000001");

	private static final String HUBS = """
			query Hubs($first: Int, $after: String) {
			  hubs(first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { id code name kind countryCode city timeZone operator { name kind } } }
			  }
			}""";

	private static final String LANES = """
			query Lanes($first: Int, $after: String) {
			  lanes(first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage }
			    edges { node { id code mode transitDays origin { code city } destination { code city }
			                   carrier { name kind } } }
			  }
			}""";

	private static final String PROGRAMS = """
			query Programs {
			  programs {
			    totalCount
			    pageInfo { hasNextPage }
			    edges { node {
			      id code name status acceptedGoods
			      operator { name kind }
			      destination { code city }
			      cutOffSchedule { days time timeZone }
			      lanes { code mode origin { countryCode } }
			      viewerMembership { id status joinedAt leftAt program { code } }
			    } }
			  }
			}""";

	private static final String MEMBERSHIP = """
			query Membership($id: ID!) {
			  node(id: $id) { ... on Program { code viewerMembership { id status joinedAt leftAt } } }
			}""";

	private static final String JOIN = """
			mutation Join($input: ProgramMembershipInput!) {
			  programJoin(input: $input) {
			    membership { id status joinedAt leftAt program { code } }
			    userErrors { field code message }
			  }
			}""";

	private static final String LEAVE = """
			mutation Leave($input: ProgramMembershipInput!) {
			  programLeave(input: $input) {
			    membership { id status joinedAt leftAt program { code } }
			    userErrors { field code message }
			  }
			}""";

	private static final String NODE = """
			query Node($id: ID!) {
			  node(id: $id) {
			    __typename id
			    ... on Hub { code name kind }
			    ... on Program { code name status }
			  }
			}""";

	@LocalServerPort
	int port;

	@Test
	void hubsAreTheOperatorsFourHubs() {
		DocumentContext hubs = Api.as(port, "acme").execute(HUBS, Map.of()).data();
		assertThat(hubs.read("$.data.hubs.totalCount", Integer.class)).isEqualTo(4);
		assertThat(hubs.read("$.data.hubs.edges[*].node.code", List.class)).containsExactly("MAD", "GRU", "SGN", "RTM");
		assertThat(hubs.read("$.data.hubs.edges[*].node.kind", List.class)).containsExactly("COLLECTION", "COLLECTION",
				"COLLECTION", "DESTINATION");
		assertThat(hubs.read("$.data.hubs.edges[0].node.id", String.class)).isEqualTo(MADRID_HUB);
		assertThat(hubs.read("$.data.hubs.edges[0].node.city", String.class)).isEqualTo("Madrid");
		assertThat(hubs.read("$.data.hubs.edges[3].node.timeZone", String.class)).isEqualTo("Europe/Amsterdam");
		assertThat(hubs.read("$.data.hubs.edges[*].node.operator.name", List.class)).containsOnly("Homeward Hub Ops");
		assertThat(hubs.read("$.data.hubs.pageInfo.hasNextPage", Boolean.class)).isFalse();
		assertThat(hubs.read("$.data.hubs.pageInfo.hasPreviousPage", Boolean.class)).isFalse();
		// The published network is the same for every signed-in organization.
		for (String user : List.of("operator", "globex", "carrier")) {
			DocumentContext other = Api.as(port, user).execute(HUBS, Map.of()).data();
			assertThat(other.read("$.data.hubs.totalCount", Integer.class)).as(user).isEqualTo(4);
			assertThat(other.read("$.data.hubs.edges[*].node.code", List.class)).as(user)
				.containsExactly("MAD", "GRU", "SGN", "RTM");
		}
	}

	@Test
	void hubsArePagedWithCursors() {
		Api acme = Api.as(port, "acme");
		DocumentContext first = acme.execute(HUBS, Map.of("first", 2)).data();
		assertThat(first.read("$.data.hubs.totalCount", Integer.class)).isEqualTo(4);
		assertThat(first.read("$.data.hubs.edges[*].node.code", List.class)).containsExactly("MAD", "GRU");
		assertThat(first.read("$.data.hubs.pageInfo.hasNextPage", Boolean.class)).isTrue();
		assertThat(first.read("$.data.hubs.pageInfo.hasPreviousPage", Boolean.class)).isFalse();
		String endCursor = first.read("$.data.hubs.pageInfo.endCursor");
		assertThat(endCursor).isEqualTo(first.read("$.data.hubs.edges[1].cursor", String.class));
		assertThat(first.read("$.data.hubs.pageInfo.startCursor", String.class))
			.isEqualTo(first.read("$.data.hubs.edges[0].cursor", String.class));

		DocumentContext second = acme.execute(HUBS, Map.of("first", 2, "after", endCursor)).data();
		assertThat(second.read("$.data.hubs.totalCount", Integer.class)).isEqualTo(4);
		assertThat(second.read("$.data.hubs.edges[*].node.code", List.class)).containsExactly("SGN", "RTM");
		assertThat(second.read("$.data.hubs.pageInfo.hasNextPage", Boolean.class)).isFalse();
		assertThat(second.read("$.data.hubs.pageInfo.hasPreviousPage", Boolean.class)).isTrue();

		DocumentContext past = acme
			.execute(HUBS, Map.of("first", 2, "after", second.read("$.data.hubs.pageInfo.endCursor", String.class)))
			.data();
		assertThat(past.read("$.data.hubs.edges", List.class)).isEmpty();
		assertThat(past.read("$.data.hubs.pageInfo.hasNextPage", Boolean.class)).isFalse();
		assertThat(past.read("$.data.hubs.pageInfo.endCursor", String.class)).isNull();
	}

	@Test
	void pageSizeOutsideOneToHundredIsBadUserInput() {
		for (int first : new int[] { 0, 101, -1 }) {
			Api.Result result = Api.as(port, "acme").execute(HUBS, Map.of("first", first));
			assertBadUserInput(result, "first", "first must be between 1 and 100");
		}
		// The bounds themselves are accepted.
		assertThat(Api.as(port, "acme").execute(HUBS, Map.of("first", 1)).data().read("$.data.hubs.edges", List.class))
			.hasSize(1);
		assertThat(
				Api.as(port, "acme").execute(HUBS, Map.of("first", 100)).data().read("$.data.hubs.edges", List.class))
			.hasSize(4);
	}

	@Test
	void garbageCursorIsBadUserInput() {
		// Not base64url at all, base64url of something that is not a cursor, and too
		// long.
		for (String after : List.of("!!not a cursor!!", "Z2FyYmFnZQ", "x".repeat(300))) {
			Api.Result result = Api.as(port, "acme").execute(HUBS, Map.of("first", 2, "after", after));
			assertBadUserInput(result, "after", "after is not a cursor from this connection");
		}
		// A real cursor of another connection is refused too, rather than silently paging
		// from its key.
		String laneCursor = Api.as(port, "acme")
			.execute("{ lanes(first: 1) { pageInfo { endCursor } } }")
			.data()
			.read("$.data.lanes.pageInfo.endCursor");
		assertBadUserInput(Api.as(port, "acme").execute(HUBS, Map.of("first", 2, "after", laneCursor)), "after",
				"after is not a cursor from this connection");
	}

	@Test
	void lanesNameTheirHubsAndCarrier() {
		DocumentContext lanes = Api.as(port, "globex").execute(LANES, Map.of()).data();
		// Six lanes of the network demo, then the two courier baselines of the pricing
		// demo.
		assertThat(lanes.read("$.data.lanes.totalCount", Integer.class)).isEqualTo(8);
		assertThat(lanes.read("$.data.lanes.pageInfo.hasNextPage", Boolean.class)).isFalse();
		assertThat(lanes.read("$.data.lanes.edges[*].node.code", List.class)).containsExactly("MAD-RTM-ROAD",
				"MAD-RTM-PARCEL", "GRU-RTM-SEA", "GRU-RTM-AIR", "SGN-RTM-SEA", "SGN-RTM-AIR", "GRU-RTM-PARCEL",
				"SGN-RTM-PARCEL");
		assertThat(lanes.read("$.data.lanes.edges[*].node.mode", List.class)).containsExactly("ROAD", "PARCEL", "SEA",
				"AIR", "SEA", "AIR", "PARCEL", "PARCEL");
		assertThat(lanes.read("$.data.lanes.edges[*].node.transitDays", List.class)).containsExactly(3, 2, 24, 4, 30, 5,
				6, 7);
		assertThat(lanes.read("$.data.lanes.edges[*].node.origin.city", List.class)).containsExactly("Madrid", "Madrid",
				"São Paulo", "São Paulo", "Ho Chi Minh City", "Ho Chi Minh City", "São Paulo", "Ho Chi Minh City");
		assertThat(lanes.read("$.data.lanes.edges[*].node.destination.code", List.class)).containsOnly("RTM")
			.hasSize(8);
		assertThat(lanes.read("$.data.lanes.edges[*].node.destination.city", List.class)).containsOnly("Rotterdam");
		assertThat(lanes.read("$.data.lanes.edges[*].node.carrier.name", List.class)).containsOnly("Rapid Freight")
			.hasSize(8);
		assertThat(lanes.read("$.data.lanes.edges[*].node.carrier.kind", List.class)).containsOnly("CARRIER");
		// The carrier sees the lanes it runs in the same way.
		DocumentContext asCarrier = Api.as(port, "carrier").execute(LANES, Map.of("first", 3)).data();
		assertThat(asCarrier.read("$.data.lanes.totalCount", Integer.class)).isEqualTo(8);
		assertThat(asCarrier.read("$.data.lanes.edges[*].node.code", List.class)).containsExactly("MAD-RTM-ROAD",
				"MAD-RTM-PARCEL", "GRU-RTM-SEA");
		assertThat(asCarrier.read("$.data.lanes.pageInfo.hasNextPage", Boolean.class)).isTrue();
	}

	@Test
	void programsWithTheirNetworkAndTheShippersMembership() {
		DocumentContext programs = Api.as(port, "acme").execute(PROGRAMS, Map.of()).data();
		assertThat(programs.read("$.data.programs.totalCount", Integer.class)).isEqualTo(2);
		assertThat(programs.read("$.data.programs.pageInfo.hasNextPage", Boolean.class)).isFalse();
		assertThat(programs.read("$.data.programs.edges[*].node.code", List.class)).containsExactly("EU-CONSUMER",
				"GLOBAL-RECOVERY");

		String eu = "$.data.programs.edges[0].node";
		assertThat(programs.read(eu + ".id", String.class)).isEqualTo(EU_CONSUMER);
		assertThat(programs.read(eu + ".name", String.class)).isEqualTo("EU Consumer Returns Pool");
		assertThat(programs.read(eu + ".status", String.class)).isEqualTo("OPEN");
		assertThat(programs.read(eu + ".acceptedGoods", List.class)).containsExactly("PRODUCT", "DANGEROUS_GOODS");
		assertThat(programs.read(eu + ".operator.name", String.class)).isEqualTo("Homeward Hub Ops");
		assertThat(programs.read(eu + ".operator.kind", String.class)).isEqualTo("OPERATOR");
		assertThat(programs.read(eu + ".destination.code", String.class)).isEqualTo("RTM");
		assertThat(programs.read(eu + ".destination.city", String.class)).isEqualTo("Rotterdam");
		assertThat(programs.read(eu + ".cutOffSchedule.days", List.class)).containsExactly("MONDAY", "WEDNESDAY",
				"FRIDAY");
		assertThat(programs.read(eu + ".cutOffSchedule.time", String.class)).isEqualTo("16:00");
		assertThat(programs.read(eu + ".cutOffSchedule.timeZone", String.class)).isEqualTo("Europe/Madrid");
		assertThat(programs.read(eu + ".lanes[*].code", List.class)).containsExactly("MAD-RTM-PARCEL", "MAD-RTM-ROAD");
		assertThat(programs.read(eu + ".lanes[*].origin.countryCode", List.class)).containsOnly("ES");
		assertThat(programs.read(eu + ".viewerMembership.status", String.class)).isEqualTo("ACTIVE");
		assertThat(programs.read(eu + ".viewerMembership.id", String.class))
			.isEqualTo(id("ProgramMembership", "d0000000-0000-4000-8000-000000000001"));
		assertThat(programs.read(eu + ".viewerMembership.program.code", String.class)).isEqualTo("EU-CONSUMER");
		assertThat(programs.read(eu + ".viewerMembership.leftAt", String.class)).isNull();

		String global = "$.data.programs.edges[1].node";
		assertThat(programs.read(global + ".id", String.class)).isEqualTo(GLOBAL_RECOVERY);
		assertThat(programs.read(global + ".acceptedGoods", List.class)).containsExactly("PRODUCT", "WASTE",
				"DANGEROUS_GOODS");
		assertThat(programs.read(global + ".destination.code", String.class)).isEqualTo("RTM");
		assertThat(programs.read(global + ".cutOffSchedule.days", List.class)).containsExactly("TUESDAY", "THURSDAY");
		assertThat(programs.read(global + ".cutOffSchedule.time", String.class)).isEqualTo("12:00");
		assertThat(programs.read(global + ".cutOffSchedule.timeZone", String.class)).isEqualTo("Europe/Amsterdam");
		assertThat(programs.read(global + ".lanes[*].code", List.class)).containsExactly("GRU-RTM-AIR", "GRU-RTM-SEA",
				"SGN-RTM-AIR", "SGN-RTM-SEA");
		assertThat(programs.read(global + ".lanes[*].origin.countryCode", List.class)).containsOnly("BR", "VN");
		assertThat(programs.read(global + ".viewerMembership.status", String.class)).isEqualTo("ACTIVE");
		assertThat(programs.read(global + ".viewerMembership.id", String.class))
			.isEqualTo(id("ProgramMembership", "d0000000-0000-4000-8000-000000000002"));
	}

	@Test
	void operatorsAndCarriersHaveNoMembership() {
		for (String user : List.of("operator", "carrier")) {
			DocumentContext programs = Api.as(port, user).execute(PROGRAMS, Map.of()).data();
			assertThat(programs.read("$.data.programs.totalCount", Integer.class)).as(user).isEqualTo(2);
			List<Map<String, Object>> nodes = programs.read("$.data.programs.edges[*].node");
			assertThat(nodes).as(user).hasSize(2).allSatisfy((node) -> {
				assertThat(node).containsKey("viewerMembership");
				assertThat(node.get("viewerMembership")).isNull();
			});
		}
	}

	@Test
	void shipperLeavesAndRejoinsAProgram() {
		Api globex = Api.as(port, "globex");
		String membershipId = id("ProgramMembership", "d0000000-0000-4000-8000-000000000004");
		DocumentContext before = globex.execute(MEMBERSHIP, Map.of("id", GLOBAL_RECOVERY)).data();
		assertThat(before.read("$.data.node.viewerMembership.status", String.class)).isEqualTo("ACTIVE");
		assertThat(before.read("$.data.node.viewerMembership.id", String.class)).isEqualTo(membershipId);
		String joinedBefore = before.read("$.data.node.viewerMembership.joinedAt");
		String acmeJoined = acmeMembershipOfGlobalRecovery().read("$.data.node.viewerMembership.joinedAt");
		try {
			DocumentContext leave = globex.execute(LEAVE, input(GLOBAL_RECOVERY)).data();
			assertThat(leave.read("$.data.programLeave.userErrors", List.class)).isEmpty();
			assertThat(leave.read("$.data.programLeave.membership.id", String.class)).isEqualTo(membershipId);
			assertThat(leave.read("$.data.programLeave.membership.status", String.class)).isEqualTo("LEFT");
			assertThat(leave.read("$.data.programLeave.membership.leftAt", String.class)).isNotNull();
			assertThat(leave.read("$.data.programLeave.membership.joinedAt", String.class)).isEqualTo(joinedBefore);
			assertThat(leave.read("$.data.programLeave.membership.program.code", String.class))
				.isEqualTo("GLOBAL-RECOVERY");

			// The membership is kept, as LEFT, and the program's viewerMembership shows
			// it.
			DocumentContext afterLeave = globex.execute(MEMBERSHIP, Map.of("id", GLOBAL_RECOVERY)).data();
			assertThat(afterLeave.read("$.data.node.viewerMembership.status", String.class)).isEqualTo("LEFT");
			assertThat(afterLeave.read("$.data.node.viewerMembership.id", String.class)).isEqualTo(membershipId);
			// The other program is untouched.
			DocumentContext otherProgram = globex.execute(MEMBERSHIP, Map.of("id", EU_CONSUMER)).data();
			assertThat(otherProgram.read("$.data.node.viewerMembership.status", String.class)).isEqualTo("ACTIVE");

			// Cross-tenant: acme's membership of the same program is not affected.
			DocumentContext acme = acmeMembershipOfGlobalRecovery();
			assertThat(acme.read("$.data.node.viewerMembership.status", String.class)).isEqualTo("ACTIVE");
			assertThat(acme.read("$.data.node.viewerMembership.joinedAt", String.class)).isEqualTo(acmeJoined);
			assertThat(acme.read("$.data.node.viewerMembership.leftAt", String.class)).isNull();

			DocumentContext leaveAgain = globex.execute(LEAVE, input(GLOBAL_RECOVERY)).data();
			assertThat(leaveAgain.read("$.data.programLeave.membership", Object.class)).isNull();
			assertUserError(leaveAgain, "programLeave", "NOT_A_MEMBER");

			DocumentContext join = globex.execute(JOIN, input(GLOBAL_RECOVERY)).data();
			assertThat(join.read("$.data.programJoin.userErrors", List.class)).isEmpty();
			assertThat(join.read("$.data.programJoin.membership.id", String.class)).isEqualTo(membershipId);
			assertThat(join.read("$.data.programJoin.membership.status", String.class)).isEqualTo("ACTIVE");
			assertThat(join.read("$.data.programJoin.membership.leftAt", String.class)).isNull();
			assertThat(join.read("$.data.programJoin.membership.joinedAt", String.class)).isNotEqualTo(joinedBefore);
			assertThat(join.read("$.data.programJoin.membership.program.code", String.class))
				.isEqualTo("GLOBAL-RECOVERY");
			DocumentContext afterJoin = globex.execute(MEMBERSHIP, Map.of("id", GLOBAL_RECOVERY)).data();
			assertThat(afterJoin.read("$.data.node.viewerMembership.status", String.class)).isEqualTo("ACTIVE");
		}
		finally {
			// Put the demo state back for the other tests, whatever failed above (joining
			// while a member changes nothing).
			globex.execute(JOIN, input(GLOBAL_RECOVERY));
		}
	}

	@Test
	void joiningWhileAMemberChangesNothing() {
		Api acme = Api.as(port, "acme");
		DocumentContext before = acme.execute(MEMBERSHIP, Map.of("id", EU_CONSUMER)).data();
		assertThat(before.read("$.data.node.viewerMembership.status", String.class)).isEqualTo("ACTIVE");
		for (int attempt = 0; attempt < 2; attempt++) {
			DocumentContext join = acme.execute(JOIN, input(EU_CONSUMER)).data();
			assertThat(join.read("$.data.programJoin.userErrors", List.class)).isEmpty();
			assertThat(join.read("$.data.programJoin.membership.status", String.class)).isEqualTo("ACTIVE");
			assertThat(join.read("$.data.programJoin.membership.id", String.class))
				.isEqualTo(before.read("$.data.node.viewerMembership.id", String.class));
			assertThat(join.read("$.data.programJoin.membership.joinedAt", String.class))
				.isEqualTo(before.read("$.data.node.viewerMembership.joinedAt", String.class));
			assertThat(join.read("$.data.programJoin.membership.leftAt", String.class)).isNull();
		}
	}

	@Test
	void onlyShippersJoinOrLeavePrograms() {
		for (String user : List.of("operator", "carrier")) {
			Api api = Api.as(port, user);
			DocumentContext join = api.execute(JOIN, input(EU_CONSUMER)).data();
			assertThat(join.read("$.data.programJoin.membership", Object.class)).as(user).isNull();
			assertUserError(join, "programJoin", "NOT_PERMITTED");
			DocumentContext leave = api.execute(LEAVE, input(EU_CONSUMER)).data();
			assertThat(leave.read("$.data.programLeave.membership", Object.class)).as(user).isNull();
			assertUserError(leave, "programLeave", "NOT_PERMITTED");
		}
	}

	@Test
	void unknownMalformedOrForeignTypeProgramIdsAreNotFound() {
		Api acme = Api.as(port, "acme");
		List<String> ids = List.of(id("Program", UUID.randomUUID().toString()), "xyz", MADRID_HUB,
				id("Lane", "b0000000-0000-4000-8000-000000000001"),
				// The UUID of a real program under another type name.
				id("ProgramMembership", "c0000000-0000-4000-8000-000000000001"));
		for (String programId : ids) {
			DocumentContext join = acme.execute(JOIN, input(programId)).data();
			assertThat(join.read("$.data.programJoin.membership", Object.class)).as(programId).isNull();
			assertUserError(join, "programJoin", "NOT_FOUND");
			DocumentContext leave = acme.execute(LEAVE, input(programId)).data();
			assertThat(leave.read("$.data.programLeave.membership", Object.class)).as(programId).isNull();
			assertUserError(leave, "programLeave", "NOT_FOUND");
		}
		// Nothing changed for acme.
		DocumentContext programs = acme.execute(PROGRAMS, Map.of()).data();
		assertThat(programs.read("$.data.programs.edges[*].node.viewerMembership.status", List.class))
			.containsExactly("ACTIVE", "ACTIVE");
	}

	@Test
	void nodeResolvesHubsAndProgramsForEverySignedInOrganization() {
		for (String user : List.of("operator", "acme", "globex", "carrier")) {
			Api api = Api.as(port, user);
			DocumentContext hub = api.execute(NODE, Map.of("id", MADRID_HUB)).data();
			assertThat(hub.read("$.data.node.__typename", String.class)).as(user).isEqualTo("Hub");
			assertThat(hub.read("$.data.node.id", String.class)).as(user).isEqualTo(MADRID_HUB);
			assertThat(hub.read("$.data.node.code", String.class)).as(user).isEqualTo("MAD");
			assertThat(hub.read("$.data.node.kind", String.class)).as(user).isEqualTo("COLLECTION");
			DocumentContext program = api.execute(NODE, Map.of("id", GLOBAL_RECOVERY)).data();
			assertThat(program.read("$.data.node.__typename", String.class)).as(user).isEqualTo("Program");
			assertThat(program.read("$.data.node.id", String.class)).as(user).isEqualTo(GLOBAL_RECOVERY);
			assertThat(program.read("$.data.node.code", String.class)).as(user).isEqualTo("GLOBAL-RECOVERY");
			assertThat(program.read("$.data.node.status", String.class)).as(user).isEqualTo("OPEN");
		}
		// An unknown id of a known type is simply null.
		DocumentContext unknown = Api.as(port, "acme")
			.execute(NODE, Map.of("id", id("Hub", UUID.randomUUID().toString())))
			.data();
		assertThat(unknown.read("$.data.node", Object.class)).isNull();
	}

	private DocumentContext acmeMembershipOfGlobalRecovery() {
		return Api.as(port, "acme").execute(MEMBERSHIP, Map.of("id", GLOBAL_RECOVERY)).data();
	}

	/**
	 * The race the lookup cannot see: another transaction of the same shipper inserts the
	 * membership and has not committed when programJoin looks for it. The join waits on
	 * the unique key, and once the other commits it answers that membership, as a join of
	 * a member does, not an internal error.
	 */
	@Test
	void aJoinRacingAConcurrentJoinAnswersTheMembershipNotAnInternalError() throws Exception {
		UUID program = ScratchPrograms.open();
		UUID membership = UUID.randomUUID();
		try (Connection other = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			RlsProbe.update(other, """
					insert into program_membership (shipper_id, id, operator_id, program_id, status, joined_at, version)
					values ('%s', '%s', '%s', '%s', 'ACTIVE', now(), 0)""".formatted(Fixtures.GLOBEX, membership,
					Fixtures.OPERATOR, program));
			CompletableFuture<DocumentContext> join = CompletableFuture.supplyAsync(
					() -> Api.as(port, "globex").execute(JOIN, input(GlobalId.encode("Program", program))).data());
			// Until programJoin's insert waits on this transaction's row (a bound on the
			// wait, not a timing assertion).
			for (int polls = 0; RlsProbe.count(other,
					"pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))") == 0; polls++) {
				assertThat(polls).as("programJoin never waited on the concurrent insert").isLessThan(600);
				assertThat(join).isNotDone();
				Thread.sleep(100);
			}
			other.commit();
			DocumentContext joined = join.get();
			assertThat(joined.read("$.data.programJoin.userErrors", List.class)).isEmpty();
			assertThat(joined.read("$.data.programJoin.membership.id", String.class))
				.isEqualTo(GlobalId.encode("ProgramMembership", membership));
			assertThat(joined.read("$.data.programJoin.membership.status", String.class)).isEqualTo("ACTIVE");
		}
		finally {
			ScratchPrograms.remove(program);
		}
	}

	/** K concurrent joins of one shipper: one membership, and every join answers it. */
	@Test
	void concurrentJoinsOfOneShipperMakeOneMembershipAndAllAnswerIt() throws Exception {
		int k = 6;
		UUID program = ScratchPrograms.open();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DocumentContext>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(k);
		try {
			Api globex = Api.as(port, "globex");
			for (int i = 0; i < k; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return globex.execute(JOIN, input(GlobalId.encode("Program", program))).data();
				}));
			}
			start.countDown();
			List<String> memberships = new ArrayList<>();
			for (Future<DocumentContext> answer : answers) {
				DocumentContext joined = answer.get();
				assertThat(joined.read("$.data.programJoin.userErrors", List.class)).isEmpty();
				memberships.add(joined.read("$.data.programJoin.membership.id", String.class));
			}
			assertThat(memberships).hasSize(k).doesNotContainNull();
			assertThat(memberships.stream().distinct()).hasSize(1);
			try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
				assertThat(RlsProbe.count(c, "program_membership where program_id = '" + program + "'")).isOne();
			}
		}
		finally {
			threads.shutdownNow();
			ScratchPrograms.remove(program);
		}
	}

	/**
	 * K concurrent joins and leaves of one membership race for its version. Every answer
	 * is typed (the membership, NOT_A_MEMBER as a leave after a leave gets it, or
	 * CONFLICT to retry), never an internal error, and the row is what the successful
	 * answers made of it: each done leave turned ACTIVE into LEFT, each join that changed
	 * anything turned LEFT into ACTIVE, alternately and one version each, so with L
	 * leaves done the version is 2L when it ends ACTIVE and 2L - 1 when it ends LEFT.
	 */
	@Test
	void concurrentJoinsAndLeavesOfOneMembershipAnswerTypedAndLeaveItConsistent() throws Exception {
		int k = 6;
		UUID program = ScratchPrograms.open();
		String programId = GlobalId.encode("Program", program);
		Api globex = Api.as(port, "globex");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DocumentContext>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(k);
		try {
			DocumentContext joined = globex.execute(JOIN, input(programId)).data();
			assertThat(joined.read("$.data.programJoin.userErrors", List.class)).isEmpty();
			for (int i = 0; i < k; i++) {
				String document = (i % 2 == 0) ? LEAVE : JOIN;
				answers.add(threads.submit(() -> {
					start.await();
					// data() fails on any GraphQL error, an internal one included.
					return globex.execute(document, input(programId)).data();
				}));
			}
			start.countDown();
			int leaves = 0;
			for (int i = 0; i < k; i++) {
				String mutation = (i % 2 == 0) ? "programLeave" : "programJoin";
				DocumentContext answer = answers.get(i).get();
				List<Map<String, Object>> errors = answer.read("$.data." + mutation + ".userErrors");
				if (errors.isEmpty()) {
					assertThat(answer.read("$.data." + mutation + ".membership.status", String.class))
						.isEqualTo(mutation.equals("programLeave") ? "LEFT" : "ACTIVE");
					leaves += mutation.equals("programLeave") ? 1 : 0;
				}
				else {
					assertThat(errors).as(answer.jsonString()).singleElement().satisfies((error) -> {
						assertThat(error.get("code")).isIn("CONFLICT", "NOT_A_MEMBER");
						assertThat(error.get("field")).isEqualTo(List.of("input", "programId"));
					});
				}
			}
			try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
				List<String> rows = RlsProbe.rows(c,
						"select status, version, left_at is null from program_membership where program_id = '" + program
								+ "'");
				assertThat(rows).singleElement()
					.isIn("ACTIVE," + (2 * leaves) + ",true", "LEFT," + (2 * leaves - 1) + ",false");
			}
		}
		finally {
			threads.shutdownNow();
			ScratchPrograms.remove(program);
		}
	}

	private static Map<String, Object> input(String programId) {
		return Map.of("input", Map.of("programId", programId));
	}

	private static void assertUserError(DocumentContext response, String mutation, String code) {
		List<Map<String, Object>> errors = response.read("$.data." + mutation + ".userErrors");
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().get("code")).isEqualTo(code);
		assertThat(errors.getFirst().get("field")).isEqualTo(List.of("input", "programId"));
		assertThat((String) errors.getFirst().get("message")).isNotBlank();
	}

	private static void assertBadUserInput(Api.Result result, String argument, String message) {
		assertThat(result.status()).isEqualTo(200);
		DocumentContext body = result.json();
		assertThat(body.read("$.data", Object.class)).as(result.body()).isNull();
		List<Map<String, Object>> errors = body.read("$.errors");
		assertThat(errors).as(result.body()).hasSize(1);
		assertThat(body.read("$.errors[0].message", String.class)).isEqualTo(message);
		assertThat(body.read("$.errors[0].path", List.class)).containsExactly("hubs");
		assertThat(body.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(body.read("$.errors[0].extensions.argument", String.class)).isEqualTo(argument);
		assertThat(body.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
	}

	/** A global id as the API encodes it: base64url, without padding, of "Type:uuid". */
	private static String id(String type, String uuid) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + uuid).getBytes(StandardCharsets.UTF_8));
	}

}
