package io.homeward.platform.disposition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of gradings and disposition logs, one statement per batch, under the reader's
 * policies (the hub's operator, the item's shipper); and what the rules need of an item,
 * read from the returns and consolidation modules' tables under the operator's own
 * policies, as customs reads a load's contents.
 */
@Repository
class DispositionQueries {

	private final JdbcClient jdbc;

	private final WasteOperations operations;

	DispositionQueries(JdbcClient jdbc, WasteOperations operations) {
		this.jdbc = jdbc;
		this.operations = operations;
	}

	/** An item as the operator sees it, with whether its parcel reached the hub. */
	record ItemAtHub(UUID itemId, UUID shipperId, UUID operatorId, HsCode hsCode, Money unitValue,
			CountryCode hubCountry, boolean received) {

	}

	Optional<ItemAtHub> itemAtHub(UUID itemId) {
		return jdbc.sql("""
				select i.id, i.shipper_id, i.operator_id, i.hs_code, i.unit_value, i.currency, h.country_code,
				       exists (select 1 from receipt_line l
				               where l.shipper_id = i.shipper_id and l.parcel_id = i.parcel_id
				                 and l.operator_id = i.operator_id and l.outcome in ('RECEIVED', 'DAMAGED')) as received
				from return_item i
				join return_order r on r.shipper_id = i.shipper_id and r.id = i.return_id
				join program p on p.operator_id = r.operator_id and p.id = r.program_id
				join hub h on h.operator_id = p.operator_id and h.id = p.destination_hub_id
				where i.id = :item and i.operator_id = current_org()""")
			.param("item", itemId)
			.query((rs, row) -> new ItemAtHub(rs.getObject("id", UUID.class), rs.getObject("shipper_id", UUID.class),
					rs.getObject("operator_id", UUID.class), HsCode.parse(rs.getString("hs_code")).orElseThrow(),
					new Money(rs.getBigDecimal("unit_value"), java.util.Currency.getInstance(rs.getString("currency"))),
					CountryCode.parse(rs.getString("country_code")).orElseThrow(), rs.getBoolean("received")))
			.optional();
	}

	Map<UUID, ItemGrading> gradings(Collection<UUID> itemIds) {
		Map<UUID, ItemGrading> found = new LinkedHashMap<>();
		if (itemIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select item_id, shipper_id, grade, notes, photo_refs, test_result, test_method, test_evidence,
				       proposed_disposition, proposed_operation_code, proposed_by_rule, graded_at
				from item_grading where item_id = any(:items)""")
			.param("items", itemIds.toArray(UUID[]::new))
			.query((rs, row) -> grading(rs))
			.list()
			.forEach((grading) -> found.put(grading.itemId(), grading));
		return found;
	}

	Map<UUID, List<ItemDispositionEntry>> logs(Collection<UUID> itemIds) {
		Map<UUID, List<ItemDispositionEntry>> found = new LinkedHashMap<>();
		if (itemIds.isEmpty()) {
			return found;
		}
		for (ItemDispositionEntry entry : jdbc.sql("""
				select id, item_id, seq, disposition, operation_code, derogation, derogation_evidence, note,
				       recovery_amount, recovery_currency, proposed_disposition, override_reason, recorded_at
				from item_disposition where item_id = any(:items) order by item_id, seq""")
			.param("items", itemIds.toArray(UUID[]::new))
			.query((rs, row) -> entry(rs))
			.list()) {
			found.computeIfAbsent(entry.itemId(), (id) -> new java.util.ArrayList<>()).add(entry);
		}
		return found;
	}

	Map<UUID, List<DisposalCertificate>> certificates(Collection<UUID> itemIds) {
		Map<UUID, List<DisposalCertificate>> found = new LinkedHashMap<>();
		if (itemIds.isEmpty()) {
			return found;
		}
		for (DisposalCertificate certificate : jdbc.sql("""
				select id, item_id, kind, partner_name, scheme, scheme_reference, certificate_reference, issued_on,
				       recorded_at
				from disposal_certificate where item_id = any(:items) order by item_id, issued_on, recorded_at""")
			.param("items", itemIds.toArray(UUID[]::new))
			.query((rs, row) -> new DisposalCertificate(rs.getObject("id", UUID.class),
					rs.getObject("item_id", UUID.class), DisposalCertificate.Kind.valueOf(rs.getString("kind")),
					rs.getString("partner_name"), DisposalCertificate.Scheme.valueOf(rs.getString("scheme")),
					rs.getString("scheme_reference"), rs.getString("certificate_reference"),
					rs.getObject("issued_on", java.time.LocalDate.class),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list()) {
			found.computeIfAbsent(certificate.itemId(), (id) -> new java.util.ArrayList<>()).add(certificate);
		}
		return found;
	}

	/** The return of an item the caller sees (its shipper, its hub's operator). */
	Optional<UUID> returnOf(UUID itemId) {
		return jdbc.sql("select return_id from return_item where id = :item")
			.param("item", itemId)
			.query(UUID.class)
			.optional();
	}

	private static ItemGrading grading(ResultSet rs) throws SQLException {
		String result = rs.getString("test_result");
		ItemGrading.FunctionalTest test = (result == null) ? null
				: new ItemGrading.FunctionalTest(ItemGrading.FunctionalTest.Result.valueOf(result),
						rs.getString("test_method"), rs.getString("test_evidence"));
		Array refs = rs.getArray("photo_refs");
		List<String> photos = (refs == null) ? List.of() : Arrays.asList((String[]) refs.getArray());
		String proposed = rs.getString("proposed_disposition");
		ItemGrading.Proposal proposal = (proposed == null) ? null
				: new ItemGrading.Proposal(Disposition.valueOf(proposed), rs.getString("proposed_operation_code"),
						rs.getString("proposed_by_rule"));
		return new ItemGrading(rs.getObject("item_id", UUID.class), rs.getObject("shipper_id", UUID.class),
				Grade.valueOf(rs.getString("grade")), rs.getString("notes"), List.copyOf(photos), test, proposal,
				rs.getObject("graded_at", OffsetDateTime.class));
	}

	private ItemDispositionEntry entry(ResultSet rs) throws SQLException {
		String code = rs.getString("operation_code");
		String derogation = rs.getString("derogation");
		String currency = rs.getString("recovery_currency");
		@Nullable Money recovery = (currency == null) ? null
				: new Money(rs.getBigDecimal("recovery_amount"), java.util.Currency.getInstance(currency));
		return new ItemDispositionEntry(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
				rs.getInt("seq"), Disposition.valueOf(rs.getString("disposition")),
				(code == null) ? null : operations.operation(code).orElseThrow(),
				(derogation == null) ? null : EsprDerogation.valueOf(derogation), rs.getString("derogation_evidence"),
				rs.getString("note"), recovery,
				(rs.getString("proposed_disposition") == null) ? null
						: Disposition.valueOf(rs.getString("proposed_disposition")),
				rs.getString("override_reason"), rs.getObject("recorded_at", OffsetDateTime.class));
	}

}
