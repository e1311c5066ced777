package io.homeward.platform.disposition;

import java.io.Reader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.homeward.platform.shared.rules.CsvTable;

/**
 * The Waste Framework Directive's operations ({@code waste-operations.csv}) and which of
 * them each disposition of waste may record ({@code disposition-operations.csv}), read
 * once. A code the directive does not have, or a disposition row naming one, fails the
 * table with its line.
 */
final class WasteOperations {

	static final String OPERATIONS = "disposition/waste-operations.csv";

	static final String BY_DISPOSITION = "disposition/disposition-operations.csv";

	/** What a disposition of waste may record, and what it records when not told. */
	record Allowed(Set<WasteOperation> operations, WasteOperation byDefault, String source) {

	}

	private final Map<String, WasteOperation> operations;

	private final Map<Disposition, Allowed> allowed;

	private WasteOperations(Map<String, WasteOperation> operations, Map<Disposition, Allowed> allowed) {
		this.operations = operations;
		this.allowed = allowed;
	}

	static WasteOperations shipped() {
		return read(CsvTable.resource(OPERATIONS), CsvTable.resource(BY_DISPOSITION));
	}

	static WasteOperations read(Reader operationsTable, Reader dispositionTable) {
		Map<String, WasteOperation> operations = new LinkedHashMap<>();
		CsvTable.read(OPERATIONS, operationsTable, 5, (row) -> {
			WasteOperation operation = new WasteOperation(row.get(0), WasteOperation.Kind.valueOf(row.get(1)),
					EsrsOutflow.valueOf(row.get(2)), row.get(3), row.source());
			if (!operation.code()
				.matches((operation.kind() == WasteOperation.Kind.RECOVERY) ? "R([1-9]|1[0-3])" : "D([1-9]|1[0-5])")) {
				throw new IllegalArgumentException("not an operation of its annex: " + operation.code());
			}
			if (operations.putIfAbsent(operation.code(), operation) != null) {
				throw new IllegalArgumentException("listed twice: " + operation.code());
			}
		});
		Map<Disposition, Allowed> allowed = new EnumMap<>(Disposition.class);
		CsvTable.read(BY_DISPOSITION, dispositionTable, 4, (row) -> {
			Disposition disposition = Disposition.valueOf(row.get(0));
			Set<WasteOperation> codes = new LinkedHashSet<>();
			for (String code : row.get(1).split(" ")) {
				codes.add(known(operations, code));
			}
			WasteOperation byDefault = known(operations, row.get(2));
			if (!codes.contains(byDefault)) {
				throw new IllegalArgumentException("the default " + byDefault.code() + " is not allowed");
			}
			if (allowed.put(disposition, new Allowed(Set.copyOf(codes), byDefault, row.source())) != null) {
				throw new IllegalArgumentException("listed twice: " + disposition);
			}
		});
		return new WasteOperations(Map.copyOf(operations), allowed);
	}

	private static WasteOperation known(Map<String, WasteOperation> operations, String code) {
		WasteOperation operation = operations.get(code);
		if (operation == null) {
			throw new IllegalArgumentException("no such operation: " + code);
		}
		return operation;
	}

	Optional<WasteOperation> operation(String code) {
		return Optional.ofNullable(operations.get(code));
	}

	/** What the disposition may record for an item that is waste; empty if nothing. */
	Optional<Allowed> allowed(Disposition disposition) {
		return Optional.ofNullable(allowed.get(disposition));
	}

	List<WasteOperation> all() {
		return List.copyOf(operations.values());
	}

	static List<String> codes(Set<WasteOperation> operations) {
		return operations.stream()
			.map(WasteOperation::code)
			.sorted((a, b) -> Arrays.compare(new int[] { a.charAt(0), Integer.parseInt(a.substring(1)) },
					new int[] { b.charAt(0), Integer.parseInt(b.substring(1)) }))
			.toList();
	}

}
