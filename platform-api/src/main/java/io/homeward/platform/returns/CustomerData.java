package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's personal data as the shipper holds it: exported and erased on the
 * shipper's request (by the customer's e-mail across its returns, or for one return), and
 * erased on its own once the shipper's retention window has passed since a return ended
 * ({@link PersonalDataRetention}). Only a shipper's org-admins ask; row-level security
 * keeps every statement to the shipper's own returns, so another shipper's customer is
 * simply not found.
 * <p>
 * Erasing overwrites the personal fields in place (the name and first address line with
 * {@value #ERASED}, the rest with null) and marks the return, which keeps everything the
 * compliance record needs: its number, status, city and country, items, parcels, customs
 * documents, tracking events and dispositions, naming the customer by nothing but the
 * return's id.
 */
@Service
public class CustomerData {

	/** What an erased name or street reads as. */
	public static final String ERASED = "erased";

	static final int MIN_DAYS = 30;

	static final int MAX_DAYS = 3650;

	private static final String RECORDS = """
			select r.id, r.rma_number, r.status, r.created_at, r.origin_city, r.origin_country,
			       r.personal_data_erased_at, c.name, c.email, c.phone, p.origin_line1, p.origin_line2,
			       p.origin_postal_code, p.origin_region, p.reason_note, p.status_note
			from return_order r
			left join return_contact c on c.shipper_id = r.shipper_id and c.return_id = r.id
			left join return_private p on p.shipper_id = r.shipper_id and p.return_id = r.id
			where r.shipper_id = :shipper and r.id = any(:ids)
			order by r.created_at, r.id""";

	private final JdbcClient jdbc;

	CustomerData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everything the shipper holds of the customer of this e-mail, or of this return. */
	@Transactional(readOnly = true)
	public Outcome<List<CustomerDataRecord>> export(@Nullable String email, @Nullable UUID returnId) {
		Tenant caller = TenantContext.require();
		Optional<UserError> refused = refusal(caller, "Exporting customers' data", email, returnId);
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		return Outcome.done(records(caller.orgId(), returns(caller.orgId(), email, returnId)));
	}

	/** Erases the customer's personal data, answering the returns it was erased from. */
	@Transactional
	public Outcome<List<UUID>> erase(@Nullable String email, @Nullable UUID returnId) {
		Tenant caller = TenantContext.require();
		Optional<UserError> refused = refusal(caller, "Erasing customers' data", email, returnId);
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		List<UUID> found = returns(caller.orgId(), email, returnId);
		if (returnId != null && found.isEmpty()) {
			return Outcome.refused("returnId", CommonErrorCode.NOT_FOUND, "No such return");
		}
		eraseAll(caller.orgId(), found);
		return Outcome.done(found);
	}

	/**
	 * The shipper's retention window in days; empty when nothing is erased on its own.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> retention() {
		Tenant caller = TenantContext.require();
		return jdbc.sql("select days from return_retention where shipper_id = ?")
			.param(caller.orgId())
			.query(Integer.class)
			.optional();
	}

	/** Sets the shipper's retention window, or removes it with null. */
	@Transactional
	public Outcome<Optional<Integer>> updateRetention(@Nullable Integer days) {
		Tenant caller = TenantContext.require();
		Optional<UserError> refused = caller.refusalToAdminister(OrganizationKind.SHIPPER, "",
				"Only a shipper keeps customers' data", "Setting the retention of customers' data");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		if (days == null) {
			jdbc.sql("delete from return_retention where shipper_id = ?").param(caller.orgId()).update();
			return Outcome.done(Optional.empty());
		}
		if (days < MIN_DAYS || days > MAX_DAYS) {
			return Outcome.refused("days", CommonErrorCode.OUT_OF_RANGE,
					"must be between " + MIN_DAYS + " and " + MAX_DAYS);
		}
		jdbc.sql("""
				insert into return_retention (shipper_id, days, updated_at, updated_by) values (?, ?, ?, ?)
				on conflict (shipper_id) do update
				set days = excluded.days, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.params(caller.orgId(), days, now(), caller.userId())
			.update();
		return Outcome.done(Optional.of(days));
	}

	/**
	 * Erases the personal data of the bound shipper's returns that ended more than its
	 * window ago, at most {@code limit} of them; answers their ids. Runs bound to the
	 * shipper ({@link PersonalDataRetention}).
	 */
	@Transactional
	public List<UUID> eraseExpired(int limit) {
		Tenant shipper = TenantContext.require();
		List<UUID> due = jdbc.sql("""
				select r.id from return_order r
				join return_retention t on t.shipper_id = r.shipper_id
				where r.shipper_id = :shipper and r.personal_data_erased_at is null
				  and r.status in ('CLOSED', 'DECLINED', 'CANCELED')
				  and r.updated_at < now() - make_interval(days => t.days)
				order by r.updated_at
				limit :limit""").param("shipper", shipper.orgId()).param("limit", limit).query(UUID.class).list();
		eraseAll(shipper.orgId(), due);
		return due;
	}

	private void eraseAll(UUID shipper, List<UUID> returns) {
		if (returns.isEmpty()) {
			return;
		}
		UUID[] ids = returns.toArray(UUID[]::new);
		for (String erase : List.of("""
				update return_contact set name = :erased, email = null, phone = null
				where shipper_id = :shipper and return_id = any(:ids)""", """
				update return_private set origin_line1 = :erased, origin_line2 = null, origin_postal_code = null,
				       origin_region = null, reason_note = null, status_note = null
				where shipper_id = :shipper and return_id = any(:ids)""")) {
			jdbc.sql(erase).param("erased", ERASED).param("shipper", shipper).param("ids", ids).update();
		}
		jdbc.sql("""
				update return_order set personal_data_erased_at = :now
				where shipper_id = :shipper and id = any(:ids) and personal_data_erased_at is null""")
			.param("now", now())
			.param("shipper", shipper)
			.param("ids", ids)
			.update();
	}

	/** The shipper's returns of the customer of {@code email}, or the one return. */
	private List<UUID> returns(UUID shipper, @Nullable String email, @Nullable UUID returnId) {
		if (returnId != null) {
			return jdbc.sql("select id from return_order where shipper_id = ? and id = ?")
				.params(shipper, returnId)
				.query(UUID.class)
				.list();
		}
		return jdbc.sql("""
				select r.id from return_order r
				join return_contact c on c.shipper_id = r.shipper_id and c.return_id = r.id
				where r.shipper_id = ? and lower(c.email) = ?
				order by r.created_at, r.id""")
			.params(shipper, email.strip().toLowerCase(Locale.ROOT))
			.query(UUID.class)
			.list();
	}

	private List<CustomerDataRecord> records(UUID shipper, List<UUID> returns) {
		if (returns.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(RECORDS)
			.param("shipper", shipper)
			.param("ids", returns.toArray(UUID[]::new))
			.query((rs, row) -> new CustomerDataRecord(rs.getObject("id", UUID.class), rs.getString("rma_number"),
					ReturnStatus.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
					rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("origin_line1"),
					rs.getString("origin_line2"), rs.getString("origin_postal_code"), rs.getString("origin_region"),
					rs.getString("origin_city"), rs.getString("origin_country"), rs.getString("reason_note"),
					rs.getString("status_note"), rs.getObject("personal_data_erased_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Why the caller may not, or why the request names no customer: exactly one of an
	 * e-mail and a return.
	 */
	private static Optional<UserError> refusal(Tenant caller, String action, @Nullable String email,
			@Nullable UUID returnId) {
		Optional<UserError> refused = caller.refusalToAdminister(OrganizationKind.SHIPPER, "",
				"Only a shipper keeps customers' data", action);
		if (refused.isPresent()) {
			return refused;
		}
		boolean byEmail = email != null && !email.isBlank();
		if (byEmail == (returnId != null)) {
			return Optional.of(UserError.of("", CommonErrorCode.INVALID, "Name the customer by email or by returnId"));
		}
		if (byEmail && (email.length() > 254 || !email.contains("@"))) {
			return Optional.of(UserError.of("email", CommonErrorCode.INVALID, "must be an e-mail address"));
		}
		return Optional.empty();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
