package io.homeward.platform.customs;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.rules.CsvTable;

/**
 * Which countries form one customs territory ({@code customs/territories.csv}): the
 * European Union's members and Monaco are one, any other country is a territory of its
 * own. A lane crosses a customs border when its hubs lie in different territories, and
 * only then does a load on it need a declaration; relief is decided by the territory the
 * goods enter.
 */
final class CustomsTerritories {

	static final String TABLE = "customs/territories.csv";

	private final Map<CountryCode, String> territories;

	private final List<CsvTable.Row> rows;

	private CustomsTerritories(Map<CountryCode, String> territories, List<CsvTable.Row> rows) {
		this.territories = Map.copyOf(territories);
		this.rows = List.copyOf(rows);
	}

	static CustomsTerritories read(Reader table) {
		Map<CountryCode, String> territories = new LinkedHashMap<>();
		List<CsvTable.Row> rows = CsvTable.read(TABLE, table, 3, (row) -> {
			CountryCode country = new CountryCode(row.get(0));
			if (row.get(1).isBlank()) {
				throw new IllegalArgumentException("no territory for " + country);
			}
			if (territories.put(country, row.get(1)) != null) {
				throw new IllegalArgumentException(country + " is listed twice");
			}
		});
		return new CustomsTerritories(territories, rows);
	}

	/**
	 * The customs territory a country belongs to: a union's name, or the country itself.
	 */
	String territoryOf(CountryCode country) {
		return territories.getOrDefault(country, country.value());
	}

	/** Whether goods moving from one country to the other cross a customs border. */
	boolean crossesBorder(CountryCode from, CountryCode to) {
		return !territoryOf(from).equals(territoryOf(to));
	}

	/** The unions the table names (a country's own territory is its code). */
	Set<String> unions() {
		return Set.copyOf(territories.values());
	}

	List<CsvTable.Row> rows() {
		return rows;
	}

}
