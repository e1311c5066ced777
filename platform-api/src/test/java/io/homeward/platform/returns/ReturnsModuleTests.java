package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.ModuleIntegrationTest;
import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.RlsProbe;
import io.homeward.platform.tenancy.TenancyErrorCode;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.homeward.platform.Fixtures.ACME;
import static io.homeward.platform.Fixtures.EU_CONSUMER;
import static io.homeward.platform.Fixtures.GLOBEX;
import static io.homeward.platform.Fixtures.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The returns module with the modules it depends on, against the real database: the
 * aggregate, the commands' outcomes and the isolation of what it stores, checked where no
 * application predicate can mask it.
 */
@ModuleIntegrationTest
class ReturnsModuleTests {

	/** A member of Acme without the admin role: returns are day-to-day work. */
	static final Tenant ACME_CLERK = new Tenant(ACME, OrganizationKind.SHIPPER, "test-acme-clerk", "acme-clerk",
			Set.of());

	static final Tenant ACME_ADMIN = new Tenant(ACME, OrganizationKind.SHIPPER, "test-acme", "acme",
			Set.of(Tenant.ADMIN_ROLE));

	static final Tenant THE_OPERATOR = new Tenant(OPERATOR, OrganizationKind.OPERATOR, "test-operator", "operator",
			Set.of(Tenant.ADMIN_ROLE));

	static final UUID ACME_RETURN = UUID.fromString("22222222-0000-4000-8000-000000000001");

	@Autowired
	ReturnOrders returns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	static ReturnCreate command(String key, UUID program) {
		return new ReturnCreate(key, program, "MT-" + UUID.randomUUID().toString().substring(0, 8),
				ReturnReason.DEFECTIVE, "Zip broken", new CustomerContact("Ana Ruiz", "ana@example.com", null),
				new Address("Calle Mayor 1", "2º", "Madrid", "28013", "Madrid", "es"), null,
				List.of(new ReturnCreate.NewItem("TENT-2P", "Two-person tent", "6306.22", "cn", 1,
						new BigDecimal("249.00"), "eur", new BigDecimal("2.4"), null, ItemCondition.DEFECTIVE, null,
						null, null, "P1"),
						new ReturnCreate.NewItem("LAMP", "Headlamp", "851310", "CN", 2, new BigDecimal("39.90"), "EUR",
								new BigDecimal("0.12"), null, ItemCondition.OPENED, "UN3481", null, null, null)),
				List.of(new ReturnCreate.NewParcel("P1", new BigDecimal("3.1"),
						new Dimensions(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("25")))));
	}

	static <T> T as(Tenant tenant, Callable<T> work) throws Exception {
		return TenantContext.callAs(tenant, work);
	}

