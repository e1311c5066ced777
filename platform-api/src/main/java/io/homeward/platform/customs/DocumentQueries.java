package io.homeward.platform.customs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.customs.CustomsDocument.CoveredItem;
import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the documents, in plain SQL over the tables of customs and of the
 * modules it reads (returns' items, consolidation's manifest lines and loads, network's
 * hubs), one statement per batch. Row-level security decides what each reader sees: no
 * statement here filters by organization, so a shipper gets its own items and the carrier
 * none because the policies say so.
 */
@Component
@Transactional(readOnly = true)
class DocumentQueries {

	private static final String DOCUMENTS = """
			select d.id, d.load_id, d.kind, d.reference, d.issuer, d.valid_from, d.valid_until, d.recorded_at,
			       i.item_id, i.return_id, i.shipper_id
			from customs_document d
			left join customs_document_item i on i.operator_id = d.operator_id and i.document_id = d.id""";

	private final JdbcClient jdbc;

	DocumentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The load's documents the reader may see, with the covered items it may see. */
	List<CustomsDocument> documentsOfLoad(UUID loadId) {
		return documents(jdbc.sql(DOCUMENTS + " where d.load_id = :load order by d.recorded_at, d.id, i.item_id")
			.param("load", loadId));
	}

	List<CustomsDocument> documentsByIds(Collection<UUID> ids) {
		return documents(jdbc.sql(DOCUMENTS + " where d.id = any(:ids) order by d.recorded_at, d.id, i.item_id")
			.param("ids", ids.toArray(UUID[]::new)));
	}

	/**
	 * What relief needs to know of each item whose parcel is in a load: the item, its
	 * return's original export, and the load with its hubs' countries. Items in no load
	 * are absent.
	 */
	Map<UUID, ReliefFacts> reliefFacts(Collection<UUID> itemIds) {
		Map<UUID, ReliefFacts> byItem = new LinkedHashMap<>();
		jdbc.sql("""
				select ri.id, ri.origin_country, ri.item_condition, ri.goods_class, ro.export_reference, ro.exported_on,
				       l.id as load_id, l.departure_at, o.country_code as origin_hub_country,
				       d.country_code as destination_hub_country
				from return_item ri
				join return_order ro on ro.shipper_id = ri.shipper_id and ro.id = ri.return_id
				join unit_parcel up on up.shipper_id = ri.shipper_id and up.return_id = ri.return_id
				                   and up.parcel_id = ri.parcel_id
				join load l on l.operator_id = up.operator_id and l.id = up.load_id
				join hub o on o.operator_id = l.operator_id and o.id = l.origin_hub_id
				join hub d on d.operator_id = l.operator_id and d.id = l.destination_hub_id
				where ri.id = any(:ids)""")
			.param("ids", itemIds.toArray(UUID[]::new))
			.query((rs, row) -> new ReliefFacts(rs.getObject("id", UUID.class), rs.getObject("load_id", UUID.class),
					ItemGoodsClass.valueOf(rs.getString("goods_class")),
					new CountryCode(rs.getString("origin_country")),
					ItemCondition.valueOf(rs.getString("item_condition")), rs.getString("export_reference"),
					rs.getObject("exported_on", LocalDate.class), rs.getObject("departure_at", OffsetDateTime.class),
					new CountryCode(rs.getString("origin_hub_country")),
					new CountryCode(rs.getString("destination_hub_country"))))
			.list()
			.forEach((facts) -> byItem.put(facts.itemId(), facts));
		return byItem;
	}

	/** Documents of the relief kinds covering each item, the reader's visible ones. */
	Map<UUID, List<CustomsDocument>> reliefDocuments(Collection<UUID> itemIds) {
		Map<UUID, List<CustomsDocument>> byItem = new LinkedHashMap<>();
		List<CustomsDocument> found = documents(jdbc
			.sql(DOCUMENTS
					+ " where i.item_id = any(:ids) and d.kind = any(:kinds) order by d.recorded_at, d.id, i.item_id")
			.param("ids", itemIds.toArray(UUID[]::new))
			.param("kinds",
					new String[] { CustomsDocumentKind.INF3_INFORMATION_SHEET.name(),
							CustomsDocumentKind.PROOF_OF_EXPORT.name(),
							CustomsDocumentKind.FOREIGN_SHIPPER_DECLARATION.name() }));
		for (CustomsDocument document : found) {
			for (CoveredItem item : document.items()) {
				byItem.computeIfAbsent(item.itemId(), (id) -> new ArrayList<>()).add(document);
			}
		}
		return byItem;
	}

	private static List<CustomsDocument> documents(JdbcClient.StatementSpec statement) {
		Map<UUID, DocumentRow> rows = new LinkedHashMap<>();
		statement.query((ResultSet rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			DocumentRow document = rows.get(id);
			if (document == null) {
				document = new DocumentRow(rs);
				rows.put(id, document);
			}
			UUID item = rs.getObject("item_id", UUID.class);
			if (item != null) {
				document.items.add(new CoveredItem(item, rs.getObject("return_id", UUID.class),
						rs.getObject("shipper_id", UUID.class)));
			}
		});
		return rows.values().stream().map(DocumentRow::document).toList();
	}

	/** A document while its rows are read, one per covered item. */
	private static final class DocumentRow {

		private final UUID id;

		private final UUID loadId;

		private final CustomsDocumentKind kind;

		private final String reference;

		private final String issuer;

		private final LocalDate validFrom;

		private final @Nullable LocalDate validUntil;

		private final OffsetDateTime recordedAt;

		private final List<CoveredItem> items = new ArrayList<>();

		DocumentRow(ResultSet rs) throws SQLException {
			this.id = rs.getObject("id", UUID.class);
			this.loadId = rs.getObject("load_id", UUID.class);
			this.kind = CustomsDocumentKind.valueOf(rs.getString("kind"));
			this.reference = rs.getString("reference");
			this.issuer = rs.getString("issuer");
			this.validFrom = rs.getObject("valid_from", LocalDate.class);
			this.validUntil = rs.getObject("valid_until", LocalDate.class);
			this.recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
		}

		CustomsDocument document() {
			return new CustomsDocument(id, loadId, kind, reference, issuer, validFrom, validUntil, recordedAt, items);
		}

	}

}
