package io.homeward.platform.consolidation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.homeward.platform.shared.UnNumber;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;

/**
 * The segregation table as data: which UN numbers belong to which classes
 * ({@code consolidation/un-numbers.csv}) and which classes may not share a unit or load
 * ({@code consolidation/segregation-rules.csv}), every row with its source. Kept as data
 * so that a dangerous-goods adviser can read and extend it without reading code.
 */
public final class SegregationTable {

	/** One line of a table: RFC 4180 fields, blanks around them dropped. */
	private static final CSVFormat ROW = CSVFormat.RFC4180.builder().setTrim(true).get();

	static final String UN_NUMBERS = "consolidation/un-numbers.csv";

	static final String RULES = "consolidation/segregation-rules.csv";

	/** One entry of the Dangerous Goods List the platform knows. */
	record Entry(UnNumber unNumber, String name, HazardClass hazardClass, Set<HazardClass> subsidiary, boolean lithium,
			List<String> specialProvisions, String source) {

	}

	/**
	 * Goods of {@code hazardClass} never with goods of {@code with}; with {@code null}
	 * for {@code with}, never with anything else at all.
	 */
	record Apart(SegregationReason reason, HazardClass hazardClass, @Nullable HazardClass with, String source) {

		boolean refuses(DangerousGoods first, DangerousGoods second) {
			return first.has(hazardClass) && (with == null || second.has(with));
		}

		/** Whether one parcel holds goods this rule keeps apart. */
		boolean refusesWithin(DangerousGoods goods) {
			if (!goods.has(hazardClass)) {
				return false;
			}
			return (with == null) ? goods.classes().size() > 1 : goods.has(with);
		}

	}

	private static volatile @Nullable SegregationTable standard;

	private final Map<UnNumber, Entry> entries;

	private final List<Apart> apart;

	private final Map<SegregationReason, String> sources;

	private SegregationTable(Map<UnNumber, Entry> entries, List<Apart> apart, Map<SegregationReason, String> sources) {
		this.entries = Map.copyOf(entries);
		this.apart = List.copyOf(apart);
		this.sources = Map.copyOf(sources);
	}

	/** The table shipped with the platform, read once. */
	public static SegregationTable standard() {
		SegregationTable table = standard;
		if (table == null) {
			table = read(resource(UN_NUMBERS), resource(RULES));
			standard = table;
		}
		return table;
	}

	static SegregationTable read(Reader unNumbers, Reader rules) {
		Map<UnNumber, Entry> entries = new LinkedHashMap<>();
		for (List<String> row : rows(unNumbers, 7)) {
			UnNumber un = new UnNumber(row.get(0));
			Set<HazardClass> subsidiary = EnumSet.noneOf(HazardClass.class);
			for (String code : row.get(3).split(" ")) {
				if (!code.isBlank()) {
					subsidiary.add(hazardClass(code));
				}
			}
			List<String> provisions = Arrays.stream(row.get(5).split(" ")).filter((s) -> !s.isBlank()).toList();
			if (entries.put(un, new Entry(un, row.get(1), hazardClass(row.get(2)), subsidiary,
					Boolean.parseBoolean(row.get(4)), provisions, row.get(6))) != null) {
				throw new IllegalStateException("UN " + un + " is listed twice");
			}
		}
		List<Apart> apart = new ArrayList<>();
		Map<SegregationReason, String> sources = new EnumMap<>(SegregationReason.class);
		for (List<String> row : rows(rules, 5)) {
			SegregationReason reason = SegregationReason.valueOf(row.get(0));
			String source = row.get(4);
			switch (row.get(1)) {
				case "APART" -> apart.add(new Apart(reason, hazardClass(row.get(2)),
						row.get(3).equals("*") ? null : hazardClass(row.get(3)), source));
				case "LANE", "TABLE" -> sources.put(reason, source);
				default -> throw new IllegalStateException("Unknown kind of rule: " + row.get(1));
			}
			sources.putIfAbsent(reason, source);
		}
		for (SegregationReason reason : SegregationReason.values()) {
			if (!sources.containsKey(reason)) {
				throw new IllegalStateException("The segregation table gives no source for " + reason);
			}
		}
		return new SegregationTable(entries, apart, sources);
	}

	/**
	 * The dangerous goods of a parcel from its items' UN numbers: the classes and
	 * subsidiary hazards of each, and the mass of its lithium batteries.
	 */
	public DangerousGoods classify(List<HazardousItem> items) {
		Set<HazardClass> classes = EnumSet.noneOf(HazardClass.class);
		Set<UnNumber> numbers = new HashSet<>();
		Set<UnNumber> unclassified = new HashSet<>();
		BigDecimal lithiumKg = BigDecimal.ZERO;
		for (HazardousItem item : items) {
			numbers.add(item.unNumber());
			Entry entry = entries.get(item.unNumber());
			if (entry == null) {
				unclassified.add(item.unNumber());
				continue;
			}
			classes.add(entry.hazardClass());
			classes.addAll(entry.subsidiary());
			if (entry.lithium()) {
				lithiumKg = lithiumKg.add(item.weightKg());
			}
		}
		return new DangerousGoods(classes, numbers, unclassified, lithiumKg);
	}

	/** The entry of a UN number, if the table classifies it. */
	public Optional<String> name(UnNumber unNumber) {
		return Optional.ofNullable(entries.get(unNumber)).map(Entry::name);
	}

	Optional<Entry> entry(UnNumber unNumber) {
		return Optional.ofNullable(entries.get(unNumber));
	}

	List<Apart> apartRules() {
		return apart;
	}

	/** Where the rule behind a reason comes from. */
	public String source(SegregationReason reason) {
		return Objects.requireNonNull(sources.get(reason));
	}

	private static HazardClass hazardClass(String code) {
		return HazardClass.ofCode(code).orElseThrow(() -> new IllegalStateException("Not a hazard class: " + code));
	}

	private static Reader resource(String name) {
		InputStream in = SegregationTable.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + name);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	/** Rows of a comma-separated file with '#' comments and double-quoted fields. */
	private static List<List<String>> rows(Reader reader, int columns) {
		List<List<String>> rows = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(reader)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> fields = fields(line);
				if (fields.size() != columns) {
					throw new IllegalStateException("Expected " + columns + " fields: " + line);
				}
				rows.add(fields);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static List<String> fields(String line) {
		try (CSVParser parser = CSVParser.parse(line, ROW)) {
			return parser.getRecords().getFirst().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
