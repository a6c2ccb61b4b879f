package com.conductledger.ingest.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.conductledger.ingest.InputFileException;
import org.apache.poi.ss.util.CellReference;

/** The column names from a sheet's header row, lower-cased and trimmed, and the naming of later rows' cells by them. */
final class ColumnHeader {

	static final String UNCACHED_FORMULA = "formula without a cached value: open the file in Excel and save it, "
			+ "so that the value is stored with the formula";

	private final List<String> names;

	private ColumnHeader(List<String> names) {
		this.names = List.copyOf(names);
	}

	/**
	 * The header in the first row the sheet gave.
	 * @throws InputFileException when that row is not row 1, names no column, or names one twice
	 */
	static ColumnHeader of(SheetRow first, Path file, String sheet) {
		if (first == null || first.number() != 1) {
			throw noHeader(file, sheet);
		}
		List<String> names = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int column = 0; column < first.cells().size(); column++) {
			String name = normalise(first.cell(column));
			Integer earlier = name.isEmpty() ? null : seen.putIfAbsent(name, column);
			if (earlier != null) {
				throw new InputFileException(file + ": column '" + name + "' appears twice in the header row of sheet '"
						+ sheet + "' (columns " + letter(earlier) + " and " + letter(column)
						+ "); give each column its own name");
			}
			names.add(name);
		}
		while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
			names.remove(names.size() - 1);
		}
		if (names.isEmpty()) {
			throw noHeader(file, sheet);
		}
		return new ColumnHeader(names);
	}

	private static InputFileException noHeader(Path file, String sheet) {
		return new InputFileException(file + " has no header row in sheet '" + sheet + "': row 1 must name the columns");
	}

	List<String> names() {
		return names;
	}

	/** The row's cells by column name; cells under no name are left out, and so are absent ones. */
	Map<String, String> cellsOf(SheetRow row) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int column = 0; column < names.size(); column++) {
			String value = row.cell(column);
			if (value != null && !names.get(column).isEmpty()) {
				cells.put(names.get(column), value);
			}
		}
		return cells;
	}

	/** The row's cells under a name that hold a formula without a calculated value, with the reason. */
	Map<String, String> unreadableOf(SheetRow row) {
		Map<String, String> unreadable = new LinkedHashMap<>();
		for (int column : row.uncachedFormulas()) {
			if (column < names.size() && !names.get(column).isEmpty()) {
				unreadable.put(names.get(column), UNCACHED_FORMULA);
			}
		}
		return unreadable;
	}

	static boolean isBlank(Map<String, String> cells) {
		return cells.values().stream().allMatch(String::isBlank);
	}

	private static String normalise(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
	}

	private static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

}
