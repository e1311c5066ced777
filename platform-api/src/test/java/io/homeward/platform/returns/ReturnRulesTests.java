package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.Program.GoodsClass;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.returns.ReturnCreate.NewItem;
import io.homeward.platform.returns.ReturnCreate.NewParcel;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.WasteCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static NewItem item() {
		return new NewItem("TENT-2P", "Two-person tent", "630622", "CN", 1, new BigDecimal("249.00"), "EUR",
				new BigDecimal("2.4"), new Dimensions(new BigDecimal("50"), new BigDecimal("20"), new BigDecimal("20")),
				ItemCondition.OPENED, null, ItemGoodsClass.PRODUCT, null, "P1");
	}

	static final UUID PROGRAM = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	static ReturnCreate input(List<NewItem> items) {
		return new ReturnCreate("key-1", PROGRAM, "RMA-1", ReturnReason.DEFECTIVE, null,
				new CustomerContact("Ana", "ana@example.com", "+34 600 000 000"),
				new Address("Calle Mayor 1", null, "Madrid", "28013", null, "es"),
				new OriginalExport("EXP-1", LocalDate.of(2026, 1, 5)), items,
				List.of(new NewParcel("P1", new BigDecimal("3"),
						new Dimensions(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("30")))));
	}

	/** The draft of a command whose form must be valid. */
	static ReturnDraft draft(ReturnCreate command) {
		Outcome<ReturnDraft> form = ReturnRules.checkForm(command, TODAY);
		assertThat(form.errors()).isEmpty();
		return form.valueOrNull();
	}

	static List<String> codes(List<UserError> errors) {
		return errors.stream().map((e) -> String.join(".", e.field()) + ":" + e.code()).toList();
	}

	@Test
	void aWellFormedReturnHasNoViolations() {
		assertThat(ReturnRules.checkForm(input(List.of(item())), TODAY).errors()).isEmpty();
	}

	@Test
	void aWellFormedReturnBecomesADraftWithEveryCodeParsedOnce() {
		NewItem lamp = new NewItem("LAMP", "Headlamp", "8513.10", "cn", 2, new BigDecimal("39.90"), "eur",
				BigDecimal.ONE, null, ItemCondition.USED, "UN 3481", null, null, "P1");
		NewItem scrap = new NewItem("SCRAP", "Boards", "854900", "CN", 1, BigDecimal.ZERO, "EUR", BigDecimal.ONE, null,
				ItemCondition.SCRAP, null, ItemGoodsClass.WASTE, "16 02 13*", null);
		ReturnDraft draft = draft(input(List.of(lamp, scrap)));
		assertThat(draft.origin().country()).isEqualTo(new CountryCode("ES"));
		ReturnDraft.Item first = draft.items().getFirst();
		assertThat(first.hsCode()).isEqualTo(new HsCode("851310"));
		assertThat(first.originCountry()).isEqualTo(new CountryCode("CN"));
		assertThat(first.unitValue().currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(first.unitValue().amount()).isEqualByComparingTo("39.90");
		assertThat(first.unNumber()).isEqualTo(new UnNumber("3481"));
		assertThat(first.goodsClass()).as("the default").isEqualTo(ItemGoodsClass.PRODUCT);
		assertThat(draft.items().get(1).wasteCode()).isEqualTo(new WasteCode("160213", true));
		assertThat(draft.parcels()).singleElement().extracting(ReturnDraft.Parcel::reference).isEqualTo("P1");
	}

	@Test
	void aProgramIdThatIsNotOursIsNotFoundAmongTheOtherProblems() {
		ReturnCreate valid = input(List.of(item()));
		ReturnCreate foreign = new ReturnCreate(valid.idempotencyKey(), GlobalId.NONE, "R".repeat(41), valid.reason(),
				null, valid.customer(), valid.origin(), valid.originalExport(), valid.items(), valid.parcels());
		assertThat(codes(ReturnRules.checkForm(foreign, TODAY).errors())).containsExactly("programId:NOT_FOUND",
				"rmaNumber:TOO_LONG");
	}

	@Test
	void everyProblemIsReportedWithItsField() {
		NewItem bad = new NewItem("", "x".repeat(501), "7700000", "XX", 0, new BigDecimal("-1"), "EUX",
				new BigDecimal("-2"), new Dimensions(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE), null, "UN0000",
				ItemGoodsClass.WASTE, "99 99 99", "NOPE");
		ReturnCreate input = new ReturnCreate(" ", PROGRAM, "R".repeat(41), null, null,
				new CustomerContact("", "not-an-email", null), new Address("", null, "", null, null, "ZZ"),
				new OriginalExport("EXP", TODAY.plusDays(1)), List.of(bad), List.of());
		assertThat(codes(ReturnRules.checkForm(input, TODAY).errors())).contains("idempotencyKey:REQUIRED",
				"rmaNumber:TOO_LONG", "reason:REQUIRED", "customer.name:REQUIRED", "customer.email:INVALID",
				"origin.line1:REQUIRED", "origin.countryCode:INVALID_COUNTRY", "originalExport.exportedOn:OUT_OF_RANGE",
				"items.0.sku:REQUIRED", "items.0.description:TOO_LONG", "items.0.hsCode:INVALID_HS_CODE",
				"items.0.originCountry:INVALID_COUNTRY", "items.0.quantity:OUT_OF_RANGE",
				"items.0.currency:INVALID_CURRENCY", "items.0.weightKg:OUT_OF_RANGE",
				"items.0.dimensions.lengthCm:OUT_OF_RANGE", "items.0.condition:REQUIRED",
				"items.0.unNumber:INVALID_UN_NUMBER", "items.0.wasteCode:INVALID_WASTE_CODE",
				"items.0.parcelReference:NOT_FOUND");
	}

	@Test
	void aReturnNeedsItemsAndBoundedLists() {
		assertThat(codes(ReturnRules.checkForm(input(List.of()), TODAY).errors())).containsExactly("items:REQUIRED");
		List<NewItem> many = java.util.Collections.nCopies(ReturnRules.MAX_ITEMS + 1, item());
		assertThat(codes(ReturnRules.checkForm(input(many), TODAY).errors())).containsExactly("items:OUT_OF_RANGE");
	}

	@Test
	void moneyHasAtMostTwoDecimalsAndProductsCarryNoWasteCode() {
		NewItem item = item();
		NewItem precise = new NewItem(item.sku(), item.description(), item.hsCode(), item.originCountry(), 1,
				new BigDecimal("1.005"), "EUR", item.weightKg(), null, ItemCondition.NEW, null, null, "16 02 14", null);
		assertThat(codes(ReturnRules.checkForm(input(List.of(precise)), TODAY).errors()))
			.containsExactly("items.0.unitValue:INVALID", "items.0.wasteCode:INVALID");
	}

	@Test
	void programRulesAdmitMembersGoodsAndOrigins() {
		ProgramAdmission program = new ProgramAdmission(UUID.randomUUID(), UUID.randomUUID(), true, true,
				Set.of(GoodsClass.PRODUCT), Set.of("ES"));
		assertThat(ReturnRules.checkAdmission(draft(input(List.of(item()))), program).errors()).isEmpty();

		NewItem battery = new NewItem("LAMP", "Headlamp", "851310", "CN", 1, BigDecimal.TEN, "EUR", BigDecimal.ONE,
				null, ItemCondition.USED, "UN3481", null, null, null);
		NewItem waste = new NewItem("SCRAP", "Scrap boards", "854900", "CN", 1, BigDecimal.ZERO, "EUR", BigDecimal.ONE,
				null, ItemCondition.SCRAP, null, ItemGoodsClass.WASTE, "16 02 14", null);
		assertThat(codes(ReturnRules.checkAdmission(draft(input(List.of(battery, waste))), program).errors()))
			.containsExactly("items.0.unNumber:GOODS_NOT_ACCEPTED", "items.1.goodsClass:GOODS_NOT_ACCEPTED");

		ProgramAdmission elsewhere = new ProgramAdmission(program.programId(), program.operatorId(), true, true,
				Set.of(GoodsClass.PRODUCT), Set.of("BR"));
		assertThat(codes(ReturnRules.checkAdmission(draft(input(List.of(item()))), elsewhere).errors()))
			.containsExactly("origin.countryCode:ORIGIN_NOT_SERVED");

		ProgramAdmission notMember = new ProgramAdmission(program.programId(), program.operatorId(), true, false,
				Set.of(GoodsClass.PRODUCT), Set.of("ES"));
		assertThat(ReturnRules.checkAdmission(draft(input(List.of(item()))), notMember).errors())
			.extracting(UserError::code)
			.containsExactly(NetworkErrorCode.NOT_A_MEMBER);

		ProgramAdmission closed = new ProgramAdmission(program.programId(), program.operatorId(), false, true,
				Set.of(GoodsClass.PRODUCT), Set.of("ES"));
		assertThat(ReturnRules.checkAdmission(draft(input(List.of(item()))), closed).errors())
			.extracting(UserError::code)
			.containsExactly(NetworkErrorCode.PROGRAM_CLOSED);
	}

	@Test
	void statusFollowsTheStateMachine() {
		assertThat(ReturnStatus.REQUESTED.next()).containsExactlyInAnyOrder(ReturnStatus.APPROVED,
				ReturnStatus.DECLINED, ReturnStatus.CANCELED);
		assertThat(ReturnStatus.APPROVED.canMoveTo(ReturnStatus.IN_TRANSIT)).isTrue();
		assertThat(ReturnStatus.APPROVED.canMoveTo(ReturnStatus.DECLINED)).isFalse();
		assertThat(ReturnStatus.IN_TRANSIT.canMoveTo(ReturnStatus.CANCELED)).isFalse();
		assertThat(ReturnStatus.RECEIVED.next()).containsExactly(ReturnStatus.CLOSED);
		for (ReturnStatus last : List.of(ReturnStatus.CLOSED, ReturnStatus.DECLINED, ReturnStatus.CANCELED)) {
			assertThat(last.next()).isEmpty();
		}
		for (ReturnStatus any : ReturnStatus.values()) {
			assertThat(any.canMoveTo(ReturnStatus.REQUESTED)).as("nothing goes back to REQUESTED").isFalse();
		}
	}

	@Test
	void theAggregateOwnsItsItemsAndParcels() {
		ReturnOrderEntity order = new ReturnOrderEntity(UUID.randomUUID(), UUID.randomUUID(),
				draft(input(List.of(item(), item()))), TrackingCodes.next(), "u", java.time.OffsetDateTime.now());
		ReturnOrder view = order.toReturnOrder();
		assertThat(view.status()).isEqualTo(ReturnStatus.REQUESTED);
		assertThat(view.originCity()).isEqualTo("Madrid");
		assertThat(view.originCountry()).as("normalized").isEqualTo("ES");
		assertThat(view.origin()).isEqualTo(new Address("Calle Mayor 1", null, "Madrid", "28013", null, "ES"));
	}

	@Test
	void anEntityRefusesAnIllegalTransition() {
		ReturnOrderEntity order = new ReturnOrderEntity(UUID.randomUUID(), UUID.randomUUID(),
				draft(input(List.of(item()))), TrackingCodes.next(), "u", java.time.OffsetDateTime.now());
		order.moveTo(ReturnStatus.DECLINED, "not ours", java.time.OffsetDateTime.now());
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> order.moveTo(ReturnStatus.APPROVED, null, java.time.OffsetDateTime.now()));
		assertThat(order.status()).isEqualTo(ReturnStatus.DECLINED);
	}

	@Test
	void trackingCodesAreLongRandomAndUnambiguous() {
		Set<String> codes = new java.util.HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = TrackingCodes.next();
			assertThat(code).matches("HW[0-9A-HJKMNP-TV-Z]{16}");
			codes.add(code);
		}
		assertThat(codes).hasSize(10_000);
	}

}
