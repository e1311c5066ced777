package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.homeward.platform.disposition.Disposition;
import io.homeward.platform.disposition.ItemOutcome;
import io.homeward.platform.disposition.ItemOutcomes;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.sustainability.SustainabilityReport.CarrierPerformance;
import io.homeward.platform.sustainability.SustainabilityReport.CycleTime;
import io.homeward.platform.sustainability.SustainabilityReport.DispositionFigures;
import io.homeward.platform.sustainability.SustainabilityReport.OutflowFigures;
import io.homeward.platform.sustainability.SustainabilityReport.ProcessorPerformance;
import io.homeward.platform.sustainability.SustainabilityReport.ReportEmissions;
import io.homeward.platform.sustainability.SustainabilityReport.ResourceOutflows;
import io.homeward.platform.sustainability.SustainabilityReport.WasteStreamFigures;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a {@link SustainabilityReport} under the caller's policies: a shipper reads its
 * own items, parcels and cost lines only, so a load it shares with others adds only its
 * own parcels' shares; an operator reads its programs'. The items are those whose final
 * disposition was recorded in the period, the loads those received in it. A fixed number
 * of statements whatever the period holds: the items (three, {@link ItemOutcomes}), the
 * loads, their receipt lines, the parcels' emissions, the cost lines, the carriers, and
 * for one shipper its waste streams.
 */
@Service
@Transactional(readOnly = true)
public class SustainabilityReports {

	static final int MAX_DAYS = 366;

	private static final BigDecimal ZERO_KG = BigDecimal.ZERO.setScale(3);

	private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

	private final JdbcClient jdbc;

	private final ItemOutcomes outcomes;

	private final NetworkCatalog network;

	private final WasteStreams streams;

	SustainabilityReports(JdbcClient jdbc, ItemOutcomes outcomes, NetworkCatalog network, WasteStreams streams) {
		this.jdbc = jdbc;
		this.outcomes = outcomes;
		this.network = network;
		this.streams = streams;
	}

