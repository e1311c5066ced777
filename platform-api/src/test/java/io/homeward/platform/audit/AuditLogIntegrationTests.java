package io.homeward.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log over HTTP with real tokens: each mutation recorded with who, what, on
 * what and its outcome; the chain intact under concurrent writers, and broken where an
 * entry is changed; read by the organization's admins only, by its operator, and by no
 * other organization (with the negative control of row-level security off).
 */
@IntegrationTest
class AuditLogIntegrationTests {

	private static final String LOG = """
			query($org: ID, $first: Int) {
			  auditLog(organizationId: $org, first: $first) {
			    edges { node { seq organizationId actorUsername operation operationName targets outcome codes previousHash hash } }
			  }
			}""";

	private static final String VERIFY = "query($org: ID) { auditLogVerify(organizationId: $org) { entries intact firstBrokenSeq } }";

	private static final String APPROVE = """
			mutation Approve($id: ID!) { returnApprove(input: {returnId: $id}) { userErrors { code } } }""";

	@LocalServerPort
	int port;

	List<Map<String, Object>> log(String user, String org, int first) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("org", org);
		variables.put("first", first);
		return Api.as(port, user).execute(LOG, variables).data().read("$.data.auditLog.edges[*].node");
	}

	DocumentContext verify(String user, String org) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("org", org);
		return Api.as(port, user).execute(VERIFY, variables).data();
	}

	static String acme() {
		return GlobalId.encode(Organization.TYPE, Fixtures.ACME);
	}

	@Test
	void eachMutationIsRecordedWithWhoWhatOnWhatAndItsOutcome() {
		String missing = GlobalId.encode(ReturnOrder.TYPE, UUID.randomUUID());
		// A shipper approves nothing: refused, and recorded as refused.
		Api.as(port, "acme").execute(APPROVE, Map.of("id", missing));
		List<Map<String, Object>> entries = log("acme", null, 1);
		assertThat(entries).hasSize(1);
		Map<String, Object> refused = entries.getFirst();
		assertThat(refused).containsEntry("actorUsername", "acme")
			.containsEntry("operation", "returnApprove")
			.containsEntry("operationName", "Approve")
			.containsEntry("outcome", "REFUSED")
			.containsEntry("organizationId", acme());
		assertThat((List<String>) refused.get("targets")).containsExactly(missing);
		assertThat((List<String>) refused.get("codes")).isNotEmpty();

		// Done: a webhook endpoint created and disabled again.
		DocumentContext created = Api.as(port, "acme")
			.execute(
					"""
							mutation { webhookEndpointCreate(input: {idempotencyKey: "audit-%1$s", url: "https://hooks.example.com/audit-%1$s",
							                                         eventTypes: [MILESTONE]}) { endpoint { id } userErrors { code } } }"""
						.formatted(UUID.randomUUID()))
			.data();
		String endpoint = created.read("$.data.webhookEndpointCreate.endpoint.id");
		Api.as(port, "acme")
			.execute("mutation($id: ID!) { webhookEndpointDisable(input: {endpointId: $id}) { userErrors { code } } }",
					Map.of("id", endpoint));
		List<Map<String, Object>> latest = log("acme", null, 3);
		assertThat(latest).extracting((entry) -> entry.get("operation"))
			.containsExactly("webhookEndpointDisable", "webhookEndpointCreate", "returnApprove");
		assertThat(latest).extracting((entry) -> entry.get("outcome")).containsExactly("DONE", "DONE", "REFUSED");
		assertThat((List<String>) latest.getFirst().get("targets")).containsExactly(endpoint);
		// Newest first, each chained onto the one before.
		for (int i = 0; i < latest.size() - 1; i++) {
			assertThat(latest.get(i).get("previousHash")).isEqualTo(latest.get(i + 1).get("hash"));
			assertThat((Integer) latest.get(i).get("seq")).isEqualTo((Integer) latest.get(i + 1).get("seq") + 1);
		}
		DocumentContext check = verify("acme", null);
		assertThat(check.read("$.data.auditLogVerify.intact", Boolean.class)).isTrue();
		assertThat(check.read("$.data.auditLogVerify.entries", Integer.class)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void concurrentMutationsOfOneOrganizationKeepOneUnbrokenChain() throws Exception {
		int before = verify("acme", null).read("$.data.auditLogVerify.entries", Integer.class);
		// Tokens first: sixteen logins at once would trip the realm's brute-force
		// detection.
		Api.token("acme");
		Api.token("acme-clerk");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String user = (i % 2 == 0) ? "acme" : "acme-clerk";
				runs.add(pool.submit(() -> Api.as(port, user)
					.execute(APPROVE, Map.of("id", GlobalId.encode(ReturnOrder.TYPE, UUID.randomUUID())))));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		DocumentContext check = verify("acme", null);
		assertThat(check.read("$.data.auditLogVerify.entries", Integer.class)).isEqualTo(before + 16);
		assertThat(check.read("$.data.auditLogVerify.intact", Boolean.class)).isTrue();
		assertThat(log("acme", null, 16)).extracting((entry) -> entry.get("actorUsername"))
			.containsOnly("acme", "acme-clerk");
	}

	@Test
	void anEntryChangedAfterwardsBreaksTheChainWhereItWasChanged() throws SQLException {
		Api.as(port, "acme").execute(APPROVE, Map.of("id", GlobalId.encode(ReturnOrder.TYPE, UUID.randomUUID())));
		long broken = RlsProbe.withRowLevelSecurityOff(List.of("audit_entry"), Fixtures.ACME, "SHIPPER", (c) -> {
			try (Statement statement = c.createStatement()) {
				// Someone with the owner's rights turns a refusal into a success.
				statement.executeUpdate("update audit_entry set outcome = 'DONE', codes = '' where organization_id = '"
						+ Fixtures.ACME + "' and seq = (select max(seq) from audit_entry where organization_id = '"
						+ Fixtures.ACME + "')");
				try (ResultSet rs = statement
					.executeQuery("select first_broken from audit_verify('" + Fixtures.ACME + "')")) {
					rs.next();
					long first = rs.getLong(1);
					try (ResultSet max = c.createStatement()
						.executeQuery(
								"select max(seq) from audit_entry where organization_id = '" + Fixtures.ACME + "'")) {
						max.next();
						assertThat(first).isEqualTo(max.getLong(1));
					}
					// And an entry removed from the middle breaks it at the next one.
					statement.executeUpdate("update audit_entry set outcome = 'REFUSED' where organization_id = '"
							+ Fixtures.ACME + "' and seq = " + first);
					statement.executeUpdate(
							"delete from audit_entry where organization_id = '" + Fixtures.ACME + "' and seq = 1");
					try (ResultSet gap = statement
						.executeQuery("select first_broken from audit_verify('" + Fixtures.ACME + "')")) {
						gap.next();
						assertThat(gap.getLong(1)).isEqualTo(2);
					}
					return first;
				}
			}
		});
		assertThat(broken).isPositive();
		// Rolled back: the chain the platform reads is intact.
		assertThat(verify("acme", null).read("$.data.auditLogVerify.intact", Boolean.class)).isTrue();
	}

	@Test
	void anOrganizationsLogIsItsAdminsAndItsOperatorsAndNoOneElses() throws SQLException {
		Api.as(port, "acme").execute(APPROVE, Map.of("id", GlobalId.encode(ReturnOrder.TYPE, UUID.randomUUID())));
		// Not an admin: refused.
		Api.Result clerk = Api.as(port, "acme-clerk").execute(LOG, Map.of("first", 1));
		assertThat(clerk.read("$.errors[0].extensions.code", String.class)).isEqualTo("FORBIDDEN");
		// Another shipper asking for Acme's: nothing, like an organization with no log.
		assertThat(log("globex", acme(), 50)).isEmpty();
		assertThat(log("globex", null, 50)).extracting((entry) -> entry.get("organizationId")).doesNotContain(acme());
		assertThat(verify("globex", acme()).read("$.data.auditLogVerify.entries", Integer.class)).isZero();
		// The operator of Acme's programs reads Acme's log; the carrier does not.
		assertThat(log("operator", acme(), 5)).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.get("organizationId")).isEqualTo(acme()));
		assertThat(verify("operator", acme()).read("$.data.auditLogVerify.intact", Boolean.class)).isTrue();
		assertThat(log("carrier", acme(), 5)).isEmpty();
		String where = "audit_entry where organization_id = '" + Fixtures.ACME + "'";
		try (var c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		try (var c = RlsProbe.app(UUID.fromString("11111111-1111-4111-8111-1111111111aa"), "OPERATOR")) {
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("audit_entry"), Fixtures.GLOBEX, "SHIPPER", where))
			.isPositive();
		// Nobody writes an entry for another organization, or changes one.
		try (var c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER"); Statement statement = c.createStatement()) {
			assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> statement.executeUpdate(
					"insert into audit_entry (organization_id, seq, occurred_at, actor_user_id, actor_username,"
							+ " operation, targets, outcome, codes, previous_hash, hash) values ('" + Fixtures.ACME
							+ "', 999999, now(), 'x', 'x', 'x', '', 'DONE', '', 'x', 'x')")))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("row-level security");
		}
		try (var c = RlsProbe.app(Fixtures.ACME, "SHIPPER"); Statement statement = c.createStatement()) {
			assertThat(org.assertj.core.api.Assertions
				.catchThrowable(() -> statement.executeUpdate("update audit_entry set outcome = 'DONE'")))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

}
