package io.homeward.platform.consolidation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling units: their creation under an SSCC of the operator's, packing and unpacking
 * (recorded as aggregation events), sealing, and what a unit held at any moment. Units
 * are the operator's day-to-day work, done by any of its members; the GS1 settings are
 * administration, for its org-admins.
 */
@Service
public class HandlingUnits {

	private final UnitCommands commands;

	private final ConsolidationQueries queries;

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	HandlingUnits(UnitCommands commands, ConsolidationQueries queries, JdbcClient jdbc) {
		this.commands = commands;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<HandlingUnit> byId(UUID id) {
		return queries.units(List.of(id)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<HandlingUnit> byIds(Collection<UUID> ids) {
		return queries.units(ids);
	}

	/** The parcels directly in each unit, now. */
	@Transactional(readOnly = true)
	public Map<UUID, List<LoadParcel>> parcelsOf(Collection<UUID> unitIds) {
		return queries.parcelsOfUnits(unitIds);
	}

	/**
	 * What a unit or a load held at {@code at} (now if null), from the aggregation events
	 * alone; each reader sees the events its policies admit.
	 */
	@Transactional(readOnly = true)
	public List<Containment> contents(UUID unitOrLoadId, @Nullable OffsetDateTime at) {
		return queries.contents(unitOrLoadId, (at != null) ? at : OffsetDateTime.now(clock));
	}

	/** {@link #contents(UUID, OffsetDateTime)} of many units or loads at one moment. */
	@Transactional(readOnly = true)
	public Map<UUID, List<Containment>> contentsOf(Collection<UUID> unitOrLoadIds, @Nullable OffsetDateTime at) {
		return queries.contents(unitOrLoadIds, (at != null) ? at : OffsetDateTime.now(clock));
	}

	/** The calling operator's settings, if it has any. */
	@Transactional(readOnly = true)
	public Optional<ConsolidationSettings> settings() {
		Tenant tenant = TenantContext.require();
		return tenant.is(OrganizationKind.OPERATOR) ? queries.settings(tenant.orgId()) : Optional.empty();
	}

	/**
	 * Sets the operator's GS1 company prefix, extension digit and resolver. The serial
	 * counter is kept across changes: serials never repeat, so no SSCC repeats either.
	 */
	@Transactional
	public Outcome<ConsolidationSettings> updateSettings(SettingsUpdate command) {
		Tenant tenant = TenantContext.require();
		Optional<io.homeward.platform.shared.UserError> refusal = tenant.refusalToAdminister(OrganizationKind.OPERATOR,
				"", "Only operators have consolidation settings", "Changing the GS1 settings");
		if (refusal.isPresent()) {
			return Outcome.refused(List.of(refusal.get()));
		}
		Violations form = new Violations();
		form.pattern("gs1CompanyPrefix", command.gs1CompanyPrefix(), 12, "[0-9]{6,12}", "6 to 12 digits");
		if (command.extensionDigit() < 0 || command.extensionDigit() > 9) {
			form.add("extensionDigit", CommonErrorCode.OUT_OF_RANGE, "must be between 0 and 9");
		}
		String resolver = (command.resolverDomain() != null) ? command.resolverDomain()
				: ConsolidationSettings.GS1_RESOLVER;
		if (resolver.length() > 200 || !resolver.matches("https://[A-Za-z0-9.-]+(:[0-9]+)?")) {
			form.add("resolverDomain", CommonErrorCode.INVALID, "must be https://host[:port], without a path");
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		jdbc.sql("""
				insert into consolidation_settings (operator_id, gs1_company_prefix, extension_digit, resolver_domain,
				    next_serial, updated_at, version)
				values (:operator, :prefix, :extension, :resolver, 0, now(), 0)
				on conflict (operator_id) do update set gs1_company_prefix = excluded.gs1_company_prefix,
				    extension_digit = excluded.extension_digit, resolver_domain = excluded.resolver_domain,
				    updated_at = now(), version = consolidation_settings.version + 1""")
			.param("operator", tenant.orgId())
			.param("prefix", command.gs1CompanyPrefix())
			.param("extension", command.extensionDigit())
			.param("resolver", resolver)
			.update();
		return Outcome.done(queries.settings(tenant.orgId()).orElseThrow());
	}

	/**
	 * Creates an empty open unit with the operator's next SSCC. A replay of the key with
	 * the same command answers the unit the first call created.
	 */
	public Outcome<HandlingUnit> create(UnitCreate command) {
		Optional<Outcome<HandlingUnit>> who = operatorOnly("Only operators create units");
		if (who.isPresent()) {
			return who.get();
		}
		Violations form = new Violations();
		form.text("idempotencyKey", command.idempotencyKey(), 128);
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		return refusable(() -> commands.create(command, command.toString()));
	}

	/**
	 * Packs a unit or a parcel into a unit or a load, after every rule: the nesting of
	 * kinds, an open target, a load still being planned before its cut-off, an APPROVED
	 * return of the same program collected at the same hub, the load's capacity and the
	 * dangerous-goods segregation ({@link SegregationCheck}).
	 */
	public Outcome<Placement> pack(UnitPack command) {
		Optional<Outcome<Placement>> who = operatorOnly("Only the operator packs");
		if (who.isPresent()) {
			return who.get();
		}
		Violations form = new Violations();
		if ((command.intoUnitId() == null) == (command.intoLoadId() == null)) {
			form.add("into", CommonErrorCode.REQUIRED, "Name the unit or the load to pack into");
		}
		if ((command.unitId() == null) == (command.parcelId() == null)) {
			form.add("unitId", CommonErrorCode.REQUIRED, "Name exactly one unit or one parcel to pack");
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		return refusable(() -> commands.pack(command));
	}

	public Outcome<Placement> unpack(UnitUnpack command) {
		Optional<Outcome<Placement>> who = operatorOnly("Only the operator unpacks");
		if (who.isPresent()) {
			return who.get();
		}
		if ((command.unitId() == null) == (command.parcelId() == null)) {
			return Outcome.refused("unitId", CommonErrorCode.REQUIRED, "Name exactly one unit or one parcel");
		}
		return refusable(() -> commands.unpack(command));
	}

	/**
	 * Closes a unit with its seal number, or reopens a closed one: the operator may break
	 * its own seal with a reason (kept on the unit), except while the unit's load is
	 * closed or on its way.
	 */
	public Outcome<HandlingUnit> seal(UnitSeal command) {
		Optional<Outcome<HandlingUnit>> who = operatorOnly("Only the operator seals units");
		if (who.isPresent()) {
			return who.get();
		}
		Violations form = new Violations();
		if (command.sealNumber() != null) {
			form.text("sealNumber", command.sealNumber(), 40);
		}
		else {
			form.text("reason", command.reason(), 500);
		}
		if (!form.isEmpty()) {
			return Outcome.refused(form);
		}
		return refusable(() -> commands.seal(command));
	}

	/**
	 * A shipper or a carrier that can see the unit may not change it; one that cannot
	 * gets NOT_FOUND from the command, like for an id that names nothing.
	 */
	private static <T> Optional<Outcome<T>> operatorOnly(String message) {
		if (!TenantContext.require().is(OrganizationKind.OPERATOR)) {
			return Optional.of(Outcome.refused("", CommonErrorCode.NOT_PERMITTED, message));
		}
		return Optional.empty();
	}

	static <T> Outcome<T> refusable(Supplier<T> command) {
		try {
			return Outcome.done(command.get());
		}
		catch (Refusal refusal) {
			return Outcome.refused(refusal.errors());
		}
	}

}
