package io.homeward.platform.customs;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.rules.CsvTable;
import org.jspecify.annotations.Nullable;

/**
 * Returned goods relief as data: which countries form one customs territory
 * ({@code customs/territories.csv}) and the relief rules of each territory
 * ({@code customs/relief-rules.csv}), every row with its legal source. The conditions the
 * rows can state (a time limit, the state on return, no improvement abroad, the evidence)
 * are the ones the cited rules have; a rule with another kind of condition needs code
 * here, not just a row.
 */
final class ReliefRules {

	static final String TERRITORIES = CustomsTerritories.TABLE;

	static final String RULES = "customs/relief-rules.csv";

	/** Which goods a rule is for, by where they were made. */
	enum MadeIn {

		ANY, DOMESTIC, FOREIGN

	}

	/** One row of the relief rules. A null {@code years} means no time limit. */
	record Rule(String id, String territory, MadeIn madeIn, @Nullable Integer years, boolean sameState,
			boolean notImproved, List<Set<EvidenceKind>> evidence, String source) {

		boolean covers(boolean madeInTerritory) {
			return switch (madeIn) {
				case ANY -> true;
				case DOMESTIC -> madeInTerritory;
				case FOREIGN -> !madeInTerritory;
			};
		}

	}

	private static final String ANY_TERRITORY = "*";

	private static final class Standard {

		static final ReliefRules RULES = read(CsvTable.resource(TERRITORIES), CsvTable.resource(ReliefRules.RULES));

	}

	private final CustomsTerritories territories;

	private final List<Rule> rules;

	private final Rule otherwise;

	private final List<CsvTable.Row> rows;

	private ReliefRules(CustomsTerritories territories, List<Rule> rules, Rule otherwise, List<CsvTable.Row> rows) {
		this.territories = territories;
		this.rules = List.copyOf(rules);
		this.otherwise = otherwise;
		this.rows = List.copyOf(rows);
	}

	/** The tables shipped with the platform, read once. */
	static ReliefRules standard() {
		return Standard.RULES;
	}

	static ReliefRules read(Reader territoryTable, Reader ruleTable) {
		CustomsTerritories territories = CustomsTerritories.read(territoryTable);
		List<CsvTable.Row> rows = new ArrayList<>(territories.rows());
		Set<String> known = territories.unions();
		List<Rule> rules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<Rule> fallbacks = new ArrayList<>();
		rows.addAll(CsvTable.read(RULES, ruleTable, 8, (row) -> {
			String id = row.get(0);
			if (id.isBlank() || !ids.add(id)) {
				throw new IllegalArgumentException("rule id missing or used twice: '" + id + "'");
			}
			String territory = row.get(1);
			if (territory.equals(ANY_TERRITORY)) {
				for (int column = 2; column < 7; column++) {
					if (!row.get(column).isBlank()) {
						throw new IllegalArgumentException("the * row states no conditions, yet column " + (column + 1)
								+ " is '" + row.get(column) + "'");
					}
				}
				fallbacks.add(new Rule(id, territory, MadeIn.ANY, null, false, false, List.of(), row.source()));
				return;
			}
			if (!known.contains(territory) && CountryCode.parse(territory).isEmpty()) {
				throw new IllegalArgumentException("not a territory or country: " + territory);
			}
			List<Set<EvidenceKind>> evidence = evidence(row.get(6));
			if (evidence.isEmpty()) {
				throw new IllegalArgumentException("a relief rule names no evidence");
			}
			rules.add(new Rule(id, territory, MadeIn.valueOf(row.get(2)), years(row.get(3)), bool(row.get(4)),
					bool(row.get(5)), evidence, row.source()));
		}));
		if (fallbacks.size() != 1) {
			throw new IllegalStateException(RULES + " needs exactly one row for territory *, has " + fallbacks.size());
		}
		return new ReliefRules(territories, rules, fallbacks.getFirst(), rows);
	}

	/**
	 * The customs territory a country belongs to: a union's name, or the country itself.
	 */
	String territoryOf(CountryCode country) {
		return territories.territoryOf(country);
	}

	/**
	 * The decision for one item, by the first rule of its importing territory that covers
	 * it.
	 */
	ReliefDecision decide(ReliefItem item) {
		String territory = territoryOf(item.importingCountry());
		boolean madeInTerritory = territoryOf(item.manufacturedIn()).equals(territory);
		Rule rule = rules.stream()
			.filter((candidate) -> candidate.territory().equals(territory) && candidate.covers(madeInTerritory))
			.findFirst()
			.orElse(otherwise);
		if (rule == otherwise) {
			return refused(rule, "No returned goods relief rule is known for goods re-imported into " + territory
					+ " (country " + item.importingCountry() + ")");
		}
		String period;
		Integer years = rule.years();
		if (years == null) {
			period = "no time limit for goods made in " + territory;
		}
		else {
			// Inclusive: see docs/domain/customs.md, "The three years".
			LocalDate lastDay = item.exportedOn().plusYears(years);
			if (item.reimportedOn().isAfter(lastDay)) {
				return refused(rule, "Re-imported on " + item.reimportedOn() + ", after " + lastDay
						+ ", the last day of " + years + " years from the export on " + item.exportedOn());
			}
			period = "re-imported on " + item.reimportedOn() + ", within " + years + " years of the export on "
					+ item.exportedOn();
		}
		if (rule.sameState() && !item.stateUnchanged()) {
			return refused(rule, "Not returned in the state in which it was exported");
		}
		if (rule.notImproved() && item.improvedAbroad()) {
			return refused(rule, "Advanced in value or improved in condition abroad");
		}
		List<Set<EvidenceKind>> missing = rule.evidence()
			.stream()
			.filter((group) -> group.stream().noneMatch(item.evidence()::contains))
			.toList();
		if (!missing.isEmpty()) {
			return new ReliefDecision(ReliefVerdict.EVIDENCE_MISSING, rule.id(), rule.source(), missing,
					"The conditions are met (" + period + ") but evidence is missing: " + describe(missing));
		}
		return new ReliefDecision(ReliefVerdict.ELIGIBLE, rule.id(), rule.source(), List.of(),
				"Eligible: " + period + ", and the evidence is held");
	}

	/** Every row of both tables, for checks on the data itself. */
	List<CsvTable.Row> rows() {
		return rows;
	}

	List<Rule> rules() {
		return rules;
	}

	private static ReliefDecision refused(Rule rule, String reason) {
		return new ReliefDecision(ReliefVerdict.NOT_ELIGIBLE, rule.id(), rule.source(), List.of(), reason);
	}

	private static String describe(List<Set<EvidenceKind>> missing) {
		return missing.stream()
			.map((group) -> group.stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")))
			.collect(Collectors.joining(", "));
	}

	private static List<Set<EvidenceKind>> evidence(String text) {
		List<Set<EvidenceKind>> groups = new ArrayList<>();
		for (String group : text.trim().split("\\s+")) {
			if (group.isBlank()) {
				continue;
			}
			Set<EvidenceKind> alternatives = EnumSet.noneOf(EvidenceKind.class);
			for (String kind : group.split("\\|")) {
				alternatives.add(EvidenceKind.valueOf(kind));
			}
			groups.add(Set.copyOf(alternatives));
		}
		return groups;
	}

	private static @Nullable Integer years(String text) {
		if (text.isBlank()) {
			return null;
		}
		int years = Integer.parseInt(text);
		if (years <= 0) {
			throw new IllegalArgumentException("years must be positive: " + text);
		}
		return years;
	}

	private static boolean bool(String text) {
		return switch (text) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException("expected true or false: '" + text + "'");
		};
	}

}