	@Test
	void aClerkCreatesAReturnWhoseRootSavesItsItemsAndParcels() throws Exception {
		Outcome<ReturnOrder> created = as(ACME_CLERK, () -> returns.create(command(unique(), EU_CONSUMER)));
		assertThat(created.errors()).isEmpty();
		ReturnOrder order = created.valueOrNull();
		assertThat(order.status()).isEqualTo(ReturnStatus.REQUESTED);
		assertThat(order.originCity()).isEqualTo("Madrid");
		assertThat(order.originCountry()).isEqualTo("ES");
		assertThat(order.origin()).isEqualTo(new Address("Calle Mayor 1", "2º", "Madrid", "28013", "Madrid", "ES"));
		assertThat(order.reasonNote()).isEqualTo("Zip broken");

		Map<UUID, List<ReturnItem>> items = as(ACME_CLERK, () -> returns.itemsOf(List.of(order.uuid())));
		assertThat(items.get(order.uuid()))
			.extracting(ReturnItem::lineNumber, ReturnItem::hsCode, ReturnItem::originCountry, ReturnItem::unNumber,
					ReturnItem::parcelReference)
			.containsExactly(tuple(1, "630622", "CN", null, "P1"), tuple(2, "851310", "CN", "3481", null));
		assertThat(items.get(order.uuid()).getFirst().unitValue().currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(as(ACME_CLERK, () -> returns.parcelsOf(List.of(order.uuid()))).get(order.uuid()))
			.extracting(Parcel::reference)
			.containsExactly("P1");
		assertThat(as(ACME_CLERK, () -> returns.contactsOf(List.of(order.uuid()))).get(order.uuid()))
			.isEqualTo(new CustomerContact("Ana Ruiz", "ana@example.com", null));
		// Every child row carries its return's tenants.
		assertThat(as(ACME_CLERK,
				() -> inTransaction(() -> jdbc.sql("""
						select distinct shipper_id, operator_id from return_item where return_id = :id
						union select distinct shipper_id, operator_id from parcel where return_id = :id""")
					.param("id", order.uuid())
					.query((rs, row) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
					.list())))
			.containsExactly(List.of(ACME, OPERATOR));

		Outcome<ReturnOrder> approved = as(ACME_CLERK,
				() -> returns.transition(new ReturnTransition(order.uuid(), ReturnStatus.APPROVED, null)));
		assertThat(approved.valueOrNull().status()).isEqualTo(ReturnStatus.APPROVED);
		Outcome<ReturnOrder> canceled = as(ACME_CLERK,
				() -> returns.transition(new ReturnTransition(order.uuid(), ReturnStatus.CANCELED, "kept it")));
		assertThat(canceled.valueOrNull().statusNote()).isEqualTo("kept it");
		assertThat(as(ACME_ADMIN, () -> returns.byId(order.uuid())).orElseThrow().statusNote()).isEqualTo("kept it");
	}

	@Test
	void aRefusalAfterTheKeyWasClaimedLeavesTheKeyFreeAndAReusedKeyIsRefused() throws Exception {
		String key = unique();
		Outcome<ReturnOrder> unknown = as(ACME_CLERK, () -> returns.create(command(key, UUID.randomUUID())));
		assertThat(unknown.errors()).extracting(UserError::field, UserError::code)
			.containsExactly(tuple(List.of("programId"), CommonErrorCode.NOT_FOUND));
		assertThat(as(ACME_CLERK, () -> keys(key))).as("the claim rolled back").isZero();

		ReturnCreate corrected = command(key, EU_CONSUMER);
		ReturnOrder first = as(ACME_CLERK, () -> returns.create(corrected)).valueOrNull();
		assertThat(first).isNotNull();
		assertThat(as(ACME_CLERK, () -> returns.create(corrected)).valueOrNull()).as("a replay")
			.isEqualTo(as(ACME_CLERK, () -> returns.byId(first.uuid())).orElseThrow());
		assertThat(as(ACME_CLERK, () -> returns.create(command(key, EU_CONSUMER))).errors())
			.extracting(UserError::field, UserError::code)
			.containsExactly(tuple(List.of("idempotencyKey"), TenancyErrorCode.IDEMPOTENCY_KEY_REUSED));
	}

	@Test
	void theProgramsRulesAndTheFormAreReportedWithPathsIntoTheCommand() throws Exception {
		ReturnCreate valid = command(unique(), EU_CONSUMER);
		ReturnCreate lisbon = new ReturnCreate(valid.idempotencyKey(), valid.programId(), valid.rmaNumber(),
				valid.reason(), null, valid.customer(), new Address("Rua Augusta 1", null, "Lisboa", null, null, "PT"),
				null, valid.items(), valid.parcels());
		assertThat(as(ACME_CLERK, () -> returns.create(lisbon)).errors()).extracting(UserError::field, UserError::code)
			.containsExactly(tuple(List.of("origin", "countryCode"), NetworkErrorCode.ORIGIN_NOT_SERVED));
		assertThat(as(ACME_CLERK, () -> returns.create(lisbon)).errors()).as("the key stayed free").hasSize(1);
		assertThat(as(THE_OPERATOR, () -> returns.create(valid)).errors()).extracting(UserError::field, UserError::code)
			.containsExactly(tuple(List.of(), CommonErrorCode.NOT_PERMITTED));
	}

	/**
	 * A read without any tenant predicate, inside the application's transaction with the
	 * tenant bound: only row-level security stands between a shipper and another's rows,
	 * so this fails if RLS is disabled on return_order.
	 */
	@Test
	void theApplicationsTransactionShowsAShipperOnlyItsOwnReturns() throws Exception {
		String shippers = "select distinct shipper_id from return_order";
		assertThat(as(ACME_CLERK, () -> inTransaction(() -> jdbc.sql(shippers).query(UUID.class).list())))
			.containsExactly(ACME);
		Tenant globex = new Tenant(GLOBEX, OrganizationKind.SHIPPER, "test-globex", "globex", Set.of());
		assertThat(as(globex, () -> inTransaction(() -> jdbc.sql(shippers).query(UUID.class).list())))
			.containsExactly(GLOBEX);
		assertThat(as(THE_OPERATOR, () -> inTransaction(() -> jdbc.sql(shippers).query(UUID.class).list())))
			.containsExactlyInAnyOrder(ACME, GLOBEX);
	}

	@Test
	void theOperatorReadsTheReturnButNoneOfItsPersonalData() throws Exception {
		ReturnOrder seen = as(THE_OPERATOR, () -> returns.byId(ACME_RETURN)).orElseThrow();
		assertThat(seen.originCity()).isEqualTo("Madrid");
		assertThat(seen.originCountry()).isEqualTo("ES");
		assertThat(seen.origin()).isNull();
		assertThat(seen.reasonNote()).isNull();
		assertThat(seen.statusNote()).isNull();
		assertThat(as(THE_OPERATOR, () -> returns.contactsOf(List.of(ACME_RETURN)))).isEmpty();
		// The positive control: the shipper reads the same return whole.
		ReturnOrder own = as(ACME_CLERK, () -> returns.byId(ACME_RETURN)).orElseThrow();
		assertThat(own.origin().line1()).isEqualTo("Calle de Alcalá 214");
		assertThat(own.reasonNote()).isEqualTo("Pole hub cracked on the second night of use.");
		assertThat(as(ACME_CLERK, () -> returns.contactsOf(List.of(ACME_RETURN)))).hasSize(1);
	}

	/**
	 * The raw table as the application role: the operator reads every return of its
	 * programs and no private row. Fails if the private table's policy admits the
	 * operator or RLS is off on it; and if the policy is gone altogether, the shipper's
	 * positive control fails.
	 */
	@Test
	void theOperatorReadsNoPrivateRowInTheDatabase() throws SQLException {
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, "select count(*) from return_order")).isGreaterThanOrEqualTo(24);
			assertThat(count(c, "select count(*) from return_private")).isZero();
			assertThat(count(c, "select count(*) from return_contact")).isZero();
			c.rollback();
			bind(c, ACME, "SHIPPER");
			assertThat(count(c, "select count(*) from return_private")).isGreaterThanOrEqualTo(12);
			assertThat(count(c, "select count(*) from return_private where shipper_id <> '" + ACME + "'")).isZero();
			c.rollback();
		}
	}

	@Test
	void theDatabaseRefusesAChildWhoseOperatorIsNotItsReturns() throws SQLException {
		String item = """
				insert into return_item (shipper_id, id, operator_id, return_id, line_number, sku, description, hs_code,
				    origin_country, quantity, unit_value, currency, weight_kg, item_condition, goods_class, waste_hazardous)
				values ('%s', '%s', '%s', '%s', 99, 'X', 'x', '630622', 'CN', 1, 1, 'EUR', 1, 'NEW', 'PRODUCT', false)""";
		String parcel = """
				insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm,
				    height_cm)
				values ('%s', '%s', '%s', '%s', 'PX-%s', 1, 1, 1, 1)""";
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			for (String insert : List.of(item, parcel)) {
				bind(c, ACME, "SHIPPER");
				// The positive control: with the return's operator the row is accepted.
				assertThat(c.createStatement()
					.executeUpdate(insert.formatted(ACME, UUID.randomUUID(), OPERATOR, ACME_RETURN, UUID.randomUUID())))
					.isEqualTo(1);
				c.rollback();
				bind(c, ACME, "SHIPPER");
				UUID other = UUID.randomUUID();
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(
							() -> c.createStatement()
								.executeUpdate(insert.formatted(ACME, UUID.randomUUID(), other, ACME_RETURN,
										UUID.randomUUID())))
					.withMessageContaining("foreign key")
					.withMessageMatching("(?s).*(return_item_return_fk|parcel_return_fk).*");
				c.rollback();
			}
		}
	}

	/**
	 * V3 moves the street addresses and notes of existing returns, every tenant's, into
	 * return_private. Run against a scratch schema migrated to the version before it and
	 * filled with a copy of the demo network and returns in their old shape, then
	 * migrated on; the scratch schema is dropped afterwards.
	 */
	@Test
	void theMigrationMovesEveryTenantsPersonalDataIntoTheShipperOnlyTable() throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		String schema = "returns_migration_" + UUID.randomUUID().toString().substring(0, 8);
		try {
			migrate(postgres, schema, "__root", null);
			migrate(postgres, schema, "tenancy", null);
			migrate(postgres, schema, "network", null);
			migrate(postgres, schema, "returns", "2");
			List<String> copied = List.of("organization", "hub", "lane", "program", "program_lane",
					"program_membership");
			try (Connection c = RlsProbe.ownerRole()) {
				c.setAutoCommit(false);
				// The operator reads every row to copy; the scratch tables take them
				// while
				// not forced, then are forced again, as V3 finds them in production.
				bind(c, OPERATOR, "OPERATOR");
				for (String table : copied) {
					execute(c, "alter table %s.%s no force row level security".formatted(schema, table));
					execute(c, "insert into %s.%s select * from public.%s".formatted(schema, table, table));
					execute(c, "alter table %s.%s force row level security".formatted(schema, table));
				}
				execute(c, "alter table %s.return_order no force row level security".formatted(schema));
				execute(c,
						"""
								insert into %s.return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason,
								    reason_note, status_note, origin_line1, origin_line2, origin_city, origin_postal_code,
								    origin_region, origin_country, export_reference, exported_on, tracking_code, created_by,
								    created_at, updated_at, version)
								select shipper_id, id, operator_id, program_id, rma_number, status, reason,
								    'Reason of ' || rma_number, 'Note of ' || rma_number, 'Street of ' || rma_number, null,
								    origin_city, '0000', null, origin_country, export_reference, exported_on, tracking_code,
								    created_by, created_at, updated_at, version
								from public.return_order where tracking_code like 'HW%%' and created_by = 'seed'"""
							.formatted(schema));
				execute(c, "alter table %s.return_order force row level security".formatted(schema));
				c.commit();
			}

			migrate(postgres, schema, "returns", null);
			try (Connection c = RlsProbe.ownerRole()) {
				// What the public schema grants everyone by default.
				execute(c, "grant usage on schema " + schema + " to homeward_app");
			}

			try (Connection c = applicationRole()) {
				c.setAutoCommit(false);
				execute(c, "set local search_path = " + schema);
				for (UUID shipper : List.of(ACME, GLOBEX)) {
					bind(c, shipper, "SHIPPER");
					assertThat(count(c, "select count(*) from return_order")).isEqualTo(12);
					assertThat(
							count(c, """
									select count(*) from return_order r join return_private p
									  on p.shipper_id = r.shipper_id and p.return_id = r.id
									where p.origin_line1 = 'Street of ' || r.rma_number and p.origin_postal_code = '0000'
									  and p.reason_note = 'Reason of ' || r.rma_number and p.status_note = 'Note of ' || r.rma_number
									  and p.shipper_id = '%s'"""
								.formatted(shipper)))
						.as("every row moved, to its own shipper")
						.isEqualTo(12);
					c.rollback();
					execute(c, "set local search_path = " + schema);
				}
				bind(c, OPERATOR, "OPERATOR");
				assertThat(count(c, "select count(*) from return_order")).isEqualTo(24);
				assertThat(count(c, "select count(*) from return_private")).isZero();
				c.rollback();
			}
			try (Connection c = applicationRole()) {
				assertThat(count(c, """
						select count(*) from information_schema.columns where table_schema = '%s'
						  and table_name = 'return_order'
						  and column_name in ('origin_line1', 'origin_line2', 'origin_postal_code', 'origin_region',
						                      'reason_note', 'status_note')""".formatted(schema))).isZero();
				assertThat(count(c, """
						select count(*) from pg_class t join pg_namespace n on n.oid = t.relnamespace
						where n.nspname = '%s' and t.relname in ('return_order', 'return_private')
						  and t.relrowsecurity and t.relforcerowsecurity""".formatted(schema)))
					.as("forced again after the move")
					.isEqualTo(2);
			}
		}
		finally {
			try (Connection c = RlsProbe.ownerRole()) {
				execute(c, "drop schema if exists " + schema + " cascade");
			}
		}
	}

	/**
	 * One module's migrations into {@code schema}, each module with its own history
	 * table, as Spring Modulith runs them.
	 */
	static void migrate(PostgresEndpoint postgres, String schema, String module, @Nullable String target) {
		FluentConfiguration flyway = Flyway.configure()
			.dataSource(postgres.jdbcUrl(), postgres.ownerUser(), postgres.ownerPassword())
			.schemas(schema)
			.defaultSchema(schema)
			.locations("classpath:db/migration/" + module)
			.table(module.equals("__root") ? "flyway_schema_history" : "flyway_schema_history_" + module)
			.baselineOnMigrate(true)
			.baselineVersion("0");
		if (target != null) {
			flyway.target(target);
		}
		flyway.load().migrate();
	}

	static void execute(Connection c, String sql) throws SQLException {
		try (var statement = c.createStatement()) {
			statement.execute(sql);
		}
	}

	<T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute((status) -> work.get());
	}

	long keys(String key) {
		return inTransaction(() -> jdbc.sql("select count(*) from idempotency_record where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single());
	}

	static String unique() {
		return "mt-" + UUID.randomUUID();
	}

	static Connection applicationRole() throws SQLException {
		Connection c = RlsProbe.applicationRole();
		try (ResultSet rs = c.createStatement()
			.executeQuery("select rolbypassrls from pg_roles where rolname = current_user")) {
			rs.next();
			assertThat(rs.getBoolean(1)).as("the application role cannot bypass RLS").isFalse();
		}
		return c;
	}

	/** Binds both settings, as the application does. */
	static void bind(Connection c, UUID org, String kind) throws SQLException {
		RlsProbe.bind(c, org, kind);
	}

	static long count(Connection c, String sql) throws SQLException {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
