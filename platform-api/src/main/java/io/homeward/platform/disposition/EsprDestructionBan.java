package io.homeward.platform.disposition;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.rules.CsvTable;

/**
 * The products ESPR Art. 25 forbids destroying unsold, and from when, by shipper size
 * ({@code espr-destruction-ban.csv}): an item is covered when its HS code starts with a
 * listed heading. The longest heading that fits decides.
 */
final class EsprDestructionBan {

	static final String TABLE = "disposition/espr-destruction-ban.csv";

	/** One listed heading. */
	record Listed(String hsPrefix, String category, LocalDate largeFrom, LocalDate mediumFrom, String source) {

		/** The day from which it binds a shipper of this size, if ever. */
		Optional<LocalDate> bindsFrom(EnterpriseSize size) {
			return switch (size) {
				case LARGE -> Optional.of(largeFrom);
				case MEDIUM -> Optional.of(mediumFrom);
				case SMALL, MICRO -> Optional.empty();
			};
		}

	}

	private final List<Listed> listed;

	private EsprDestructionBan(List<Listed> listed) {
		this.listed = listed;
	}

	static EsprDestructionBan shipped() {
		return read(CsvTable.resource(TABLE));
	}

	static EsprDestructionBan read(Reader table) {
		List<Listed> listed = new ArrayList<>();
		CsvTable.read(TABLE, table, 5, (row) -> {
			String prefix = row.get(0);
			if (!prefix.matches("\\d{2}(\\d{2}){0,2}")) {
				throw new IllegalArgumentException("not a chapter, heading or subheading: " + prefix);
			}
			listed.add(new Listed(prefix, row.get(1), LocalDate.parse(row.get(2)), LocalDate.parse(row.get(3)),
					row.source()));
		});
		listed.sort(Comparator.comparingInt((Listed entry) -> entry.hsPrefix().length()).reversed());
		return new EsprDestructionBan(List.copyOf(listed));
	}

	/** The listed heading the item falls under, if any. */
	Optional<Listed> listing(HsCode code) {
		return listed.stream().filter((entry) -> code.digits().startsWith(entry.hsPrefix())).findFirst();
	}

	/**
	 * The listing that forbids a shipper of {@code size} destroying the item on
	 * {@code day}, if one does.
	 */
	Optional<Listed> forbids(HsCode code, EnterpriseSize size, LocalDate day) {
		return listing(code).filter((entry) -> entry.bindsFrom(size).filter((from) -> !day.isBefore(from)).isPresent());
	}

}
