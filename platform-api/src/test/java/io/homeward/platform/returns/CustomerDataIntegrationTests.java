package io.homeward.platform.returns;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.shared.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's personal data exported and erased on the shipper's request, and erased by
 * the shipper's retention window: the personal fields gone, the compliance record kept,
 * each erasure in the audit log, and nothing of one shipper's customers reachable by
 * another.
 */
@IntegrationTest
class CustomerDataIntegrationTests {

	private static final String EXPORT = """
			query($email: String, $returnId: ID) {
			  customerDataExport(email: $email, returnId: $returnId) {
			    exportedAt
			    records { returnId rmaNumber status name email phone line1 postalCode city country reasonNote erasedAt }
			    userErrors { field code }
			  }
			}""";

	private static final String ERASE = """
			mutation($input: CustomerDataEraseInput!) {
			  customerDataErase(input: $input) { erasedReturnIds userErrors { field code } }
			}""";

	private static final String RETENTION = """
			mutation($input: CustomerDataRetentionInput!) {
			  customerDataRetentionUpdate(input: $input) { retention { days } userErrors { field code } }
			}""";

	private static final String RETURN = """
			query($id: ID!) { node(id: $id) { ... on ReturnOrder { rmaNumber status originCity originCountry
			  customer { name email } origin { line1 } reasonNote items { sku hsCode } } } }""";

	@LocalServerPort
	int port;

	@Autowired
	PersonalDataRetention retention;

	@Test
	void aShippersAdminExportsAndErasesACustomersDataAndTheComplianceRecordStays() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "erase-me-" + suffix + "@example.com";
		String first = create("CD1-" + suffix, email);
		String second = create("CD2-" + suffix, email);
		String other = create("CD3-" + suffix, "keep-me-" + suffix + "@example.com");

		Api.Result exported = Api.as(port, "acme").execute(EXPORT, Map.of("email", email.toUpperCase()));
		assertThat(exported.read("$.data.customerDataExport.records[*].returnId", List.class)).containsExactly(first,
				second);
		assertThat(exported.read("$.data.customerDataExport.records[0].name", String.class)).isEqualTo("Lucía Pérez");
		assertThat(exported.read("$.data.customerDataExport.records[0].line1", String.class))
			.isEqualTo("Calle de Alcalá 50");
		assertThat(exported.read("$.data.customerDataExport.records[0].reasonNote", String.class))
			.isEqualTo("Zip broken");
		assertThat(exported.read("$.data.customerDataExport.exportedAt", String.class)).isNotNull();

		// Nobody else reaches it: another shipper finds nothing, a member who is not an
		// admin and a carrier are refused, and a request must name one customer.
		assertThat(Api.as(port, "globex")
			.execute(EXPORT, Map.of("email", email))
			.read("$.data.customerDataExport.records", List.class)).isEmpty();
		assertThat(Api.as(port, "globex")
			.execute(EXPORT, Map.of("returnId", first))
			.read("$.data.customerDataExport.records", List.class)).isEmpty();
		for (String caller : List.of("acme-clerk", "carrier", "operator")) {
			assertThat(Api.as(port, caller)
				.execute(EXPORT, Map.of("email", email))
				.read("$.data.customerDataExport.userErrors[0].code", String.class)).as(caller)
				.isEqualTo("NOT_PERMITTED");
		}
		assertThat(Api.as(port, "acme")
			.execute(EXPORT, Map.of("email", email, "returnId", first))
			.read("$.data.customerDataExport.userErrors[0].code", String.class)).isEqualTo("INVALID");

		// Globex erasing Acme's return: not found, nothing changed.
		Api.Result foreign = Api.as(port, "globex").execute(ERASE, Map.of("input", Map.of("returnId", first)));
		assertThat(foreign.read("$.data.customerDataErase.userErrors[0].code", String.class)).isEqualTo("NOT_FOUND");
		assertThat(Api.as(port, "acme")
			.execute(RETURN, Map.of("id", first))
			.read("$.data.node.customer.name", String.class)).isEqualTo("Lucía Pérez");

