package io.homeward.platform.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.network.Program.GoodsClass;

@Entity
@Table(name = "program")
class ProgramEntity {

	@Id
	private UUID id;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	private String code;

	private String name;

	private String description;

	@Column(name = "destination_hub_id")
	private UUID destinationHubId;

	@Column(name = "accepts_products")
	private boolean acceptsProducts;

	@Column(name = "accepts_waste")
	private boolean acceptsWaste;

	@Column(name = "accepts_dangerous_goods")
	private boolean acceptsDangerousGoods;

	/** Three-letter English day abbreviations, comma separated, e.g. {@code MON,THU}. */
	@Column(name = "cutoff_days")
	private String cutoffDays;

	@Column(name = "cutoff_time")
	private LocalTime cutoffTime;

	@Column(name = "cutoff_time_zone")
	private String cutoffTimeZone;

	private String terms;

	@Enumerated(EnumType.STRING)
	private Program.ProgramStatus status;

	protected ProgramEntity() {
	}

	UUID id() {
		return id;
	}

	Program toProgram() {
		List<GoodsClass> accepted = new ArrayList<>();
		if (acceptsProducts) {
			accepted.add(GoodsClass.PRODUCT);
		}
		if (acceptsWaste) {
			accepted.add(GoodsClass.WASTE);
		}
		if (acceptsDangerousGoods) {
			accepted.add(GoodsClass.DANGEROUS_GOODS);
		}
		List<DayOfWeek> days = Arrays.stream(cutoffDays.split(",")).map(ProgramEntity::day).sorted().toList();
		return new Program(id, operatorId, code, name, description, destinationHubId, List.copyOf(accepted),
				new Program.CutOffSchedule(days, cutoffTime.toString(), cutoffTimeZone), terms, status);
	}

	private static DayOfWeek day(String abbreviation) {
		return Arrays.stream(DayOfWeek.values())
			.filter((day) -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown cut-off day " + abbreviation));
	}

}
