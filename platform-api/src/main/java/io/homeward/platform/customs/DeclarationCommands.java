package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional part of the declaration commands. A refusal is thrown, so the
 * transaction rolls back whatever was written (an idempotency key) and the service turns
 * it into the refused outcome. Every check that does not need another's answer is made,
 * and all their errors refuse together.
 */
@Service
@Transactional
class DeclarationCommands {

	static final String CREATE_OPERATION = "customsDeclarationCreate";

	private static final BigDecimal MAX_RATE = new BigDecimal("1000000000");

	private static final int RATE_SCALE = 8;

	/**
	 * What any customs reference is: letters and digits, with . / - inside, as systems
	 * outside the Union answer in many forms the platform does not know one by one.
	 */
	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9./-]*[A-Za-z0-9])?");

	/**
	 * The Union's Movement Reference Number, 18 characters: the last two digits of the
	 * year, the code of the member state that gave it (2 letters), then 14 letters or
	 * digits (an identifier whose layout each member state sets, and a check character);
	 * see docs/domain/customs.md, "Declarations" for the sources. The check character
	 * itself is not verified.
	 */
	private static final Pattern MRN = Pattern.compile("([0-9]{2})([A-Z]{2})[A-Z0-9]{14}");

	private final DeclarationQueries queries;

	private final LoadContents contents;

	private final Loads loads;

	private final Routes routes;

	private final IdempotencyKeys idempotencyKeys;

	private final Clock clock = Clock.systemUTC();

	private final ApplicationEventPublisher events;

	DeclarationCommands(DeclarationQueries queries, LoadContents contents, Loads loads, Routes routes,
			IdempotencyKeys idempotencyKeys, ApplicationEventPublisher events) {
		this.events = events;
		this.queries = queries;
		this.contents = contents;
		this.loads = loads;
		this.routes = routes;
		this.idempotencyKeys = idempotencyKeys;
	}

	CustomsDeclaration create(DeclarationCreate command) {
		Tenant tenant = TenantContext.require();
		Violations form = new Violations();
		form.text("idempotencyKey", command.idempotencyKey(), 128);
		Currency currency = form.parse("currency", command.currency(), Money::currency,
				CommonErrorCode.INVALID_CURRENCY, "must be an ISO 4217 currency code");
		Map<String, BigDecimal> rates = rates(command.exchangeRates(), currency, form);
		List<UserError> errors = new ArrayList<>(form.errors());
		if (form.errors().stream().noneMatch((error) -> error.field().equals(List.of("idempotencyKey")))) {
			Optional<UUID> replayed = idempotencyKeys.replayedResult(CREATE_OPERATION, command.idempotencyKey(),
					command.toString());
			if (replayed.isPresent()) {
				return queries.declaration(replayed.get()).orElseThrow();
			}
		}
		Optional<Load> seen = loads.byId(command.loadId());
		if (seen.isEmpty()) {
			errors.add(UserError.of("loadId", CommonErrorCode.NOT_FOUND, "No such load"));
			throw new Refusal(errors);
		}
		Load load = seen.get();
		if (!load.operatorId().equals(tenant.orgId())) {
			errors.add(UserError.of("loadId", CommonErrorCode.NOT_PERMITTED,
					"Only the load's operator declares its contents"));
			throw new Refusal(errors);
		}
		// The load's operator sees both of its hubs.
		Routes.Route route = routes.route(load).orElseThrow();
		String exportCountry = route.from().value();
		String importCountry = route.to().value();
		if (!routes.crossesCustomsBorder(route)) {
			errors.add(UserError.of("loadId", DeclarationErrorCode.CUSTOMS_BORDER_NOT_CROSSED,
					"The load goes from " + exportCountry + " to " + importCountry
							+ ", within one customs territory: there is nothing to declare"));
		}
		if (load.status() != LoadStatus.CLOSED) {
			errors.add(UserError.of("loadId", DeclarationErrorCode.CUSTOMS_LOAD_NOT_CLOSED, "The load is "
					+ load.status() + ": its contents are fixed only once it is CLOSED (sealed), and declared then"));
		}
		if (queries.declarationsOfLoads(List.of(load.uuid())).containsKey(load.uuid())) {
			errors.add(UserError.of("loadId", DeclarationErrorCode.CUSTOMS_DECLARATION_EXISTS,
					"The load has its declaration already"));
		}
		List<DeclarationLines.Item> items = contents.itemsInLoad(load.uuid())
			.stream()
			.map(LoadContents.Content::declared)
			.toList();
		if (items.isEmpty()) {
			errors.add(UserError.of("loadId", DeclarationErrorCode.CUSTOMS_NOTHING_TO_DECLARE,
					"The load holds no item to declare"));
		}
		if (currency != null) {
			Set<String> missing = new TreeSet<>();
			for (DeclarationLines.Item item : items) {
				if (!item.currency().equals(currency.getCurrencyCode()) && !rates.containsKey(item.currency())) {
					missing.add(item.currency());
				}
			}
			for (String code : missing) {
				errors.add(UserError.of("exchangeRates", DeclarationErrorCode.CUSTOMS_EXCHANGE_RATE_MISSING,
						"Items of the load are valued in " + code + ": give its rate to "
								+ currency.getCurrencyCode()));
			}
		}
		if (!errors.isEmpty()) {
			throw new Refusal(errors);
		}
		OffsetDateTime now = now();
		CustomsDeclaration declaration = new CustomsDeclaration(UUID.randomUUID(), load.operatorId(), load.uuid(),
				load.carrierId(), DeclarationStatus.DRAFT, null, null, currency.getCurrencyCode(), exportCountry,
				importCountry, now, 0);
		List<ExchangeRate> given = rates.entrySet()
			.stream()
			.map((rate) -> new ExchangeRate(rate.getKey(), rate.getValue()))
			.toList();
		try {
			queries.insert(declaration, given, DeclarationLines.of(items, currency, rates), tenant.userId());
		}
		catch (DuplicateKeyException ex) {
			// A concurrent create of the same load committed first.
			throw Refusal.of("loadId", DeclarationErrorCode.CUSTOMS_DECLARATION_EXISTS,
					"The load has its declaration already");
		}
		idempotencyKeys.complete(CREATE_OPERATION, command.idempotencyKey(), declaration.uuid());
		return queries.declaration(declaration.uuid()).orElseThrow();
	}

	/**
	 * The rates by currency code, each checked: a known code, given once, a rate above 0
	 * with at most eight decimals; the declaration's own currency only at 1.
	 */
	private static Map<String, BigDecimal> rates(List<DeclarationCreate.Rate> given, @Nullable Currency currency,
			Violations form) {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		Set<String> named = new HashSet<>();
		if (given.size() > 50) {
			form.add("exchangeRates", CommonErrorCode.OUT_OF_RANGE, "at most 50 rates");
			return rates;
		}
		for (int i = 0; i < given.size(); i++) {
			DeclarationCreate.Rate rate = given.get(i);
			String at = "exchangeRates." + i;
			Currency code = form.parse(at + ".currency", rate.currency(), Money::currency,
					CommonErrorCode.INVALID_CURRENCY, "must be an ISO 4217 currency code");
			boolean valid = form.decimal(at + ".rate", rate.rate(), false, MAX_RATE, RATE_SCALE);
			if (code == null) {
				continue;
			}
			if (!named.add(code.getCurrencyCode())) {
				form.add(at + ".currency", DeclarationErrorCode.CUSTOMS_EXCHANGE_RATE_DUPLICATE,
						"The rate of " + code.getCurrencyCode() + " is given twice");
				continue;
			}
			if (valid && code.equals(currency) && rate.rate().compareTo(BigDecimal.ONE) != 0) {
				form.add(at + ".rate", CommonErrorCode.INVALID,
						"The declaration's own currency is worth 1 of itself; leave its rate out");
				continue;
			}
			if (valid) {
				rates.put(code.getCurrencyCode(), rate.rate());
			}
		}
		return rates;
	}

	CustomsDeclaration lodge(DeclarationLodge command) {
		CustomsDeclaration declaration = movable(command.declarationId());
		Violations form = new Violations();
		String reference = (command.customsReference() != null) ? command.customsReference().trim() : null;
		if (form.pattern("customsReference", reference, 40, REFERENCE.pattern(),
				"letters and digits, with . / - inside") && routes.inUnion(declaration.importCountry())
				&& !isUnionMrn(reference)) {
			form.add("customsReference", DeclarationErrorCode.CUSTOMS_REFERENCE_INVALID,
					"Goods entering the Union are declared under an MRN: 18 capital letters and digits, the year"
							+ " (2 digits), the member state that gave it (2 letters), then 14 letters or digits");
		}
		if (declaration.status() != DeclarationStatus.DRAFT) {
			form.add("declarationId", DeclarationErrorCode.CUSTOMS_STATUS_NOT_ALLOWED, "The declaration is "
					+ declaration.status() + ", lodged already; record customs' answers with its status");
			return move(declaration, command.version(), form, null);
		}
		// The reference is checked above; the move is asked only of a good one.
		return move(declaration, command.version(), form, form.isEmpty() ? state(declaration).lodge(reference) : null);
	}

	private boolean isUnionMrn(String reference) {
		Matcher mrn = MRN.matcher(reference);
		return mrn.matches() && routes.inUnion(mrn.group(2));
	}

	CustomsDeclaration recordStatus(DeclarationStatusRecord command) {
		CustomsDeclaration declaration = movable(command.declarationId());
		Violations form = new Violations();
		form.optionalText("reason", command.reason(), 1000);
		if (command.reason() != null && command.status() != DeclarationStatus.HELD) {
			form.add("reason", CommonErrorCode.INVALID, "Only a hold has a reason");
		}
		return move(declaration, command.version(), form,
				state(declaration).moveTo(command.status(), null, command.reason()));
	}

	private static DeclarationState state(CustomsDeclaration declaration) {
		return new DeclarationState(declaration.status(), declaration.customsReference(), declaration.holdReason());
	}

	/**
	 * Writes the change, unless the input, the version or the move itself is refused:
	 * each is checked without the others, and all their errors refuse together.
	 * @param change the move, or null when the input gave nothing to move with
	 */
	private CustomsDeclaration move(CustomsDeclaration declaration, int version, Violations form,
			DeclarationState.@Nullable StatusChange change) {
		List<UserError> errors = new ArrayList<>(form.errors());
		if (declaration.version() != version) {
			errors.add(UserError.of("version", CommonErrorCode.CONFLICT, "The declaration changed since version "
					+ version + "; it is at version " + declaration.version()));
		}
		if (change instanceof DeclarationState.StatusChange.Refused refused) {
			errors.add(switch (refused.reason()) {
				case NOT_ALLOWED ->
					UserError.of("status", DeclarationErrorCode.CUSTOMS_STATUS_NOT_ALLOWED, refused.message());
				case CUSTOMS_REFERENCE_REQUIRED ->
					UserError.of("status", DeclarationErrorCode.CUSTOMS_REFERENCE_REQUIRED,
							refused.message() + ": lodge it with customsDeclarationLodge");
				case HOLD_REASON_REQUIRED ->
					UserError.of("reason", DeclarationErrorCode.CUSTOMS_HOLD_REASON_REQUIRED, refused.message());
			});
		}
		if (!errors.isEmpty() || !(change instanceof DeclarationState.StatusChange.Moved moved)) {
			throw new Refusal(errors);
		}
		OffsetDateTime now = now();
		if (!queries.updateState(declaration.uuid(), version, moved.state(), TenantContext.require().userId(), now)) {
			throw Refusal.of("version", CommonErrorCode.CONFLICT,
					"The declaration was changed concurrently; read it again");
		}
		if (moved.state().status() == DeclarationStatus.RELEASED) {
			// In this transaction, after the row is written: what listeners write (the
			// shippers' CLEARED milestones) commits with the release or not at all.
			events.publishEvent(
					new DeclarationReleased(declaration.uuid(), declaration.operatorId(), declaration.loadId(), now));
		}
		return queries.declaration(declaration.uuid()).orElseThrow();
	}

	/**
	 * The declaration, if the caller may move it on: only the load's operator does; a
	 * shipper or carrier that sees it is NOT_PERMITTED, and one unseen is NOT_FOUND.
	 */
	private CustomsDeclaration movable(UUID declarationId) {
		CustomsDeclaration declaration = queries.declaration(declarationId)
			.orElseThrow(() -> Refusal.of("declarationId", CommonErrorCode.NOT_FOUND, "No such declaration"));
		if (!declaration.operatorId().equals(TenantContext.require().orgId())) {
			throw Refusal.of("declarationId", CommonErrorCode.NOT_PERMITTED,
					"Only the load's operator records its declaration's progress");
		}
		return declaration;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
