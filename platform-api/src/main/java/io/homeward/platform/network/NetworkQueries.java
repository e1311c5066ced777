package io.homeward.platform.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.network.Program.GoodsClass;
import io.homeward.platform.network.ProgramMembership.MembershipStatus;
import io.homeward.platform.shared.graphql.KeysetQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the network: plain SQL straight into the records the API shows, no
 * managed entities. The reads of hubs, lanes, programs, their lanes and terms name no
 * organization: what each organization reads is the policies' decision alone (ADR 0006),
 * so the isolation tests that go through these reads test the policies. Only the
 * membership reads name the shipper, to pick its own rows among those of every shipper
 * that an operator may also read. Batch reads take any number of ids in one statement of
 * one shape ({@code = any(:ids)} over an array), so PostgreSQL plans each once.
 */
@Component
@Transactional(readOnly = true)
class NetworkQueries {

	private static final String HUB_COLUMNS = "id, operator_id, code, name, kind, country_code, city, address, time_zone, latitude, longitude";

	private static final String LANE_COLUMNS = "id, operator_id, code, origin_hub_id, destination_hub_id, mode, carrier_id, transit_days, accepts_lithium, lithium_max_kg";

	private static final String PROGRAM_COLUMNS = """
			id, operator_id, code, name, description, destination_hub_id, accepts_products, accepts_waste,
			accepts_dangerous_goods, cutoff_days, cutoff_time, cutoff_time_zone, status""";

	private static final String MEMBERSHIP_COLUMNS = "id, program_id, shipper_id, status, joined_at, left_at";

	private static final DateTimeFormatter CUTOFF_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	NetworkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A keyset page in id order: the rows after {@code after}, or from the start. */
	List<Hub> hubs(@Nullable UUID after, int limit) {
		return page("hub", HUB_COLUMNS, after, limit, NetworkQueries::hub);
	}

	List<Lane> lanes(@Nullable UUID after, int limit) {
		return page("lane", LANE_COLUMNS, after, limit, NetworkQueries::lane);
	}

	List<Program> programs(@Nullable UUID after, int limit) {
		return page("program", PROGRAM_COLUMNS, after, limit, NetworkQueries::program);
	}

	long hubCount() {
		return count("hub");
	}

	long laneCount() {
		return count("lane");
	}

	long programCount() {
		return count("program");
	}

	List<Hub> hubsByIds(Collection<UUID> ids) {
		return byIds("hub", HUB_COLUMNS, ids, NetworkQueries::hub);
	}

	List<Lane> lanesByIds(Collection<UUID> ids) {
		return byIds("lane", LANE_COLUMNS, ids, NetworkQueries::lane);
	}

	List<Program> programsByIds(Collection<UUID> ids) {
		return byIds("program", PROGRAM_COLUMNS, ids, NetworkQueries::program);
	}

	List<Lane> lanesBetween(UUID originHubId, UUID destinationHubId) {
		return jdbc
			.sql("select " + LANE_COLUMNS
					+ " from lane where origin_hub_id = :origin and destination_hub_id = :destination order by code")
			.param("origin", originHubId)
			.param("destination", destinationHubId)
			.query(NetworkQueries::lane)
			.list();
	}

	/**
	 * The lanes of each program in code order, in one statement: every program asked for
	 * is a key, with no lanes if none is visible.
	 */
	Map<UUID, List<Lane>> lanesOfPrograms(Collection<UUID> programIds) {
		Map<UUID, List<Lane>> byProgram = new LinkedHashMap<>();
		programIds.forEach((id) -> byProgram.put(id, new ArrayList<>()));
		jdbc.sql("""
				select pl.program_id, l.id, l.operator_id, l.code, l.origin_hub_id, l.destination_hub_id, l.mode,
				       l.carrier_id, l.transit_days, l.accepts_lithium, l.lithium_max_kg
				from program_lane pl join lane l on l.operator_id = pl.operator_id and l.id = pl.lane_id
				where pl.program_id = any(:ids)
				order by pl.program_id, l.code""").param("ids", programIds.toArray(UUID[]::new)).query((rs) -> {
			byProgram.computeIfAbsent(rs.getObject("program_id", UUID.class), (id) -> new ArrayList<>())
				.add(lane(rs, 0));
		});
		return byProgram;
	}

	/** The terms of each program visible with them. */
	Map<UUID, String> termsOfPrograms(Collection<UUID> programIds) {
		Map<UUID, String> byProgram = new LinkedHashMap<>();
		jdbc.sql("select program_id, terms from program_terms where program_id = any(:ids)")
			.param("ids", programIds.toArray(UUID[]::new))
			.query((rs) -> {
				byProgram.put(rs.getObject("program_id", UUID.class), rs.getString("terms"));
			});
		return byProgram;
	}

	/** A shipper's memberships of these programs, by program. */
	Map<UUID, ProgramMembership> memberships(UUID shipperId, Collection<UUID> programIds) {
		return jdbc
			.sql("select " + MEMBERSHIP_COLUMNS
					+ " from program_membership where shipper_id = :shipper and program_id = any(:ids)")
			.param("shipper", shipperId)
			.param("ids", programIds.toArray(UUID[]::new))
			.query(NetworkQueries::membership)
			.list()
			.stream()
			.collect(Collectors.toMap(ProgramMembership::programId, Function.identity()));
	}

