package com.conductledger.ingest.parse;

import java.time.format.SignStyle;
import java.time.format.ResolverStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.conductledger.ingest.Problem;
import com.conductledger.ingest.RawRow;

/**
 * Typed reads of one row's cells in the formats of formats.md. Every failed read is recorded as a
 * {@link Problem} naming column, value and what was expected, and gives null, so that one pass
 * over a row reports all that is wrong with it.
 */
final class RowCells {

	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NEVER)
		.appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NEVER)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);

	private static final Set<String> TRUE = Set.of("true", "1", "y", "yes", "是");

	private static final Set<String> FALSE = Set.of("false", "0", "n", "no", "否");

	private final RawRow row;

	private final List<Problem> problems = new ArrayList<>();

	RowCells(RawRow row) {
		this.row = row;
	}

	List<Problem> problems() {
		return problems;
	}

	boolean hasProblems() {
		return !problems.isEmpty();
	}

	void reject(String column, String reason) {
		problems.add(new Problem(column, row.cell(column), reason));
	}

	/** The cell's text, or null when blank. */
	String optional(String column) {
		String value = row.cell(column);
		return value.isEmpty() ? null : value;
	}

	String text(String column) {
		String value = optional(column);
		if (value == null) {
			reject(column, "is required");
		}
		return value;
	}

	/** One of the allowed upper-case codes (the cell may be in any case). */
	String choice(String column, List<String> allowed) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		if (!allowed.contains(code)) {
			reject(column, "must be one of " + String.join(", ", allowed));
			return null;
		}
		return code;
	}

	Integer wholeNumber(String column, int min, int max) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			int number = new BigDecimal(value).intValueExact();
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// reported below
		}
		reject(column, "must be a whole number from " + min + " to " + max);
		return null;
	}

	BigDecimal optionalNumber(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			reject(column, "must be a number");
			return null;
		}
	}

	LocalDate date(String column) {
		return text(column) == null ? null : parseDate(column);
	}

	LocalDate optionalDate(String column) {
		return optional(column) == null ? null : parseDate(column);
	}

	LocalTime time(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalTime.parse(value, TIME);
		}
		catch (DateTimeParseException ex) {
			reject(column, "must be a time HH:mm");
			return null;
		}
	}

	LocalDateTime timestamp(String column) {
		return text(column) == null ? null : parseTimestamp(column);
	}

	LocalDateTime optionalTimestamp(String column) {
		return optional(column) == null ? null : parseTimestamp(column);
	}

	/** true/false, 1/0, Y/N, yes/no, 是/否; a blank cell gives {@code whenBlank} (null: required). */
	Boolean flag(String column, Boolean whenBlank) {
		String value = optional(column);
		if (value == null) {
			if (whenBlank == null) {
				reject(column, "is required (true/false, 1/0, Y/N, 是/否)");
			}
			return whenBlank;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (TRUE.contains(lower)) {
			return true;
		}
		if (FALSE.contains(lower)) {
			return false;
		}
		reject(column, "must be true/false, 1/0, Y/N or 是/否");
		return null;
	}

	private LocalDate parseDate(String column) {
		try {
			return LocalDate.parse(row.cell(column), DATE);
		}
		catch (DateTimeParseException ex) {
			reject(column, "must be a date YYYY-MM-DD");
			return null;
		}
	}

	private LocalDateTime parseTimestamp(String column) {
		String value = row.cell(column);
		int split = Math.max(value.indexOf('T'), value.indexOf(' '));
		try {
			if (split > 0) {
				LocalDate date = LocalDate.parse(value.substring(0, split), DATE);
				return date.atTime(LocalTime.parse(value.substring(split + 1).trim(), TIME));
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		reject(column, "must be a timestamp YYYY-MM-DDTHH:mm");
		return null;
	}

}
