package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The worked cases of {@code docs/domain/cost-sharing.md}, number for number: every
 * expected share here is computed by hand in that document, never by the code under test.
 */
class CostAllocationTests {

	static final Currency EUR = Currency.getInstance("EUR");

	/** Case 1's lane: 2.00 per kg, at least 100.00. */
	static final LaneRate FLAT = LaneRate.weightBreaks(d("100"), Map.of(d("0"), d("2.00")));

	/** Case 2's lane: 2.00 per kg, 1.50 per kg from 150 kg, at least 60.00. */
	static final LaneRate BREAK_AT_150 = LaneRate.weightBreaks(d("60"), Map.of(d("0"), d("2.00"), d("150"), d("1.50")));

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static UUID id(int n) {
		return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
	}

	static AllocationShipper shipper(int n, String kg, String standAlone) {
		return new AllocationShipper(id(n), d(kg), d(standAlone));
	}

	static AllocationRequest threeShippers(String standAloneOfB, String standAloneOfC) {
		return new AllocationRequest(new Money(d("180.00"), EUR),
				List.of(shipper(1, "10", "25.00"), shipper(2, "20", standAloneOfB), shipper(3, "70", standAloneOfC)),
				FLAT);
	}

	static AllocationRequest fiveShippers() {
		return new AllocationRequest(
				new Money(d("270.00"), EUR), List.of(shipper(1, "10", "20.00"), shipper(2, "20", "35.00"),
						shipper(3, "30", "50.00"), shipper(4, "40", "56.00"), shipper(5, "100", "120.00")),
				BREAK_AT_150);
	}

	static List<String> shares(Allocation allocation) {
		return allocation.shares().stream().map((s) -> s.share().amount().toPlainString()).toList();
	}

	// --- case 1: three shippers ---

	@Test
	void defaultCapsTheHeavyShipperAndSpreadsItsExcessByWeight() {
		// pro rata 1.80/kg: 18, 36, 126; C's 126 > 120 caps it; 60 left over 30 kg = 2/kg
		Allocation allocation = CostAllocation.allocate(threeShippers("45.00", "120.00"), AllocationMethod.DEFAULT);
		assertThat(shares(allocation)).containsExactly("20.00", "40.00", "120.00");
		assertThat(allocation.fallback()).isNull();
		ShipperShare c = allocation.shares().get(2);
		assertThat(c.standAlonePrice().amount()).isEqualByComparingTo("120.00");
		assertThat(c.saving().amount()).isEqualByComparingTo("0.00");
		assertThat(allocation.shares().get(0).saving().amount()).isEqualByComparingTo("5.00");
	}

	@Test
	void shapleyOfThreeIsTheMeanMarginalCostOverTheSixOrders() {
		// (2·25 + 25 + 24 + 2·18)/6 = 22.5; (2·45 + 45 + 42 + 2·36)/6 = 41.5; 180 − 64 =
		// 116
		Allocation allocation = CostAllocation.allocate(threeShippers("45.00", "120.00"), AllocationMethod.SHAPLEY);
		assertThat(shares(allocation)).containsExactly("22.50", "41.50", "116.00");
		assertThat(allocation.applied()).isEqualTo(AllocationMethod.SHAPLEY);
		assertThat(allocation.sampling()).isNull();
	}

	@Test
	void equalProfitOfThreeSavesEveryoneOneNineteenth() {
		// 18/19 of each stand-alone price is in the core: 450/19, 810/19, 2160/19 =
		// 23.684…, 42.631…, 113.684…; floors 179.99, the last cent to A over C by id
		Allocation allocation = CostAllocation.allocate(threeShippers("45.00", "120.00"),
				AllocationMethod.EQUAL_PROFIT);
		assertThat(shares(allocation)).containsExactly("23.69", "42.63", "113.68");
		assertThat(allocation.applied()).isEqualTo(AllocationMethod.EQUAL_PROFIT);
		assertThat(allocation.equalProfit()).isNotNull();
		assertThat(allocation.equalProfit().spread()).isEqualByComparingTo("0");
		assertThat(allocation.equalProfit().everyCoalitionListed()).isTrue();
	}

	@Test
	void equalProfitFallsBackToTheDefaultWhenTheCoreIsEmpty() {
		// B alone pays at most 30, but A and C together pay at most 144, so B would have
		// to pay 180 − 144 = 36: no split satisfies both. The default then: 18, 36, 126,
		// B capped at 30, 150 left over 80 kg = 1.875/kg: A 18.75, C 131.25
		Allocation allocation = CostAllocation.allocate(threeShippers("30.00", "150.00"),
				AllocationMethod.EQUAL_PROFIT);
		assertThat(allocation.requested()).isEqualTo(AllocationMethod.EQUAL_PROFIT);
		assertThat(allocation.applied()).isEqualTo(AllocationMethod.DEFAULT);
		assertThat(allocation.fallback()).isEqualTo(AllocationFallback.CORE_EMPTY);
		assertThat(shares(allocation)).containsExactly("18.75", "30.00", "131.25");
	}

