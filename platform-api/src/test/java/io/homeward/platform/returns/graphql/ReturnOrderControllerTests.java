package io.homeward.platform.returns.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.returns.Address;
import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.returns.ReturnCreate;
import io.homeward.platform.returns.ReturnFilter;
import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.returns.ReturnReason;
import io.homeward.platform.returns.ReturnStatus;
import io.homeward.platform.returns.ReturnTransition;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.Organizations;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The returns schema mapped onto its controller, with the module's API mocked: argument
 * binding, payload shapes, batching of associations and error masking.
 */
// The argument resolver of connection pages is a component of the GraphQL runtime, not a
// controller: include it in the slice.
@GraphQlTest(controllers = ReturnOrderController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = HandlerMethodArgumentResolver.class))
class ReturnOrderControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	ReturnOrders returns;

	@MockitoBean
	NetworkCatalog network;

	@MockitoBean
	Organizations organizations;

	static ReturnOrder order(String rma) {
		OffsetDateTime now = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
		return new ReturnOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), rma,
				ReturnStatus.REQUESTED, ReturnReason.DEFECTIVE, null, null, "Madrid", "ES",
				new Address("Calle 1", null, "Madrid", null, null, "ES"), null, "HW0123456789ABCDEF", now, now);
	}

	static ReturnItem item(ReturnOrder order, String sku) {
		return new ReturnItem(UUID.randomUUID(), order.uuid(), 1, sku, "thing", "630622", "CN", 1,
				new Money(new BigDecimal("10.50"), java.util.Currency.getInstance("EUR")), new BigDecimal("1.000"),
				null, ItemCondition.NEW, null, ItemGoodsClass.PRODUCT, null, null);
	}

	@Test
	void returnsIsAConnectionAndItemsAreLoadedInOneBatch() {
		ReturnOrder a = order("A");
		ReturnOrder b = order("B");
		given(returns.list(any(), any()))
			.willReturn(PageRequest.first("returns", 2).window(List.of(a, b), (o) -> Map.of("rma", o.rmaNumber())));
		given(returns.count(any())).willReturn(7L);
		given(returns.itemsOf(anyCollection()))
			.willReturn(Map.of(a.uuid(), List.of(item(a, "A-1")), b.uuid(), List.of(item(b, "B-1"))));

		graphQl.document("""
				{ returns(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage }
				    edges { cursor node { id rmaNumber items { sku unitValue { amount currency } } } } } }""")
			.execute()
			.path("returns.totalCount")
			.entity(Integer.class)
			.isEqualTo(7)
			.path("returns.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("returns.edges[*].node.items[0].sku")
			.entityList(String.class)
			.containsExactly("A-1", "B-1")
			.path("returns.edges[0].node.items[0].unitValue.amount")
			.entity(String.class)
			.isEqualTo("10.50")
			.path("returns.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("ReturnOrder", a.uuid()));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<UUID>> ids = ArgumentCaptor.forClass(Collection.class);
		verify(returns, times(1)).itemsOf(ids.capture());
		assertThat(ids.getValue()).containsExactly(a.uuid(), b.uuid());
	}

	@Test
	void returnCreateBindsTheWholeInputExactly() {
		given(returns.create(any())).willReturn(Outcome.done(order("RMA-9")));
		UUID program = UUID.randomUUID();
		graphQl
			.document(
					"""
							mutation { returnCreate(input: {
							  idempotencyKey: "k1", programId: "%s", rmaNumber: "RMA-9", reason: RECALL,
							  customer: { name: "Ana" }, origin: { line1: "Calle 1", city: "Madrid", countryCode: "ES" },
							  originalExport: { reference: "EXP-1", exportedOn: "2026-01-05" },
							  items: [{ sku: "S", description: "d", hsCode: "630622", originCountry: "CN", quantity: 2,
							            unitValue: "19.99", currency: "EUR", weightKg: "0.125", condition: USED,
							            goodsClass: WASTE, wasteCode: "16 02 14", parcelReference: "P1",
							            dimensions: { lengthCm: "10", widthCm: "5.5", heightCm: "2" } }],
							  parcels: [{ reference: "P1", weightKg: "1", dimensions: { lengthCm: "20", widthCm: "10", heightCm: "5" } }]
							}) { return { rmaNumber status } userErrors { code } } }"""
						.formatted(GlobalId.encode("Program", program)))
			.execute()
			.path("returnCreate.return.rmaNumber")
			.entity(String.class)
			.isEqualTo("RMA-9")
			.path("returnCreate.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		ArgumentCaptor<ReturnCreate> input = ArgumentCaptor.forClass(ReturnCreate.class);
		verify(returns).create(input.capture());
		ReturnCreate bound = input.getValue();
		assertThat(bound.programId()).as("decoded once, at the edge").isEqualTo(program);
		assertThat(bound.reason()).isEqualTo(ReturnReason.RECALL);
		assertThat(bound.originalExport().exportedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(bound.origin().countryCode()).isEqualTo("ES");
		ReturnCreate.NewItem item = bound.items().getFirst();
		assertThat(item.hsCode()).as("raw, for the module's rules").isEqualTo("630622");
		assertThat(item.unitValue()).isEqualByComparingTo("19.99");
		assertThat(item.weightKg()).isEqualByComparingTo("0.125");
		assertThat(item.goodsClass()).isEqualTo(ItemGoodsClass.WASTE);
		assertThat(item.dimensions().widthCm()).isEqualByComparingTo("5.5");
		assertThat(bound.parcels()).singleElement().extracting(ReturnCreate.NewParcel::reference).isEqualTo("P1");
	}

	@Test
	void idsThatAreNotOursBecomeNoneForTheModuleToReportAsNotFound() {
		given(returns.transition(any())).willReturn(
				Outcome.refused("returnId", io.homeward.platform.shared.CommonErrorCode.NOT_FOUND, "No such return"));
		graphQl.document("""
				mutation { returnCancel(input: { returnId: "garbage", note: "n" }) {
				  return { id } userErrors { field code } } }""")
			.execute()
			.path("returnCancel.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", "returnId");
		ArgumentCaptor<ReturnTransition> command = ArgumentCaptor.forClass(ReturnTransition.class);
		verify(returns).transition(command.capture());
		assertThat(command.getValue()).isEqualTo(new ReturnTransition(GlobalId.NONE, ReturnStatus.CANCELED, "n"));

		given(returns.list(any(), any()))
			.willReturn(PageRequest.first("returns", 1).window(List.of(), (o) -> Map.of()));
		graphQl.document("{ returns(filter: { programId: \"UHJvZ3JhbTpub3BlCg\" }) { edges { cursor } } }")
			.execute()
			.path("returns.edges")
			.entityList(Object.class)
			.hasSize(0);
		ArgumentCaptor<ReturnFilter> filter = ArgumentCaptor.forClass(ReturnFilter.class);
		verify(returns).list(filter.capture(), any());
		assertThat(filter.getValue().programId()).isEqualTo(GlobalId.NONE);
	}

	@Test
	void userErrorsComeBackInThePayload() {
		// The module's paths are relative to its command; the adapter puts them under
		// "input".
		given(returns.create(any())).willReturn(Outcome.refused(
				List.of(UserError.of("items.0.hsCode", CommonErrorCode.INVALID_HS_CODE, "must be 6 to 10 digits"))));
		graphQl.document("""
				mutation { returnCreate(input: {
				  idempotencyKey: "k", programId: "p", rmaNumber: "R", reason: OTHER, customer: { name: "A" },
				  origin: { line1: "l", city: "c", countryCode: "ES" },
				  items: [{ sku: "S", description: "d", hsCode: "77", originCountry: "CN", quantity: 1,
				            unitValue: "1", currency: "EUR", weightKg: "1", condition: NEW }]
				}) { return { id } userErrors { field code message } } }""")
			.execute()
			.path("returnCreate.return")
			.valueIsNull()
			.path("returnCreate.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", "items", "0", "hsCode")
			.path("returnCreate.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("INVALID_HS_CODE");
	}

	@Test
	void unexpectedFailuresAreMaskedWithAnErrorId() {
		given(returns.list(any(), any())).willThrow(new IllegalStateException("SELECT secret FROM somewhere"));
		graphQl.document("{ returns { totalCount } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).startsWith("Internal error, reference ").doesNotContain("secret");
				assertThat(error.getExtensions()).containsEntry("code", "INTERNAL").containsKey("errorId");
			});
		});
	}

	@Test
	void pageArgumentsOutOfRangeAreBadUserInput() {
		graphQl.document("{ returns(first: 500) { totalCount } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "first");
			});
		});
	}

}