	/**
	 * What a program admits for a shipper, in one statement: the program, whether the
	 * shipper is an active member, and the countries of its lanes' origin hubs.
	 */
	Optional<ProgramAdmission> admission(UUID programId, UUID shipperId) {
		return jdbc.sql("""
				select p.id, p.operator_id, p.status, p.accepts_products, p.accepts_waste, p.accepts_dangerous_goods,
				       exists (select 1 from program_membership m
				               where m.shipper_id = :shipper and m.program_id = p.id and m.status = 'ACTIVE') as member,
				       array (select distinct h.country_code
				              from program_lane pl
				              join lane l on l.operator_id = pl.operator_id and l.id = pl.lane_id
				              join hub h on h.operator_id = l.operator_id and h.id = l.origin_hub_id
				              where pl.operator_id = p.operator_id and pl.program_id = p.id) as origin_countries
				from program p where p.id = :program""")
			.param("program", programId)
			.param("shipper", shipperId)
			.query((rs, row) -> new ProgramAdmission(rs.getObject("id", UUID.class),
					rs.getObject("operator_id", UUID.class),
					Program.ProgramStatus.valueOf(rs.getString("status")) == Program.ProgramStatus.OPEN,
					rs.getBoolean("member"), Set.copyOf(acceptedGoods(rs)),
					Set.copyOf(Arrays.asList((String[]) rs.getArray("origin_countries").getArray()))))
			.optional();
	}

	private long count(String table) {
		return new KeysetQuery().count(jdbc, table);
	}

	private <T> List<T> page(String table, String columns, @Nullable UUID after, int limit, RowMapper<T> mapper) {
		KeysetQuery query = new KeysetQuery();
		if (after != null) {
			query.and("id > :after", "after", after);
		}
		return query.page(jdbc, "select " + columns + " from " + table, "id", limit, mapper);
	}

	private <T> List<T> byIds(String table, String columns, Collection<UUID> ids, RowMapper<T> mapper) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + columns + " from " + table + " where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(mapper)
			.list();
	}

	private static Hub hub(ResultSet rs, int row) throws SQLException {
		return new Hub(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class), rs.getString("code"),
				rs.getString("name"), Hub.HubKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
				rs.getString("city"), rs.getString("address"), rs.getString("time_zone"),
				(rs.getBigDecimal("latitude") == null) ? null
						: new GeoPoint(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")));
	}

	private static Lane lane(ResultSet rs, int row) throws SQLException {
		return new Lane(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class), rs.getString("code"),
				rs.getObject("origin_hub_id", UUID.class), rs.getObject("destination_hub_id", UUID.class),
				Lane.TransportMode.valueOf(rs.getString("mode")), rs.getObject("carrier_id", UUID.class),
				rs.getInt("transit_days"), rs.getBoolean("accepts_lithium"), rs.getBigDecimal("lithium_max_kg"));
	}

	private static Program program(ResultSet rs, int row) throws SQLException {
		List<DayOfWeek> days = Arrays.stream(rs.getString("cutoff_days").split(","))
			.map(NetworkQueries::day)
			.sorted()
			.toList();
		Program.CutOffSchedule cutOff = new Program.CutOffSchedule(days,
				rs.getObject("cutoff_time", LocalTime.class).format(CUTOFF_TIME), rs.getString("cutoff_time_zone"));
		return new Program(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
				rs.getString("code"), rs.getString("name"), rs.getString("description"),
				rs.getObject("destination_hub_id", UUID.class), acceptedGoods(rs), cutOff,
				Program.ProgramStatus.valueOf(rs.getString("status")));
	}

	/** In the order of the enum: products, waste, dangerous goods. */
	private static List<GoodsClass> acceptedGoods(ResultSet rs) throws SQLException {
		Collection<GoodsClass> accepted = new LinkedHashSet<>();
		if (rs.getBoolean("accepts_products")) {
			accepted.add(GoodsClass.PRODUCT);
		}
		if (rs.getBoolean("accepts_waste")) {
			accepted.add(GoodsClass.WASTE);
		}
		if (rs.getBoolean("accepts_dangerous_goods")) {
			accepted.add(GoodsClass.DANGEROUS_GOODS);
		}
		return List.copyOf(accepted);
	}

	private static ProgramMembership membership(ResultSet rs, int row) throws SQLException {
		return new ProgramMembership(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
				rs.getObject("shipper_id", UUID.class), MembershipStatus.valueOf(rs.getString("status")),
				rs.getObject("joined_at", OffsetDateTime.class), rs.getObject("left_at", OffsetDateTime.class));
	}

	/** Cut-off days are stored as three-letter English abbreviations: {@code MON,THU}. */
	private static DayOfWeek day(String abbreviation) {
		return Arrays.stream(DayOfWeek.values())
			.filter((day) -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown cut-off day " + abbreviation));
	}

}