	// --- case 2: five shippers ---

	@Test
	void defaultCapsInTwoRoundsWhenTheFirstCapPushesAnotherShipperOver() {
		// 1.35/kg: E 135 > 120 capped; 150 over 100 kg = 1.50/kg: D 60 > 56 capped; 94
		// over 60 kg: A 15.666…, B 31.333…, C 47; floors 269.99, the cent to A (0.67)
		Allocation allocation = CostAllocation.allocate(fiveShippers(), AllocationMethod.DEFAULT);
		assertThat(shares(allocation)).containsExactly("15.67", "31.33", "47.00", "56.00", "120.00");
	}

	@Test
	void shapleyOfFiveWeighsEachCoalitionByTheOrdersItStartsOrEnds() {
		// A 181/10, B 1951/60, C 1889/40, D 6637/120, E 2337/20 (the doc's table); floors
		// 269.98, the two cents to D (0.833) and B (0.667)
		Allocation allocation = CostAllocation.allocate(fiveShippers(), AllocationMethod.SHAPLEY);
		assertThat(shares(allocation)).containsExactly("18.10", "32.52", "47.22", "55.31", "116.85");
	}

	@Test
	void equalProfitOfFiveLiftsTheShipperTheCoreProtectsOthersFrom() {
		// 270/281 of A each would charge D 53.81, but A, B, C and E together pay at most
		// 216, so D pays at least 54; the others share 216 at 216/225 = 0.96 of A_i
		Allocation allocation = CostAllocation.allocate(fiveShippers(), AllocationMethod.EQUAL_PROFIT);
		assertThat(shares(allocation)).containsExactly("19.20", "33.60", "48.00", "54.00", "115.20");
		// f = 54/56 − 0.96 = 0.004286 (6 decimals)
		assertThat(allocation.equalProfit().spread()).isEqualByComparingTo("0.004286");
	}

	// --- fallbacks and edges ---

	@Test
	void anInvoiceAboveTheStandAlonePricesIsSplitPlainlyProRataAndSaysSo() {
		// 25 + 30 + 120 = 175 < 180: 1.80/kg, 18, 36, 126, nobody capped
		for (AllocationMethod method : AllocationMethod.values()) {
			Allocation allocation = CostAllocation.allocate(threeShippers("30.00", "120.00"), method);
			assertThat(allocation.applied()).isEqualTo(AllocationMethod.DEFAULT);
			assertThat(allocation.fallback()).isEqualTo(AllocationFallback.INVOICE_ABOVE_STAND_ALONE);
			assertThat(shares(allocation)).containsExactly("18.00", "36.00", "126.00");
			assertThat(allocation.shares().get(2).saving().amount()).isEqualByComparingTo("-6.00");
		}
	}

	@Test
	void aShipperWithNothingInTheLoadPaysNothingAndChangesNothing() {
		AllocationRequest request = new AllocationRequest(new Money(d("180.00"), EUR), List
			.of(shipper(1, "10", "25.00"), shipper(2, "20", "45.00"), shipper(3, "70", "120.00"), shipper(4, "0", "0")),
				FLAT);
		for (AllocationMethod method : AllocationMethod.values()) {
			Allocation allocation = CostAllocation.allocate(request, method);
			assertThat(allocation.shares()).hasSize(4);
			assertThat(allocation.shares().get(3).share().amount()).isEqualByComparingTo("0");
			assertThat(shares(allocation).subList(0, 3))
				.isEqualTo(shares(CostAllocation.allocate(threeShippers("45.00", "120.00"), method)));
		}
	}

	@Test
	void yenHasNoMinorUnitSoSharesAreWholeYen() {
		// 1000 over 1:1:1 is 333.33… each; floors 999, the yen to the first id
		AllocationRequest request = new AllocationRequest(new Money(d("1000"), Currency.getInstance("JPY")),
				List.of(shipper(3, "5", "2000"), shipper(1, "5", "2000"), shipper(2, "5", "2000")),
				(kg) -> kg.multiply(d("100")));
		assertThat(shares(CostAllocation.allocate(request, AllocationMethod.DEFAULT))).containsExactly("334", "333",
				"333");
	}

	@Test
	void badRequestsAreRefusedWithEveryProblemNamed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationRequest(new Money(d("10.001"), EUR),
					List.of(shipper(1, "-1", "5.00"), shipper(1, "2", "0"), shipper(2, "2", "1.005")), FLAT))
			.withMessageContaining("invoice.amount")
			.withMessageContaining("shippers.0.chargeableKg")
			.withMessageContaining("shippers.1.shipperId: appears twice")
			.withMessageContaining("shippers.1.standAlonePrice")
			.withMessageContaining("shippers.2.standAlonePrice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationRequest(new Money(d("10.00"), EUR), List.of(shipper(1, "0", "0")), FLAT))
			.withMessageContaining("at least one shipper");
	}

}
