package io.homeward.platform.customs;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.homeward.platform.shared.WasteCode;
import io.homeward.platform.shared.rules.CsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The waste papers as data ({@code customs/waste-regimes.csv}): which List of Waste
 * entries fall under which control regime of the Waste Shipment Regulation and the Basel
 * Convention, every row with its source.
 */
final class WasteRules {

	static final String REGIMES = "customs/waste-regimes.csv";

	private static final Pattern ENTRY = Pattern.compile("(\\d{2}|xx) (\\d{2}|xx) (\\d{2}|xx)(\\*?)");

	/** One row: the code it fits (x for any digit), whether it fits hazardous entries. */
	record Row(String entry, String digits, boolean hazardous, WasteRegime regime, String listing,
			@Nullable LocalDate inForceFrom, String source) {

		boolean fits(WasteCode code, LocalDate shippedOn) {
			if (code.hazardous() != hazardous || (inForceFrom != null && shippedOn.isBefore(inForceFrom))) {
				return false;
			}
			for (int i = 0; i < digits.length(); i++) {
				if (digits.charAt(i) != 'x' && digits.charAt(i) != code.code().charAt(i)) {
					return false;
				}
			}
			return true;
		}

		RequiredWasteDocument document() {
			return new RequiredWasteDocument(regime.document(), entry, listing, source);
		}

	}

	private static final class Standard {

		static final WasteRules RULES = read(CsvTable.resource(REGIMES));

	}

	private final List<Row> rows;

	private WasteRules(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	/** The table shipped with the platform, read once. */
	static WasteRules standard() {
		return Standard.RULES;
	}

	static WasteRules read(Reader table) {
		List<Row> rows = new ArrayList<>();
		CsvTable.read(REGIMES, table, 5, (row) -> {
			var entry = ENTRY.matcher(row.get(0));
			if (!entry.matches()) {
				throw new IllegalArgumentException("not an entry like '16 02 xx*': '" + row.get(0) + "'");
			}
			String digits = entry.group(1) + entry.group(2) + entry.group(3);
			boolean hazardous = !entry.group(4).isEmpty();
			WasteRegime regime = WasteRegime.valueOf(row.get(1));
			if (regime == WasteRegime.GREEN_LIST) {
				// Green-listing a range or a hazardous entry would let codes nobody
				// checked
				// travel on an Annex VII document alone.
				if (hazardous || digits.contains("x")) {
					throw new IllegalArgumentException(
							"a GREEN_LIST row names one non-hazardous code, not " + row.get(0));
				}
				new WasteCode(digits, false);
			}
			if (row.get(2).isBlank()) {
				throw new IllegalArgumentException("the row names no listing");
			}
			LocalDate from = row.get(3).isBlank() ? null : LocalDate.parse(row.get(3));
			rows.add(new Row(row.get(0), digits, hazardous, regime, row.get(2), from, row.source()));
		});
		return new WasteRules(rows);
	}

	/**
	 * The papers a waste item shipped on {@code shippedOn} needs: those of every row that
	 * fits its code, except that the Annex VII document is dropped when any other regime
	 * applies, since it serves waste under the general information requirements alone.
	 */
	WastePapers papers(WasteCode code, LocalDate shippedOn) {
		List<Row> fitting = rows.stream().filter((row) -> row.fits(code, shippedOn)).toList();
		if (fitting.isEmpty()) {
			return new WastePapers(code, false, List.of(), "The waste table does not classify " + code.display()
					+ " for a shipment on " + shippedOn + ": its papers must be settled by hand");
		}
		boolean controlled = fitting.stream().anyMatch((row) -> row.regime() != WasteRegime.GREEN_LIST);
		List<RequiredWasteDocument> documents = fitting.stream()
			.filter((row) -> !controlled || row.regime() != WasteRegime.GREEN_LIST)
			.map(Row::document)
			.distinct()
			.toList();
		return new WastePapers(code, true, documents, code.display() + " needs "
				+ documents.stream().map((d) -> d.kind() + " (" + d.listing() + ")").collect(Collectors.joining(", ")));
	}

	List<Row> rows() {
		return rows;
	}

}
