package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shipper's disposition policy: its size (for the ESPR ban) and its rules (proposals at
 * grading). The shipper's org-admin writes it, its members read it. The hub reads the
 * policy of the shipper whose item it grades or disposes of ({@link #ofShipperOfItem}) by
 * binding that shipper in a read-only transaction of its own: no policy lets an operator
 * read a shipper's rows, and the hub learns nothing of shippers whose items it does not
 * hold, since its own policies have shown it the item first.
 */
@Service
public class DispositionPolicies {

	/**
	 * Whom the hub's reads of a shipper's policy act as, in the shipper's audit of them.
	 */
	static final String READER = "homeward-disposition";

	static final int MAX_RULES = 100;

	private final JdbcClient jdbc;

	private final WasteOperations operations;

	private final TransactionTemplate asShipper;

	DispositionPolicies(JdbcClient jdbc, WasteOperations operations, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.operations = operations;
		this.asShipper = new TransactionTemplate(transactions);
		this.asShipper.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.asShipper.setReadOnly(true);
	}

	/** The caller's own policy, a shipper's; empty for anyone else. */
	@Transactional(readOnly = true)
	public Optional<DispositionPolicy> own() {
		Tenant tenant = TenantContext.require();
		return tenant.is(OrganizationKind.SHIPPER) ? Optional.of(read(tenant.orgId())) : Optional.empty();
	}

	/** The policy of the shipper of an item the calling hub holds. */
	DispositionPolicy ofShipperOfItem(UUID shipper) {
		Tenant reader = Tenant.acting(shipper, OrganizationKind.SHIPPER, READER);
		return TenantContext.supplyAs(reader, () -> asShipper.execute((status) -> read(shipper)));
	}

	/** Replaces the caller's size and rules. */
	@Transactional
	public Outcome<DispositionPolicy> update(DispositionPolicyUpdate command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refused = tenant.refusalToAdminister(OrganizationKind.SHIPPER, "",
				"Only a shipper sets its disposition rules", "Setting the disposition rules");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations form = new Violations();
		if (command.rules().size() > MAX_RULES) {
			form.add("rules", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_RULES + " rules");
		}
		List<DispositionRule> rules = new ArrayList<>();
		for (int i = 0; i < command.rules().size() && i < MAX_RULES; i++) {
			DispositionRule rule = rule(i + 1, "rules." + i, command.rules().get(i), form);
			if (rule != null) {
				rules.add(rule);
			}
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form.errors());
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into disposition_settings (shipper_id, enterprise_size, updated_by, updated_at)
				values (:shipper, :size, :by, :at)
				on conflict (shipper_id) do update set enterprise_size = excluded.enterprise_size,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("shipper", tenant.orgId())
			.param("size", command.enterpriseSize().name())
			.param("by", tenant.userId())
			.param("at", now)
			.update();
		jdbc.sql("delete from disposition_rule where shipper_id = :shipper").param("shipper", tenant.orgId()).update();
		for (DispositionRule rule : rules) {
			jdbc.sql("""
					insert into disposition_rule (shipper_id, position, name, hs_prefix, grades, min_value, max_value,
					                              value_currency, country_code, disposition, operation_code, updated_by,
					                              updated_at)
					values (:shipper, :position, :name, :hs, :grades, :min, :max, :currency, :country, :disposition,
					        :operation, :by, :at)""")
				.param("shipper", tenant.orgId())
				.param("position", rule.position())
				.param("name", rule.name())
				.param("hs", rule.hsPrefix())
				.param("grades",
						rule.grades().isEmpty() ? null
								: rule.grades().stream().map(Grade::name).sorted().toArray(String[]::new))
				.param("min", rule.minValue())
				.param("max", rule.maxValue())
				.param("currency", rule.valueCurrency())
				.param("country", rule.countryCode())
				.param("disposition", rule.disposition().name())
				.param("operation", rule.wasteOperationCode())
				.param("by", tenant.userId())
				.param("at", now)
				.update();
		}
		return Outcome.done(read(tenant.orgId()));
	}

	private DispositionRule rule(int position, String at, DispositionPolicyUpdate.Rule rule, Violations form) {
		boolean named = form.text(at + ".name", rule.name(), 100);
		boolean hs = rule.hsPrefix() == null || form.pattern(at + ".hsPrefix", rule.hsPrefix(), 10,
				"[0-9]{2}([0-9]{2}){0,4}", "2, 4, 6, 8 or 10 digits of an HS code");
		Set<Grade> grades = new LinkedHashSet<>();
		if (rule.grades() != null) {
			if (rule.grades().isEmpty()) {
				form.add(at + ".grades", CommonErrorCode.INVALID, "leave it out for any grade, or name at least one");
			}
			grades.addAll(rule.grades());
		}
		String currency = null;
		if (rule.minValue() != null || rule.maxValue() != null || rule.valueCurrency() != null) {
			if (rule.valueCurrency() == null || (rule.minValue() == null && rule.maxValue() == null)) {
				form.add(at + ".valueCurrency", CommonErrorCode.INVALID,
						"a value range is a minimum, a maximum or both, and its currency");
			}
			else {
				java.util.Currency parsed = form.parse(at + ".valueCurrency", rule.valueCurrency(), Money::currency,
						CommonErrorCode.INVALID_CURRENCY, "not an ISO 4217 currency code");
				currency = (parsed != null) ? parsed.getCurrencyCode() : null;
			}
			BigDecimal top = new BigDecimal("999999999999.99");
			if (rule.minValue() != null) {
				form.decimal(at + ".minValue", rule.minValue(), true, top, 2);
			}
			if (rule.maxValue() != null) {
				form.decimal(at + ".maxValue", rule.maxValue(), true, top, 2);
			}
			if (rule.minValue() != null && rule.maxValue() != null && rule.minValue().compareTo(rule.maxValue()) > 0) {
				form.add(at + ".maxValue", CommonErrorCode.OUT_OF_RANGE, "must not be below minValue");
			}
		}
		CountryCode country = form.parseOptional(at + ".countryCode", rule.countryCode(), CountryCode::parse,
				CommonErrorCode.INVALID_COUNTRY, "not an ISO 3166-1 alpha-2 country code");
		String operation = null;
		if (rule.wasteOperationCode() != null) {
			String code = rule.wasteOperationCode().strip().toUpperCase(Locale.ROOT);
			boolean allowed = operations.allowed(rule.disposition())
				.flatMap((permitted) -> operations.operation(code).filter(permitted.operations()::contains))
				.isPresent();
			if (!allowed) {
				form.add(at + ".wasteOperationCode", DispositionErrorCode.WASTE_OPERATION_NOT_ALLOWED,
						rule.disposition() + " does not record " + rule.wasteOperationCode());
			}
			operation = code;
		}
		if (!named || !hs) {
			return null;
		}
		return new DispositionRule(position, rule.name().strip(), rule.hsPrefix(), grades, rule.minValue(),
				rule.maxValue(), currency, (country != null) ? country.value() : null, rule.disposition(), operation);
	}

	private DispositionPolicy read(UUID shipper) {
		Optional<EnterpriseSize> size = jdbc
			.sql("select enterprise_size from disposition_settings where shipper_id = :shipper")
			.param("shipper", shipper)
			.query((rs, row) -> EnterpriseSize.valueOf(rs.getString(1)))
			.optional();
		List<DispositionRule> rules = jdbc
			.sql("""
					select position, name, hs_prefix, grades, min_value, max_value, value_currency, country_code, disposition,
					       operation_code
					from disposition_rule where shipper_id = :shipper order by position""")
			.param("shipper", shipper)
			.query((rs, row) -> {
				Array grades = rs.getArray("grades");
				Set<Grade> parsed = EnumSet.noneOf(Grade.class);
				if (grades != null) {
					Arrays.stream((String[]) grades.getArray()).map(Grade::valueOf).forEach(parsed::add);
				}
				return new DispositionRule(rs.getInt("position"), rs.getString("name"), rs.getString("hs_prefix"),
						parsed, rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
						rs.getString("value_currency"), rs.getString("country_code"),
						Disposition.valueOf(rs.getString("disposition")), rs.getString("operation_code"));
			})
			.list();
		return new DispositionPolicy(size.orElse(ItemDispositions.DEFAULT_SIZE), size.isPresent(), rules);
	}

}
