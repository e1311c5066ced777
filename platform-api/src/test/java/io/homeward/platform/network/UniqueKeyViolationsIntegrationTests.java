package io.homeward.platform.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UniqueKeys} against the exceptions the real database and the real stack throw,
 * not hand-built ones: the same unique key (a shipper's one membership of a program)
 * violated through JPA and through {@code JdbcClient}, and a violation of another kind.
 * It lives in network because the key and the entity that writes it are network's. Every
 * write is refused, so its transaction rolls back and the demo data stays as it was.
 */
@IntegrationTest
class UniqueKeyViolationsIntegrationTests {

	static final Tenant ACME_ADMIN = new Tenant(Fixtures.ACME, OrganizationKind.SHIPPER, "test-acme", "acme",
			Set.of(Tenant.ADMIN_ROLE));

	/** Another unique key of the same table: the shipper's one row per membership id. */
	static final String OTHER_KEY = "program_membership_shipper_id_id_key";

	@Autowired
	MembershipRepository memberships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aViolationThroughJpaIsTheNamedKeysAndNoOther() {
		// Acme is a member of EU-CONSUMER in the demo data, left or not: the row stays.
		DataAccessException failure = refused(() -> memberships.saveAndFlush(
				new MembershipEntity(Fixtures.ACME, Fixtures.OPERATOR, Fixtures.EU_CONSUMER, OffsetDateTime.now())));
		assertThat(failure).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(causes(failure)).as("through Hibernate")
			.hasAtLeastOneElementOfType(ConstraintViolationException.class);
		assertThat(UniqueKeys.violated(failure, ProgramMemberships.MEMBERSHIP_KEY)).isTrue();
		assertThat(UniqueKeys.violated(failure, ProgramMemberships.MEMBERSHIP_KEY.toUpperCase())).isTrue();
		assertThat(UniqueKeys.violated(failure, OTHER_KEY)).isFalse();
	}

	@Test
	void aViolationThroughJdbcClientIsTheNamedKeysAndNoOther() {
		DataAccessException failure = refused(() -> insert(UUID.randomUUID(), Fixtures.EU_CONSUMER));
		assertThat(failure).isInstanceOf(DuplicateKeyException.class);
		// No Hibernate exception on this way: only the driver's names the constraint.
		assertThat(causes(failure)).as("through the driver alone")
			.hasAtLeastOneElementOfType(PSQLException.class)
			.doesNotHaveAnyElementsOfTypes(ConstraintViolationException.class);
		assertThat(UniqueKeys.violated(failure, ProgramMemberships.MEMBERSHIP_KEY)).isTrue();
		assertThat(UniqueKeys.violated(failure, OTHER_KEY)).isFalse();
	}

	@Test
	void aViolationOfAnotherKindIsNoUniqueKeysWhateverTheName() {
		// An unknown program: the foreign key refuses the row, not a unique key.
		DataAccessException failure = refused(() -> insert(UUID.randomUUID(), UUID.randomUUID()));
		assertThat(failure).isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(DuplicateKeyException.class);
		// The name is right (the positive control); only the kind of violation differs.
		String foreignKey = "program_membership_operator_id_program_id_fkey";
		assertThat(causes(failure)).filteredOn(PSQLException.class::isInstance)
			.map((cause) -> ((PSQLException) cause).getServerErrorMessage().getConstraint())
			.containsExactly(foreignKey);
		assertThat(UniqueKeys.violated(failure, foreignKey)).isFalse();
		assertThat(UniqueKeys.violated(failure, ProgramMemberships.MEMBERSHIP_KEY)).isFalse();
	}

	private int insert(UUID id, UUID program) {
		return jdbc.sql("""
				insert into program_membership (shipper_id, id, operator_id, program_id, status, joined_at, version)
				values (:shipper, :id, :operator, :program, 'ACTIVE', now(), 0)""")
			.param("shipper", Fixtures.ACME)
			.param("id", id)
			.param("operator", Fixtures.OPERATOR)
			.param("program", program)
			.update();
	}

	/** What the write throws in Acme's transaction, which rolls back. */
	private DataAccessException refused(Runnable write) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		try {
			TenantContext.callAs(ACME_ADMIN, () -> template.execute((status) -> {
				write.run();
				return null;
			}));
		}
		catch (DataAccessException ex) {
			return ex;
		}
		catch (Exception ex) {
			throw new AssertionError("refused otherwise than by the database", ex);
		}
		throw new AssertionError("the write was not refused");
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (@Nullable
		Throwable cause = failure; cause != null; cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

}
