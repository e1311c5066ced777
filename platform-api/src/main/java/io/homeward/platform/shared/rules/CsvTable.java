package io.homeward.platform.shared.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The file format of the rule tables that modules keep as data (customs' reliefs and
 * waste regimes, disposition's operations and bans): comma-separated, '#' comments,
 * double quotes around a field that holds commas, and the last column always the row's
 * source. A malformed row fails the whole table with its file and line, so a bad edit to
 * a rule cannot load as a table that silently lacks the rule.
 */
public final class CsvTable {

	/** One line of a table: RFC 4180 fields, blanks around them dropped. */
	private static final CSVFormat ROW = CSVFormat.RFC4180.builder().setTrim(true).get();

	/** One data row, with the line it was read from. */
	public record Row(String file, int line, List<String> fields) {

		public String get(int column) {
			return fields.get(column);
		}

		public String source() {
			return fields.getLast();
		}

		public IllegalStateException error(String message) {
			return new IllegalStateException(file + " line " + line + ": " + message);
		}

	}

	private CsvTable() {
	}

	public static Reader resource(String name) {
		InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + name);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	/**
	 * The rows of a table with exactly {@code columns} fields each and a non-blank
	 * source, handed to {@code parse} one by one; whatever {@code parse} throws is
	 * rethrown with the row's line.
	 */
	public static List<Row> read(String file, Reader reader, int columns, Consumer<Row> parse) {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(reader)) {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				Row row = new Row(file, number, fields(file, number, line));
				if (row.fields().size() != columns) {
					throw row.error("expected " + columns + " fields, found " + row.fields().size());
				}
				if (row.source().isBlank()) {
					throw row.error("the row gives no source");
				}
				try {
					parse.accept(row);
				}
				catch (RuntimeException ex) {
					// Whatever a row's parser refuses (a bad enum, date, number or code)
					// is
					// reported as that row's error.
					if (ex instanceof IllegalStateException && ex.getMessage() != null
							&& ex.getMessage().startsWith(file + " line ")) {
						throw ex;
					}
					throw row.error(String.valueOf(ex.getMessage()));
				}
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(rows);
	}

	private static List<String> fields(String file, int number, String line) {
		try (CSVParser parser = CSVParser.parse(line, ROW)) {
			return parser.getRecords().getFirst().toList();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new IllegalStateException(file + " line " + number + ": not valid CSV: " + ex.getMessage(), ex);
		}
	}

}
