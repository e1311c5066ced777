package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Grading items at the destination hub and recording where they go: the hub's operator
 * writes, any member of it (day-to-day work, like receiving the load), and the item's
 * shipper reads. A refusal changes nothing: every problem of the command is answered at
 * once.
 * <p>
 * The log's rows are written with plain SQL, as customs writes its documents: each entry
 * is appended once and never changed, so there is no aggregate state to load and save;
 * the order of the log is its {@code seq}, and two entries racing for one item collide on
 * its unique key, the loser answered {@code CONFLICT}.
 */
@Service
public class ItemDispositions {

	static final String DISPOSE = "itemDispose";

	static final String CERTIFY = "certificateRecord";

	/** Until the shipper states its size, the strictest: the ban binds it from 2026. */
	static final EnterpriseSize DEFAULT_SIZE = EnterpriseSize.LARGE;

	private static final int MAX_PHOTOS = 5;

	private final JdbcClient jdbc;

	private final DispositionQueries queries;

	private final DispositionRules rules;

	private final IdempotencyKeys idempotencyKeys;

	private final DispositionPolicies policies;

	private final Clock clock = Clock.systemUTC();

	ItemDispositions(JdbcClient jdbc, DispositionQueries queries, DispositionRules rules,
			IdempotencyKeys idempotencyKeys, DispositionPolicies policies) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.rules = rules;
		this.idempotencyKeys = idempotencyKeys;
		this.policies = policies;
	}

	@Transactional(readOnly = true)
	public Map<UUID, ItemGrading> gradings(Collection<UUID> itemIds) {
		return queries.gradings(itemIds);
	}

	@Transactional(readOnly = true)
	public Map<UUID, List<ItemDispositionEntry>> logs(Collection<UUID> itemIds) {
		return queries.logs(itemIds);
	}

	/** Grades the item, or grades it again while it has no disposition. */
	@Transactional
	public Outcome<ItemGrading> grade(ItemGrade command) {
		Violations form = new Violations();
		form.optionalText("notes", command.notes(), 2000);
		if (command.photoRefs().size() > MAX_PHOTOS) {
			form.add("photoRefs", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_PHOTOS + " photos");
		}
		for (int i = 0; i < command.photoRefs().size(); i++) {
			form.text("photoRefs." + i, command.photoRefs().get(i), 300);
		}
		ItemGrading.FunctionalTest test = command.functionalTest();
		if (test != null) {
			form.text("functionalTest.method", test.method(), 200);
			form.optionalText("functionalTest.evidence", test.evidence(), 300);
		}
		try {
			DispositionQueries.ItemAtHub item = itemAtHub(command.itemId(), form.errors());
			if (!queries.logs(List.of(item.itemId())).isEmpty()) {
				throw Refusal.of("itemId", DispositionErrorCode.ITEM_ALREADY_DISPOSED,
						"The item has a disposition: its grade is part of that record now");
			}
			// The shipper's first rule that fits the item as graded proposes where it
			// goes.
			Optional<DispositionRule> proposal = command.grade().present() ? policies.ofShipperOfItem(item.shipperId())
				.rules()
				.stream()
				.filter((rule) -> rule.fits(command.grade(), item.hsCode(), item.unitValue(), item.hubCountry()))
				.findFirst() : Optional.empty();
			jdbc.sql("""
					insert into item_grading (shipper_id, item_id, operator_id, grade, notes, photo_refs, test_result,
					                          test_method, test_evidence, proposed_disposition, proposed_operation_code,
					                          proposed_by_rule, graded_by, graded_at)
					values (:shipper, :item, :operator, :grade, :notes, :photos, :result, :method, :evidence, :proposed,
					        :proposedOperation, :rule, :by, :at)
					on conflict (shipper_id, item_id) do update set grade = excluded.grade, notes = excluded.notes,
					    photo_refs = excluded.photo_refs, test_result = excluded.test_result,
					    test_method = excluded.test_method, test_evidence = excluded.test_evidence,
					    proposed_disposition = excluded.proposed_disposition,
					    proposed_operation_code = excluded.proposed_operation_code,
					    proposed_by_rule = excluded.proposed_by_rule,
					    graded_by = excluded.graded_by, graded_at = excluded.graded_at""")
				.param("shipper", item.shipperId())
				.param("item", item.itemId())
				.param("operator", item.operatorId())
				.param("grade", command.grade().name())
				.param("notes", strip(command.notes()))
				.param("photos", command.photoRefs().stream().map(String::strip).toArray(String[]::new))
				.param("result", (test != null) ? test.result().name() : null)
				.param("method", (test != null) ? test.method().strip() : null)
				.param("evidence", (test != null) ? strip(test.evidence()) : null)
				.param("proposed", proposal.map((rule) -> rule.disposition().name()).orElse(null))
				.param("proposedOperation", proposal.map(DispositionRule::wasteOperationCode).orElse(null))
				.param("rule", proposal.map(DispositionRule::name).orElse(null))
				.param("by", TenantContext.require().userId())
				.param("at", now())
				.update();
			return Outcome.done(queries.gradings(List.of(item.itemId())).get(item.itemId()));
		}
		catch (Refusal refusal) {
			return refused(refusal);
		}
	}

	/** Appends the item's next disposition, if the rules let it follow the last. */
	@Transactional
	public Outcome<ItemDispositionEntry> dispose(ItemDispose command) {
		Violations form = new Violations();
		form.text("idempotencyKey", command.idempotencyKey(), 128);
		form.optionalText("note", command.note(), 1000);
		form.optionalText("derogationEvidence", command.derogationEvidence(), 500);
		form.optionalText("wasteOperationCode", command.wasteOperationCode(), 3);
		form.optionalText("overrideReason", command.overrideReason(), 1000);
		Money recovery = recovery(command.recoveryAmount(), command.recoveryCurrency(), form);
		try {
			Optional<UUID> replayed = form.isEmpty()
					? idempotencyKeys.replayedResult(DISPOSE, command.idempotencyKey(), command.toString())
					: Optional.empty();
			if (replayed.isPresent()) {
				return Outcome.done(entry(command.itemId(), replayed.get()));
			}
			DispositionQueries.ItemAtHub item = itemAtHub(command.itemId(), form.errors());
			ItemGrading grading = queries.gradings(List.of(item.itemId())).get(item.itemId());
			List<ItemDispositionEntry> log = queries.logs(List.of(item.itemId()))
				.getOrDefault(item.itemId(), List.of());
			ItemDispositionEntry last = log.isEmpty() ? null : log.getLast();
			LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
			// The shipper's size matters to DESTROY only (the ESPR ban), and reading it
			// takes
			// a transaction, and a connection, of its own: the other dispositions skip
			// it.
			EnterpriseSize size = (command.disposition() == Disposition.DESTROY)
					? policies.ofShipperOfItem(item.shipperId()).enterpriseSize() : DEFAULT_SIZE;
			// The shipper's proposal binds the first disposition: going elsewhere needs a
			// reason, which the shipper reads on the entry.
			Disposition proposed = (log.isEmpty() && grading != null && grading.proposal() != null)
					? grading.proposal().disposition() : null;
			List<UserError> overrides = new java.util.ArrayList<>();
			boolean overridden = proposed != null && proposed != command.disposition();
			if (overridden && strip(command.overrideReason()) == null) {
				overrides.add(UserError.of("overrideReason", DispositionErrorCode.OVERRIDE_REASON_REQUIRED,
						"The shipper's rule \"" + grading.proposal().rule() + "\" proposed " + proposed
								+ ": say why the item goes elsewhere"));
			}
			else if (!overridden && strip(command.overrideReason()) != null) {
				overrides.add(UserError.of("overrideReason", CommonErrorCode.INVALID,
						"A reason goes with a first disposition other than the shipper's proposal"));
			}
			DispositionRules.Result result = rules.check(
					new DispositionRules.Item((grading != null) ? grading.grade() : null, item.hsCode(),
							grading != null && grading.testPassed(), (last != null) ? last.disposition() : null),
					new DispositionRules.Choice(command.disposition(), command.wasteOperationCode(),
							command.derogation(), command.derogationEvidence()),
					size, today);
			if (!result.errors().isEmpty() || !overrides.isEmpty()) {
				List<UserError> errors = new java.util.ArrayList<>(result.errors());
				errors.addAll(overrides);
				throw new Refusal(errors);
			}
			UUID id = UUID.randomUUID();
			try {
				jdbc.sql(
						"""
								insert into item_disposition (shipper_id, id, item_id, operator_id, seq, disposition, operation_code,
								                              derogation, derogation_evidence, note, recovery_amount,
								                              recovery_currency, proposed_disposition, override_reason,
								                              recorded_by, recorded_at)
								values (:shipper, :id, :item, :operator, :seq, :disposition, :operation, :derogation, :evidence,
								        :note, :amount, :currency, :proposed, :override, :by, :at)""")
					.param("shipper", item.shipperId())
					.param("id", id)
					.param("item", item.itemId())
					.param("operator", item.operatorId())
					.param("seq", log.size() + 1)
					.param("disposition", command.disposition().name())
					.param("operation", result.decision().operation().map(WasteOperation::code).orElse(null))
					.param("derogation", (command.derogation() != null) ? command.derogation().name() : null)
					.param("evidence", (command.derogation() != null) ? strip(command.derogationEvidence()) : null)
					.param("note", strip(command.note()))
					.param("amount", (recovery != null) ? recovery.amount() : null)
					.param("currency", (recovery != null) ? recovery.currency().getCurrencyCode() : null)
					.param("proposed", (proposed != null) ? proposed.name() : null)
					.param("override", overridden ? strip(command.overrideReason()) : null)
					.param("by", TenantContext.require().userId())
					.param("at", now())
					.update();
			}
			catch (DuplicateKeyException ex) {
				if (UniqueKeys.violated(ex, "item_disposition_seq")) {
					throw Refusal.of("itemId", CommonErrorCode.CONFLICT,
							"Another disposition of the item was recorded meanwhile: read its log, and decide again");
				}
				throw ex;
			}
			idempotencyKeys.complete(DISPOSE, command.idempotencyKey(), id);
			return Outcome.done(entry(item.itemId(), id));
		}
		catch (Refusal refusal) {
			return refused(refusal);
		}
	}

	@Transactional(readOnly = true)
	public Map<UUID, List<DisposalCertificate>> certificates(Collection<UUID> itemIds) {
		return queries.certificates(itemIds);
	}

	/**
	 * Records a partner's certificate for an item whose final disposition it attests,
	 * issued on or after that disposition and not in the future.
	 */
	@Transactional
	public Outcome<DisposalCertificate> recordCertificate(CertificateRecord command) {
		Violations form = new Violations();
		form.text("idempotencyKey", command.idempotencyKey(), 128);
		form.text("partnerName", command.partnerName(), 200);
		form.text("schemeReference", command.schemeReference(), 100);
		form.text("certificateReference", command.certificateReference(), 100);
		try {
			Optional<UUID> replayed = form.isEmpty()
					? idempotencyKeys.replayedResult(CERTIFY, command.idempotencyKey(), command.toString())
					: Optional.empty();
			if (replayed.isPresent()) {
				return Outcome.done(certificate(command.itemId(), replayed.get()));
			}
			DispositionQueries.ItemAtHub item = itemAtHub(command.itemId(), form.errors());
			List<ItemDispositionEntry> log = queries.logs(List.of(item.itemId()))
				.getOrDefault(item.itemId(), List.of());
			ItemDispositionEntry last = log.isEmpty() ? null : log.getLast();
			List<UserError> errors = new java.util.ArrayList<>();
			if (last == null || last.disposition() != command.kind().attests()) {
				errors.add(UserError.of("kind", DispositionErrorCode.CERTIFICATE_NOT_APPLICABLE,
						"A " + command.kind() + " certificate attests a final " + command.kind().attests()
								+ "; the item's last disposition is "
								+ ((last != null) ? last.disposition() : "none")));
			}
			LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
			if (command.issuedOn().isAfter(today)) {
				errors.add(UserError.of("issuedOn", CommonErrorCode.OUT_OF_RANGE, "must not be in the future"));
			}
			else if (last != null && command.issuedOn()
				.isBefore(last.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())) {
				errors.add(UserError.of("issuedOn", CommonErrorCode.OUT_OF_RANGE,
						"must not be before the disposition it attests (" + last.recordedAt().toLocalDate() + ")"));
			}
			if (!errors.isEmpty()) {
				throw new Refusal(errors);
			}
			UUID id = UUID.randomUUID();
			try {
				jdbc.sql(
						"""
								insert into disposal_certificate (shipper_id, id, item_id, operator_id, kind, partner_name, scheme,
								                                  scheme_reference, certificate_reference, issued_on, recorded_by,
								                                  recorded_at)
								values (:shipper, :id, :item, :operator, :kind, :partner, :scheme, :schemeReference, :reference,
								        :issuedOn, :by, :at)""")
					.param("shipper", item.shipperId())
					.param("id", id)
					.param("item", item.itemId())
					.param("operator", item.operatorId())
					.param("kind", command.kind().name())
					.param("partner", command.partnerName().strip())
					.param("scheme", command.scheme().name())
					.param("schemeReference", command.schemeReference().strip())
					.param("reference", command.certificateReference().strip())
					.param("issuedOn", command.issuedOn())
					.param("by", TenantContext.require().userId())
					.param("at", now())
					.update();
			}
			catch (DuplicateKeyException ex) {
				if (UniqueKeys.violated(ex, "disposal_certificate_reference")) {
					throw Refusal.of("certificateReference", CommonErrorCode.TAKEN,
							"This certificate is recorded for the item already");
				}
				throw ex;
			}
			idempotencyKeys.complete(CERTIFY, command.idempotencyKey(), id);
			return Outcome.done(certificate(item.itemId(), id));
		}
		catch (Refusal refusal) {
			return refused(refusal);
		}
	}

	private DisposalCertificate certificate(UUID itemId, UUID id) {
		return queries.certificates(List.of(itemId))
			.getOrDefault(itemId, List.of())
			.stream()
			.filter((certificate) -> certificate.uuid().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The item, if the caller is the operator of its hub and it reached the hub; else the
	 * refusal, with the form's errors.
	 */
	private DispositionQueries.ItemAtHub itemAtHub(UUID itemId, List<UserError> form) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			throw Refusal.of("itemId", CommonErrorCode.NOT_FOUND, "No such item at your hubs");
		}
		Optional<DispositionQueries.ItemAtHub> found = queries.itemAtHub(itemId);
		List<UserError> errors = new java.util.ArrayList<>(form);
		if (found.isEmpty()) {
			errors.add(UserError.of("itemId", CommonErrorCode.NOT_FOUND, "No such item at your hubs"));
		}
		else if (!found.get().received()) {
			errors.add(UserError.of("itemId", DispositionErrorCode.ITEM_NOT_RECEIVED,
					"The item's parcel has not been received at the hub"));
		}
		if (!errors.isEmpty()) {
			throw new Refusal(errors);
		}
		return found.get();
	}

	private static @Nullable Money recovery(@Nullable BigDecimal amount, @Nullable String currency, Violations form) {
		if (amount == null && currency == null) {
			return null;
		}
		if (amount == null || currency == null) {
			form.add("recoveryValue", CommonErrorCode.INVALID, "give both the amount and the currency");
			return null;
		}
		boolean ok = form.decimal("recoveryValue.amount", amount, true, new BigDecimal("999999999999.99"), 2);
		java.util.Currency code = form.parse("recoveryValue.currency", currency, Money::currency,
				CommonErrorCode.INVALID_CURRENCY, "not an ISO 4217 currency code");
		return (ok && code != null) ? new Money(amount, code) : null;
	}

	private ItemDispositionEntry entry(UUID itemId, UUID id) {
		return queries.logs(List.of(itemId))
			.getOrDefault(itemId, List.of())
			.stream()
			.filter((entry) -> entry.uuid().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A refusal changes nothing: the transaction (a keyed mutation's, the idempotency
	 * key's claim in it) is rolled back whole, so a retry with the key is a first request
	 * again, and a unique key's violation, which has doomed the transaction, is not
	 * committed.
	 */
	private static <T> Outcome<T> refused(Refusal refusal) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return Outcome.refused(refusal.errors());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
