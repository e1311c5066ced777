package io.homeward.platform.customs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations in SQL: one statement per batch ({@code = any(:ids)}), and no organization
 * predicate anywhere. Row-level security alone decides what each reader gets: the header
 * for the operator, the load's carrier and its shippers; lines for the operator and, of
 * its own, each shipper; rates for the operator only.
 */
@Component
@Transactional(readOnly = true)
class DeclarationQueries {

	private static final String HEADERS = """
			select id, operator_id, load_id, carrier_id, status, customs_reference, hold_reason, currency,
			       export_country, import_country, created_at, version
			from customs_declaration d""";

	private final JdbcClient jdbc;

	DeclarationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CustomsDeclaration> declarations(Collection<UUID> ids) {
		return jdbc.sql(HEADERS + " where d.id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(DeclarationQueries::header)
			.list();
	}

	Optional<CustomsDeclaration> declaration(UUID id) {
		return declarations(List.of(id)).stream().findFirst();
	}

	/** The declaration of each load that has one the caller may read. */
	Map<UUID, CustomsDeclaration> declarationsOfLoads(Collection<UUID> loadIds) {
		Map<UUID, CustomsDeclaration> byLoad = new LinkedHashMap<>();
		jdbc.sql(HEADERS + " where d.load_id = any(:ids)")
			.param("ids", loadIds.toArray(UUID[]::new))
			.query(DeclarationQueries::header)
			.list()
			.forEach((declaration) -> byLoad.put(declaration.loadId(), declaration));
		return byLoad;
	}

	Map<UUID, List<CustomsDeclarationLine>> lines(Collection<UUID> declarationIds) {
		Map<UUID, List<CustomsDeclarationLine>> byDeclaration = new LinkedHashMap<>();
		jdbc.sql("""
				select l.declaration_id, l.line_number, l.shipper_id, l.hs_code, l.origin_country, l.quantity, l.net_kg,
				       l.gross_kg, l.statistical_value, d.currency
				from customs_declaration_line l
				join customs_declaration d on d.operator_id = l.operator_id and d.id = l.declaration_id
				where l.declaration_id = any(:ids)
				order by l.declaration_id, l.line_number""")
			.param("ids", declarationIds.toArray(UUID[]::new))
			.query((rs, row) -> {
				Currency currency = Currency.getInstance(rs.getString("currency"));
				return new CustomsDeclarationLine(rs.getObject("declaration_id", UUID.class), rs.getInt("line_number"),
						rs.getObject("shipper_id", UUID.class), rs.getString("hs_code"), rs.getString("origin_country"),
						rs.getInt("quantity"), rs.getBigDecimal("net_kg"), rs.getBigDecimal("gross_kg"),
						new Money(rs.getBigDecimal("statistical_value")
							.setScale(Math.max(currency.getDefaultFractionDigits(), 0)), currency));
			})
			.list()
			.forEach(
					(line) -> byDeclaration.computeIfAbsent(line.declarationId(), (id) -> new ArrayList<>()).add(line));
		return byDeclaration;
	}

	Map<UUID, List<ExchangeRate>> rates(Collection<UUID> declarationIds) {
		Map<UUID, List<ExchangeRate>> byDeclaration = new LinkedHashMap<>();
		jdbc.sql("""
				select declaration_id, currency, rate from customs_declaration_rate
				where declaration_id = any(:ids) order by declaration_id, currency""")
			.param("ids", declarationIds.toArray(UUID[]::new))
			.query((rs) -> {
				byDeclaration.computeIfAbsent(rs.getObject("declaration_id", UUID.class), (id) -> new ArrayList<>())
					.add(new ExchangeRate(rs.getString("currency"), rs.getBigDecimal("rate").stripTrailingZeros()));
			});
		return byDeclaration;
	}

	@Transactional
	void insert(CustomsDeclaration declaration, List<ExchangeRate> rates, List<DeclarationLines.Line> lines,
			String userId) {
		jdbc.sql("""
				insert into customs_declaration (operator_id, id, load_id, carrier_id, status, customs_reference,
				                                 hold_reason, currency, export_country, import_country, created_by,
				                                 created_at, updated_by, updated_at, version)
				values (:operator, :id, :load, :carrier, :status, null, null, :currency, :export, :import, :user, :at,
				        :user, :at, :version)""")
			.param("operator", declaration.operatorId())
			.param("id", declaration.uuid())
			.param("load", declaration.loadId())
			.param("carrier", declaration.carrierId())
			.param("status", declaration.status().name())
			.param("currency", declaration.currency())
			.param("export", declaration.exportCountry())
			.param("import", declaration.importCountry())
			.param("user", userId)
			.param("at", declaration.createdAt())
			.param("version", declaration.version())
			.update();
		for (ExchangeRate rate : rates) {
			jdbc.sql("""
					insert into customs_declaration_rate (operator_id, declaration_id, currency, rate)
					values (:operator, :declaration, :currency, :rate)""")
				.param("operator", declaration.operatorId())
				.param("declaration", declaration.uuid())
				.param("currency", rate.currency())
				.param("rate", rate.rate())
				.update();
		}
		for (DeclarationLines.Line line : lines) {
			jdbc.sql("""
					insert into customs_declaration_line (operator_id, declaration_id, load_id, shipper_id, line_number,
					                                      hs_code, origin_country, quantity, net_kg, gross_kg,
					                                      statistical_value)
					values (:operator, :declaration, :load, :shipper, :number, :hs, :origin, :quantity, :net, :gross,
					        :value)""")
				.param("operator", declaration.operatorId())
				.param("declaration", declaration.uuid())
				.param("load", declaration.loadId())
				.param("shipper", line.shipperId())
				.param("number", line.lineNumber())
				.param("hs", line.hsCode())
				.param("origin", line.originCountry())
				.param("quantity", line.quantity())
				.param("net", line.netKg())
				.param("gross", line.grossKg())
				.param("value", line.statisticalValue())
				.update();
		}
	}

	/**
	 * Writes the new state if the row is still at {@code version}: the optimistic lock.
	 * @return whether it was
	 */
	@Transactional
	boolean updateState(UUID id, int version, DeclarationState state, String userId, OffsetDateTime at) {
		return jdbc.sql("""
				update customs_declaration
				set status = :status, customs_reference = :reference, hold_reason = :reason, updated_by = :user,
				    updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("status", state.status().name())
			.param("reference", state.customsReference())
			.param("reason", state.holdReason())
			.param("user", userId)
			.param("at", at)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static CustomsDeclaration header(ResultSet rs, int row) throws SQLException {
		return new CustomsDeclaration(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
				rs.getObject("load_id", UUID.class), rs.getObject("carrier_id", UUID.class),
				DeclarationStatus.valueOf(rs.getString("status")), rs.getString("customs_reference"),
				rs.getString("hold_reason"), rs.getString("currency"), rs.getString("export_country"),
				rs.getString("import_country"), rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
	}

}