		Api.Result erased = Api.as(port, "acme").execute(ERASE, Map.of("input", Map.of("email", email)));
		assertThat(erased.read("$.data.customerDataErase.erasedReturnIds", List.class)).containsExactly(first, second);
		Api.Result after = Api.as(port, "acme").execute(EXPORT, Map.of("returnId", first));
		Map<String, Object> record = after.read("$.data.customerDataExport.records[0]");
		assertThat(record).containsEntry("name", "erased")
			.containsEntry("email", null)
			.containsEntry("phone", null)
			.containsEntry("line1", "erased")
			.containsEntry("postalCode", null)
			.containsEntry("reasonNote", null)
			.containsEntry("city", "Madrid")
			.containsEntry("country", "ES");
		assertThat(record.get("erasedAt")).isNotNull();
		// The e-mail is gone, so it finds nothing any more.
		assertThat(Api.as(port, "acme")
			.execute(EXPORT, Map.of("email", email))
			.read("$.data.customerDataExport.records", List.class)).isEmpty();
		// The compliance record: the return, its place and its goods.
		Api.Result kept = Api.as(port, "acme").execute(RETURN, Map.of("id", first));
		assertThat(kept.read("$.data.node.rmaNumber", String.class)).isEqualTo("CD1-" + suffix);
		assertThat(kept.read("$.data.node.originCity", String.class)).isEqualTo("Madrid");
		assertThat(kept.read("$.data.node.items[*].hsCode", List.class)).containsExactly("630622", "851310");
		// The other customer's return is as it was.
		assertThat(Api.as(port, "acme")
			.execute(RETURN, Map.of("id", other))
			.read("$.data.node.customer.name", String.class)).isEqualTo("Lucía Pérez");
		// Erasing again: the same returns, nothing more to do.
		assertThat(Api.as(port, "acme")
			.execute(ERASE, Map.of("input", Map.of("returnId", first)))
			.read("$.data.customerDataErase.erasedReturnIds", List.class)).containsExactly(first);
		// In the audit log.
		assertThat(Api.as(port, "acme")
			.execute("{ auditLog(first: 5) { edges { node { operation outcome } } } }")
			.read("$.data.auditLog.edges[*].node.operation", List.class)).contains("customerDataErase");
	}

	@Test
	void theRetentionWindowErasesWhatEndedBeforeItAndTheAuditLogSaysSo() throws SQLException {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String ended = create("RT1-" + suffix, "old-" + suffix + "@example.com");
		String endedRecently = create("RT2-" + suffix, "recent-" + suffix + "@example.com");
		String open = create("RT3-" + suffix, "open-" + suffix + "@example.com");
		for (String id : List.of(ended, endedRecently)) {
			assertThat(Api.as(port, "acme")
				.execute(
						"mutation($input: ReturnTransitionInput!) { returnCancel(input: $input) { userErrors { code } } }",
						Map.of("input", Map.of("returnId", id, "note", "Customer changed their mind")))
				.read("$.data.returnCancel.userErrors", List.class)).isEmpty();
		}
		// The longest window there is, and two returns older than it: the demo's returns
		// are all younger, so the job touches none of them.
		backdate(ended, 3700);
		backdate(open, 3700);
		try {
			assertThat(code(Api.as(port, "acme").execute(RETENTION, Map.of("input", Map.of("days", 5)))))
				.isEqualTo("OUT_OF_RANGE");
			assertThat(code(Api.as(port, "acme-clerk").execute(RETENTION, Map.of("input", Map.of("days", 3650)))))
				.isEqualTo("NOT_PERMITTED");
			assertThat(Api.as(port, "acme")
				.execute(RETENTION, Map.of("input", Map.of("days", 3650)))
				.read("$.data.customerDataRetentionUpdate.retention.days", Integer.class)).isEqualTo(3650);
			assertThat(Api.as(port, "acme")
				.execute("{ customerDataRetention { days } }")
				.read("$.data.customerDataRetention.days", Integer.class)).isEqualTo(3650);
			assertThat(Api.as(port, "globex")
				.execute("{ customerDataRetention { days } }")
				.read("$.data.customerDataRetention", Object.class)).isNull();

			assertThat(retention.runOnce()).isEqualTo(1);
			assertThat(erasedAt(ended)).isNotNull();
			assertThat(erasedAt(endedRecently)).isNull();
			assertThat(erasedAt(open)).isNull();
			// Nothing more on the next run.
			assertThat(retention.runOnce()).isZero();
			Api.Result log = Api.as(port, "acme")
				.execute("{ auditLog(first: 1) { edges { node { actorUsername operation outcome targets } } } }");
			assertThat(log.read("$.data.auditLog.edges[0].node.operation", String.class))
				.isEqualTo("personalDataRetention");
			assertThat(log.read("$.data.auditLog.edges[0].node.actorUsername", String.class))
				.isEqualTo("homeward-retention");
			assertThat(log.read("$.data.auditLog.edges[0].node.targets", List.class)).containsExactly(ended);
		}
		finally {
			Api.as(port, "acme").execute(RETENTION, Map.of("input", Map.of()));
		}
		assertThat(Api.as(port, "acme")
			.execute("{ customerDataRetention { days } }")
			.read("$.data.customerDataRetention", Object.class)).isNull();
	}

	private String create(String rma, String email) {
		Map<String, Object> input = Fixtures.returnInput("cd-" + rma, rma);
		input.put("customer", Map.of("name", "Lucía Pérez", "email", email, "phone", "+34 600 111 222"));
		Api.Result created = Api.as(port, "acme").execute(Fixtures.CREATE, Map.of("input", input));
		assertThat(created.read("$.data.returnCreate.userErrors", List.class)).as(created.body()).isEmpty();
		return created.read("$.data.returnCreate.return.id");
	}

	private @org.jspecify.annotations.Nullable String erasedAt(String returnId) {
		return Api.as(port, "acme")
			.execute(EXPORT, Map.of("returnId", returnId))
			.read("$.data.customerDataExport.records[0].erasedAt", String.class);
	}

	private static String code(Api.Result result) {
		return result.read("$.data.customerDataRetentionUpdate.userErrors[0].code", String.class);
	}

	/** Makes the return look as if it last changed {@code days} ago, bound to Acme. */
	private static void backdate(String returnId, int days) throws SQLException {
		UUID id = GlobalId.decode(returnId, ReturnOrder.TYPE).orElseThrow();
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.appUser(),
				postgres.appPassword())) {
			connection.setAutoCommit(false);
			try (PreparedStatement bind = connection.prepareStatement("select bind_tenant(?, 'SHIPPER', null)")) {
				bind.setString(1, Fixtures.ACME.toString());
				bind.execute();
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update return_order set updated_at = now() - make_interval(days => ?) where id = ?")) {
				update.setInt(1, days);
				update.setObject(2, id);
				assertThat(update.executeUpdate()).isOne();
			}
			connection.commit();
		}
	}

}
