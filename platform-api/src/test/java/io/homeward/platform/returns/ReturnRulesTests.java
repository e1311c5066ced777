package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.Program.GoodsClass;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.returns.ReturnCreateInput.ItemInput;
import io.homeward.platform.returns.ReturnCreateInput.ParcelInput;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.UserError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static ItemInput item() {
		return new ItemInput("TENT-2P", "Two-person tent", "630622", "CN", 1, new BigDecimal("249.00"), "EUR",
				new BigDecimal("2.4"), new Dimensions(new BigDecimal("50"), new BigDecimal("20"), new BigDecimal("20")),
				ItemCondition.OPENED, null, ItemGoodsClass.PRODUCT, null, "P1");
	}

	static ReturnCreateInput input(List<ItemInput> items) {
		return new ReturnCreateInput("key-1", "prog", "RMA-1", ReturnReason.DEFECTIVE, null,
				new CustomerContact("Ana", "ana@example.com", "+34 600 000 000"),
				new Address("Calle Mayor 1", null, "Madrid", "28013", null, "es"),
				new OriginalExport("EXP-1", LocalDate.of(2026, 1, 5)), items,
				List.of(new ParcelInput("P1", new BigDecimal("3"),
						new Dimensions(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("30")))));
	}

	static List<String> codes(List<UserError> errors) {
		return errors.stream().map((e) -> String.join(".", e.field()) + ":" + e.code()).toList();
	}

	@Test
	void aWellFormedReturnHasNoViolations() {
		assertThat(ReturnRules.checkForm(input(List.of(item())), TODAY).errors()).isEmpty();
	}

	@Test
	void everyProblemIsReportedWithItsField() {
		ItemInput bad = new ItemInput("", "x".repeat(501), "7700000", "XX", 0, new BigDecimal("-1"), "EUX",
				new BigDecimal("-2"), new Dimensions(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE), null, "UN0000",
				ItemGoodsClass.WASTE, "99 99 99", "NOPE");
		ReturnCreateInput input = new ReturnCreateInput(" ", "prog", "R".repeat(41), null, null,
				new CustomerContact("", "not-an-email", null), new Address("", null, "", null, null, "ZZ"),
				new OriginalExport("EXP", TODAY.plusDays(1)), List.of(bad), null);
		assertThat(codes(ReturnRules.checkForm(input, TODAY).errors())).contains("input.idempotencyKey:REQUIRED",
				"input.rmaNumber:TOO_LONG", "input.reason:REQUIRED", "input.customer.name:REQUIRED",
				"input.customer.email:INVALID", "input.origin.line1:REQUIRED",
				"input.origin.countryCode:INVALID_COUNTRY", "input.originalExport.exportedOn:OUT_OF_RANGE",
				"input.items.0.sku:REQUIRED", "input.items.0.description:TOO_LONG",
				"input.items.0.hsCode:INVALID_HS_CODE", "input.items.0.originCountry:INVALID_COUNTRY",
				"input.items.0.quantity:OUT_OF_RANGE", "input.items.0.currency:INVALID_CURRENCY",
				"input.items.0.weightKg:OUT_OF_RANGE", "input.items.0.dimensions.lengthCm:OUT_OF_RANGE",
				"input.items.0.condition:REQUIRED", "input.items.0.unNumber:INVALID_UN_NUMBER",
				"input.items.0.wasteCode:INVALID_WASTE_CODE", "input.items.0.parcelReference:NOT_FOUND");
	}

	@Test
	void aReturnNeedsItemsAndBoundedLists() {
		assertThat(codes(ReturnRules.checkForm(input(List.of()), TODAY).errors()))
			.containsExactly("input.items:REQUIRED");
		List<ItemInput> many = java.util.Collections.nCopies(ReturnRules.MAX_ITEMS + 1, item());
		assertThat(codes(ReturnRules.checkForm(input(many), TODAY).errors()))
			.containsExactly("input.items:OUT_OF_RANGE");
	}

	@Test
	void moneyHasAtMostTwoDecimalsAndProductsCarryNoWasteCode() {
		ItemInput item = item();
		ItemInput precise = new ItemInput(item.sku(), item.description(), item.hsCode(), item.originCountry(), 1,
				new BigDecimal("1.005"), "EUR", item.weightKg(), null, ItemCondition.NEW, null, null, "16 02 14", null);
		assertThat(codes(ReturnRules.checkForm(input(List.of(precise)), TODAY).errors()))
			.containsExactly("input.items.0.unitValue:INVALID", "input.items.0.wasteCode:INVALID");
	}

	@Test
	void programRulesAdmitMembersGoodsAndOrigins() {
		ProgramAdmission program = new ProgramAdmission(UUID.randomUUID(), UUID.randomUUID(), true, true,
				Set.of(GoodsClass.PRODUCT), Set.of("ES"));
		assertThat(ReturnRules.checkAdmission(input(List.of(item())), program).errors()).isEmpty();

		ItemInput battery = new ItemInput("LAMP", "Headlamp", "851310", "CN", 1, BigDecimal.TEN, "EUR", BigDecimal.ONE,
				null, ItemCondition.USED, "UN3481", null, null, null);
		ItemInput waste = new ItemInput("SCRAP", "Scrap boards", "854900", "CN", 1, BigDecimal.ZERO, "EUR",
				BigDecimal.ONE, null, ItemCondition.SCRAP, null, ItemGoodsClass.WASTE, "16 02 14", null);
		assertThat(codes(ReturnRules.checkAdmission(input(List.of(battery, waste)), program).errors())).containsExactly(
				"input.items.0.unNumber:GOODS_NOT_ACCEPTED", "input.items.1.goodsClass:GOODS_NOT_ACCEPTED");

		ProgramAdmission elsewhere = new ProgramAdmission(program.programId(), program.operatorId(), true, true,
				Set.of(GoodsClass.PRODUCT), Set.of("BR"));
		assertThat(codes(ReturnRules.checkAdmission(input(List.of(item())), elsewhere).errors()))
			.containsExactly("input.origin.countryCode:ORIGIN_NOT_SERVED");

		ProgramAdmission notMember = new ProgramAdmission(program.programId(), program.operatorId(), true, false,
				Set.of(GoodsClass.PRODUCT), Set.of("ES"));
		assertThat(ReturnRules.checkAdmission(input(List.of(item())), notMember).errors()).extracting(UserError::code)
			.containsExactly(NetworkErrorCode.NOT_A_MEMBER);

		ProgramAdmission closed = new ProgramAdmission(program.programId(), program.operatorId(), false, true,
				Set.of(GoodsClass.PRODUCT), Set.of("ES"));
		assertThat(ReturnRules.checkAdmission(input(List.of(item())), closed).errors()).extracting(UserError::code)
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
	void anEntityRefusesAnIllegalTransition() {
		ReturnOrderEntity order = new ReturnOrderEntity(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "R",
				ReturnReason.OTHER, null, new Address("a", null, "c", null, null, "ES"), null, TrackingCodes.next(),
				"u", java.time.OffsetDateTime.now());
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