	public Outcome<SustainabilityReport> report(ReportRequest request) {
		Tenant tenant = TenantContext.require();
		if (tenant.is(OrganizationKind.CARRIER)) {
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED,
					"Shippers and operators read sustainability reports");
		}
		if (request.to().isBefore(request.from())) {
			return Outcome.refused("to", CommonErrorCode.OUT_OF_RANGE, "must not be before from");
		}
		if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > MAX_DAYS) {
			return Outcome.refused("to", CommonErrorCode.OUT_OF_RANGE, "a report covers at most " + MAX_DAYS + " days");
		}
		UUID shipperId = request.shipperId();
		if (tenant.is(OrganizationKind.SHIPPER)) {
			if (shipperId != null && !shipperId.equals(tenant.orgId())) {
				return Outcome.refused("shipperId", CommonErrorCode.NOT_PERMITTED, "A shipper reads its own report");
			}
			shipperId = tenant.orgId();
		}
		if (request.programId() != null && network.program(request.programId()).isEmpty()) {
			return Outcome.refused("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		OffsetDateTime from = request.from().atStartOfDay().atOffset(ZoneOffset.UTC);
		OffsetDateTime to = request.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
		List<ItemOutcome> items = outcomes.finalIn(from, to, request.programId(), shipperId);
		Loads loads = loads(from, to, request.programId(), shipperId);
		List<WasteStream> own = (tenant.is(OrganizationKind.SHIPPER)) ? streams.own() : List.of();
		return Outcome.done(assemble(new ReportRequest(request.from(), request.to(), request.programId(), shipperId),
				items, loads, own));
	}

	/** The loads received in the period, with what the caller reads of them. */
	record Loads(List<ReceivedLoad> received, Map<UUID, int[]> receipts, Map<UUID, EmissionFigures> emissions,
			Map<UUID, Integer> parcelsMeasured, List<Money> savings) {

	}

	record ReceivedLoad(UUID loadId, UUID carrierId, OffsetDateTime departureAt, OffsetDateTime receivedAt,
			int transitDays, ZoneId originZone, ZoneId destinationZone) {

		/**
		 * Received no later than the day of departure (at the origin) plus the lane's
		 * transit days, on the destination's calendar.
		 */
		boolean onTime() {
			LocalDate due = departureAt.atZoneSameInstant(originZone).toLocalDate().plusDays(transitDays);
			return !receivedAt.atZoneSameInstant(destinationZone).toLocalDate().isAfter(due);
		}

	}

	private Loads loads(OffsetDateTime from, OffsetDateTime to, @Nullable UUID programId, @Nullable UUID shipperId) {
		List<ReceivedLoad> received = jdbc.sql("""
				select l.id, l.carrier_id, l.departure_at, l.received_at, ln.transit_days,
				       o.time_zone as origin_zone, d.time_zone as destination_zone
				  from load l
				  join lane ln on ln.id = l.lane_id
				  join hub o on o.id = l.origin_hub_id
				  join hub d on d.id = l.destination_hub_id
				 where l.status = 'RECEIVED' and l.received_at >= :from and l.received_at < :to
				   and (cast(:program as uuid) is null or l.program_id = :program)
				   and (cast(:shipper as uuid) is null
				        or exists (select 1 from load_shipper s
				                    where s.load_id = l.id and s.shipper_id = :shipper and s.parcels > 0))
				 order by l.received_at, l.id""")
			.param("from", from)
			.param("to", to)
			.param("program", programId)
			.param("shipper", shipperId)
			.query((rs, n) -> new ReceivedLoad(rs.getObject("id", UUID.class), rs.getObject("carrier_id", UUID.class),
					rs.getObject("departure_at", OffsetDateTime.class),
					rs.getObject("received_at", OffsetDateTime.class), rs.getInt("transit_days"),
					ZoneId.of(rs.getString("origin_zone")), ZoneId.of(rs.getString("destination_zone"))))
			.list();
		if (received.isEmpty()) {
			return new Loads(List.of(), Map.of(), Map.of(), Map.of(), List.of());
		}
		UUID[] ids = received.stream().map(ReceivedLoad::loadId).toArray(UUID[]::new);
		Map<UUID, int[]> receipts = new LinkedHashMap<>();
		jdbc.sql("""
				select load_id, count(*) filter (where outcome in ('RECEIVED', 'DAMAGED')) as parcels,
				       count(*) filter (where outcome = 'DAMAGED') as damaged
				  from receipt_line
				 where load_id = any(:ids) and parcel_id is not null
				   and (cast(:shipper as uuid) is null or shipper_id = :shipper)
				 group by load_id""").param("ids", ids).param("shipper", shipperId).query((rs) -> {
			receipts.put(rs.getObject("load_id", UUID.class), new int[] { rs.getInt("parcels"), rs.getInt("damaged") });
		});
		Map<UUID, EmissionFigures> emissions = new LinkedHashMap<>();
		Map<UUID, Integer> parcels = new LinkedHashMap<>();
		jdbc.sql("""
				select load_id, count(*) as parcels, sum(tonne_km) as tkm, sum(wtw_kg) as wtw, sum(ttw_kg) as ttw,
				       sum(stand_alone_kg) as alone
				  from parcel_emission
				 where load_id = any(:ids) and (cast(:shipper as uuid) is null or shipper_id = :shipper)
				 group by load_id""").param("ids", ids).param("shipper", shipperId).query((rs) -> {
			UUID load = rs.getObject("load_id", UUID.class);
			emissions.put(load, new EmissionFigures(rs.getBigDecimal("tkm"), rs.getBigDecimal("wtw"),
					rs.getBigDecimal("ttw"), rs.getBigDecimal("alone")));
			parcels.put(load, rs.getInt("parcels"));
		});
		List<Money> savings = new ArrayList<>();
		jdbc.sql("""
				select currency, sum(saving) as saving from cost_statement_line
				 where load_id = any(:ids) and (cast(:shipper as uuid) is null or shipper_id = :shipper)
				 group by currency order by currency""").param("ids", ids).param("shipper", shipperId).query((rs) -> {
			savings
				.add(new Money(rs.getBigDecimal("saving"), java.util.Currency.getInstance(rs.getString("currency"))));
		});
		return new Loads(received, receipts, emissions, parcels, savings);
	}

	/** The report from what was read: pure arithmetic, tested on its own. */
	static SustainabilityReport assemble(ReportRequest request, List<ItemOutcome> items, Loads loads,
			List<WasteStream> streams) {
		int quantity = 0;
		BigDecimal weight = ZERO_KG;
		BigDecimal recovered = ZERO_KG;
		BigDecimal landfilled = ZERO_KG;
		BigDecimal atHub = ZERO_KG;
		Map<Disposition, DispositionFigures> byDisposition = new EnumMap<>(Disposition.class);
		Map<String, Money> resale = new TreeMap<>();
		Map<String, Money> material = new TreeMap<>();
		Map<String, List<Integer>> turnarounds = new TreeMap<>();
		List<BigDecimal> cycleDays = new ArrayList<>();
		OutflowTotals hazardous = new OutflowTotals();
		OutflowTotals nonHazardous = new OutflowTotals();
		for (ItemOutcome item : items) {
			quantity += item.quantity();
			weight = weight.add(item.weightKg());
			if (item.recovered()) {
				recovered = recovered.add(item.weightKg());
			}
			if (item.landfilled()) {
				landfilled = landfilled.add(item.weightKg());
			}
			if (item.endedAtHub()) {
				atHub = atHub.add(item.weightKg());
			}
			byDisposition.merge(item.disposition(),
					new DispositionFigures(item.disposition(), 1, item.quantity(), item.weightKg()),
					(a, b) -> new DispositionFigures(a.disposition(), a.items() + b.items(),
							a.quantity() + b.quantity(), a.weightKg().add(b.weightKg())));
			item.resale().forEach((money) -> add(resale, money));
			item.material().forEach((money) -> add(material, money));
			LocalDate finalOn = item.finalAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
			for (ItemOutcome.Certificate certificate : item.certificates()) {
				turnarounds.computeIfAbsent(certificate.partnerName(), (name) -> new ArrayList<>())
					.add((int) ChronoUnit.DAYS.between(finalOn, certificate.issuedOn()));
			}
			long seconds = Duration.between(item.requestedAt(), item.finalAt()).getSeconds();
			cycleDays.add(BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP));
			if (item.outflow() != null) {
				(item.hazardous() ? hazardous : nonHazardous).add(item.outflow(), item.weightKg());
			}
		}
		List<ProcessorPerformance> processors = new ArrayList<>();
		turnarounds.forEach((name,
				days) -> processors.add(new ProcessorPerformance(name, days.size(),
						BigDecimal.valueOf(days.stream().mapToInt(Integer::intValue).sum())
							.divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_UP),
						days.stream().mapToInt(Integer::intValue).max().orElse(0))));
		OutflowFigures hazardousFigures = hazardous.figures();
		OutflowFigures nonHazardousFigures = nonHazardous.figures();
		BigDecimal waste = hazardous.total().add(nonHazardous.total());
		return new SustainabilityReport(request.from(), request.to(), request.programId(), request.shipperId(),
				items.size(), quantity, weight, List.copyOf(byDisposition.values()), recovered, landfilled,
				(atHub.signum() > 0) ? recovered.divide(atHub, 4, RoundingMode.HALF_UP) : null, loads.savings(),
				List.copyOf(resale.values()), List.copyOf(material.values()), emissions(loads), carriers(loads),
				processors, cycleTime(cycleDays), new ResourceOutflows(waste, hazardousFigures, nonHazardousFigures),
				streams(items, streams));
	}

	private static ReportEmissions emissions(Loads loads) {
		BigDecimal tkm = ZERO_KG;
		BigDecimal wtw = ZERO_KG;
		BigDecimal ttw = ZERO_KG;
		BigDecimal alone = ZERO_KG;
		int parcels = 0;
		for (Map.Entry<UUID, EmissionFigures> leg : loads.emissions().entrySet()) {
			tkm = tkm.add(leg.getValue().tonneKm());
			wtw = wtw.add(leg.getValue().wellToWheelKg());
			ttw = ttw.add(leg.getValue().tankToWheelKg());
			alone = alone.add(leg.getValue().standAloneKg());
			parcels += loads.parcelsMeasured().get(leg.getKey());
		}
		return new ReportEmissions(loads.emissions().size(), parcels, new EmissionFigures(tkm, wtw, ttw, alone),
				loads.received().size() - loads.emissions().size());
	}

	private static List<CarrierPerformance> carriers(Loads loads) {
		Map<UUID, int[]> byCarrier = new LinkedHashMap<>();
		for (ReceivedLoad load : loads.received()) {
			int[] figures = byCarrier.computeIfAbsent(load.carrierId(), (id) -> new int[4]);
			figures[0]++;
			figures[1] += load.onTime() ? 1 : 0;
			int[] receipt = loads.receipts().getOrDefault(load.loadId(), new int[2]);
			figures[2] += receipt[0];
			figures[3] += receipt[1];
		}
		List<CarrierPerformance> carriers = new ArrayList<>();
		byCarrier.forEach((carrier, f) -> carriers.add(new CarrierPerformance(carrier, f[0], f[1], rate(f[1], f[0]),
				f[2], f[3], (f[2] > 0) ? rate(f[3], f[2]) : null)));
		carriers.sort(Comparator.comparing((CarrierPerformance c) -> c.carrierId().toString()));
		return carriers;
	}

	private static CycleTime cycleTime(List<BigDecimal> days) {
		if (days.isEmpty()) {
			return new CycleTime(0, null, null, null);
		}
		List<BigDecimal> sorted = days.stream().sorted().toList();
		BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int n = sorted.size();
		BigDecimal median = (n % 2 == 1) ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
		return new CycleTime(n, sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), median, sorted.getLast());
	}

	/**
	 * Each stream with the items it covers: an item counts in the stream that covers it
	 * most closely (its waste code, else the longest HS prefix), the first listed on a
	 * tie.
	 */
	private static List<WasteStreamFigures> streams(List<ItemOutcome> items, List<WasteStream> streams) {
		if (streams.isEmpty()) {
			return List.of();
		}
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, BigDecimal[]> weights = new LinkedHashMap<>();
		for (WasteStream stream : streams) {
			counts.put(stream.code(), new int[1]);
			weights.put(stream.code(), new BigDecimal[] { ZERO_KG, ZERO_KG });
		}
		for (ItemOutcome item : items) {
			WasteStream best = null;
			int fit = 0;
			for (WasteStream stream : streams) {
				int f = stream.fit(item.hsCode(), item.wasteCode());
				if (f > fit) {
					fit = f;
					best = stream;
				}
			}
			if (best == null) {
				continue;
			}
			counts.get(best.code())[0]++;
			BigDecimal[] w = weights.get(best.code());
			w[0] = w[0].add(item.weightKg());
			if (item.recovered()) {
				w[1] = w[1].add(item.weightKg());
			}
		}
		List<WasteStreamFigures> figures = new ArrayList<>();
		for (WasteStream stream : streams) {
			BigDecimal[] w = weights.get(stream.code());
			figures.add(new WasteStreamFigures(stream, counts.get(stream.code())[0], w[0], w[1], stream.avoided(w[1])));
		}
		return figures;
	}

	private static BigDecimal rate(int part, int whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	private static void add(Map<String, Money> sums, Money money) {
		sums.merge(money.currency().getCurrencyCode(), money,
				(a, b) -> new Money(a.amount().add(b.amount()), a.currency()));
	}

	/** ESRS E5-5's categories of one hazard class, summed. */
	private static final class OutflowTotals {

		private final Map<ItemOutcome.Outflow, BigDecimal> kg = new EnumMap<>(ItemOutcome.Outflow.class);

		void add(ItemOutcome.Outflow outflow, BigDecimal weightKg) {
			kg.merge(outflow, weightKg, BigDecimal::add);
		}

		BigDecimal total() {
			return kg.values().stream().reduce(ZERO_KG, BigDecimal::add);
		}

		OutflowFigures figures() {
			return new OutflowFigures(of(ItemOutcome.Outflow.PREPARATION_FOR_REUSE), of(ItemOutcome.Outflow.RECYCLING),
					of(ItemOutcome.Outflow.OTHER_RECOVERY), of(ItemOutcome.Outflow.INCINERATION),
					of(ItemOutcome.Outflow.LANDFILL), of(ItemOutcome.Outflow.OTHER_DISPOSAL),
					of(ItemOutcome.Outflow.INTERIM));
		}

		private BigDecimal of(ItemOutcome.Outflow outflow) {
			return kg.getOrDefault(outflow, ZERO_KG);
		}

	}

}
