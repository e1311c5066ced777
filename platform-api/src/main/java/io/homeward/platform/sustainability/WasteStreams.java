package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.shared.WasteCode;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shipper's waste streams: read under its policy (no one else reads them), replaced
 * whole by its org-admin.
 */
@Service
public class WasteStreams {

	static final int MAX_STREAMS = 50;

	/**
	 * The Waste Framework Directive's operations: R1–R13 (Annex II), D1–D15 (Annex I).
	 */
	private static final String OPERATION = "R([1-9]|1[0-3])|D([1-9]|1[0-5])";

	private final JdbcClient jdbc;

	WasteStreams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The caller's streams in its order; none for anyone but a shipper. */
	@Transactional(readOnly = true)
	public List<WasteStream> own() {
		return jdbc.sql("""
				select code, name, material, hazardous, reuse_potential, recycling_potential, hs_prefix, waste_code,
				       current_operation, disposal_cost_per_kg, currency
				  from waste_stream order by position""")
			.query((rs, n) -> new WasteStream(rs.getString("code"), rs.getString("name"),
					WasteStream.Material.valueOf(rs.getString("material")), rs.getBoolean("hazardous"),
					WasteStream.Potential.valueOf(rs.getString("reuse_potential")),
					WasteStream.Potential.valueOf(rs.getString("recycling_potential")), rs.getString("hs_prefix"),
					rs.getString("waste_code"), rs.getString("current_operation"),
					new Money(rs.getBigDecimal("disposal_cost_per_kg"),
							Currency.getInstance(rs.getString("currency")))))
			.list();
	}

	@Transactional
	public Outcome<List<WasteStream>> update(WasteStreamsUpdate command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refused = tenant.refusalToAdminister(OrganizationKind.SHIPPER, "",
				"Only a shipper maps its waste streams", "Mapping the waste streams");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations form = new Violations();
		if (command.streams().size() > MAX_STREAMS) {
			form.add("streams", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_STREAMS + " streams");
		}
		List<WasteStream> streams = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < command.streams().size() && i < MAX_STREAMS; i++) {
			WasteStream stream = stream("streams." + i, command.streams().get(i), form);
			if (stream != null) {
				if (!codes.add(stream.code())) {
					form.add("streams." + i + ".code", CommonErrorCode.TAKEN, "listed twice: " + stream.code());
				}
				streams.add(stream);
			}
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form.errors());
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("delete from waste_stream where shipper_id = :shipper").param("shipper", tenant.orgId()).update();
		for (int i = 0; i < streams.size(); i++) {
			WasteStream stream = streams.get(i);
			jdbc.sql("""
					insert into waste_stream (shipper_id, code, name, material, hazardous, reuse_potential,
					    recycling_potential, hs_prefix, waste_code, current_operation, disposal_cost_per_kg, currency,
					    position, updated_by, updated_at)
					values (:shipper, :code, :name, :material, :hazardous, :reuse, :recycling, :hs, :waste, :operation,
					    :cost, :currency, :position, :by, :at)""")
				.param("shipper", tenant.orgId())
				.param("code", stream.code())
				.param("name", stream.name())
				.param("material", stream.material().name())
				.param("hazardous", stream.hazardous())
				.param("reuse", stream.reusePotential().name())
				.param("recycling", stream.recyclingPotential().name())
				.param("hs", stream.hsPrefix())
				.param("waste", stream.wasteCode())
				.param("operation", stream.currentOperation())
				.param("cost", stream.disposalCostPerKg().amount())
				.param("currency", stream.disposalCostPerKg().currency().getCurrencyCode())
				.param("position", i + 1)
				.param("by", tenant.userId())
				.param("at", now)
				.update();
		}
		return Outcome.done(List.copyOf(streams));
	}

	private static @Nullable WasteStream stream(String path, WasteStreamsUpdate.Stream given, Violations form) {
		int before = form.errors().size();
		form.pattern(path + ".code", given.code(), 40, "[A-Z0-9][A-Z0-9_-]*",
				"upper-case letters, digits, '-' and '_'");
		form.text(path + ".name", given.name(), 200);
		String hsPrefix = blankToNull(given.hsPrefix());
		if (hsPrefix != null) {
			form.pattern(path + ".hsPrefix", hsPrefix, 10, "[0-9]{2,10}", "2 to 10 digits of an HS code");
		}
		String wasteCode = null;
		if (blankToNull(given.wasteCode()) != null) {
			WasteCode parsed = form.parse(path + ".wasteCode", given.wasteCode(), WasteCode::parse,
					CommonErrorCode.INVALID_WASTE_CODE, "not a List of Waste code");
			wasteCode = (parsed != null) ? parsed.code() : null;
		}
		if (hsPrefix == null && blankToNull(given.wasteCode()) == null) {
			form.add(path + ".hsPrefix", CommonErrorCode.REQUIRED, "a stream covers items by HS prefix or waste code");
		}
		form.pattern(path + ".currentOperation", given.currentOperation(), 3, OPERATION,
				"a Waste Framework Directive operation, R1–R13 or D1–D15");
		form.decimal(path + ".disposalCostPerKg", given.disposalCostPerKg(), true, new BigDecimal("100000"), 4);
		Currency currency = form.parse(path + ".currency", given.currency(), Money::currency,
				CommonErrorCode.INVALID_CURRENCY, "not an ISO 4217 currency code");
		if (form.errors().size() > before) {
			return null;
		}
		return new WasteStream(given.code(), given.name().strip(), given.material(), given.hazardous(),
				given.reusePotential(), given.recyclingPotential(), hsPrefix, wasteCode, given.currentOperation(),
				new Money(given.disposalCostPerKg(), currency));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
