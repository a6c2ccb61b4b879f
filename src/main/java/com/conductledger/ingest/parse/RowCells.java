package com.conductledger.ingest.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.Problem;
import com.conductledger.ingest.RawRow;

/**
 * Typed reads of one row's cells in the formats of formats.md. Every failed read is recorded as a
 * {@link Problem} naming column, value and what was expected, and gives null, so that one pass
 * over a row reports all that is wrong with it. Every cell read is first checked as text: within
 * its column's maximum ({@link TextLimits}), no NUL and no U+FFFD (text garbled before it came).
 */
final class RowCells {

	private static final Set<String> TRUE = Set.of("true", "1", "y", "yes", "是");

	private static final Set<String> FALSE = Set.of("false", "0", "n", "no", "否");

	private final RawRow row;

	private final InputKind kind;

	private final List<Problem> problems = new ArrayList<>();

	/** Columns whose text was refused: reported once, however often the column is read. */
	private final Set<String> refused = new HashSet<>();

	RowCells(RawRow row, InputKind kind) {
		this.row = row;
		this.kind = kind;
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

	void rejectUnknownPerson(String column) {
		problems.add(new Problem(column, row.cell(column), "unknown agent: not in agents.csv", Problem.UNKNOWN_PERSON));
	}

	/** Whether the cell is empty (a formula without a value is not: it is unreadable). */
	boolean isBlank(String column) {
		return row.cell(column).isEmpty() && !row.unreadable().containsKey(column);
	}

	/** The cell's text, or null when blank (or refused as text). */
	String optional(String column) {
		String value = row.cell(column);
		if (value.isEmpty() && !row.unreadable().containsKey(column)) {
			return null;
		}
		return readable(column) ? value : null;
	}

	String text(String column) {
		String value = optional(column);
		if (value == null && !refused.contains(column)) {
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
		return text(column) == null ? null : date(column, row.cell(column));
	}

	LocalDate optionalDate(String column) {
		return optional(column) == null ? null : date(column, row.cell(column));
	}

	LocalTime time(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		LocalTime time = CellDates.time(value);
		if (time == null) {
			reject(column, CellDates.isHour24(value) ? "24:00 is not a time of day: write 00:00 (of the next day)"
					: "must be a time " + CellDates.TIME_FORMS);
		}
		return time;
	}

	LocalDateTime timestamp(String column) {
		return text(column) == null ? null : timestamp(column, row.cell(column));
	}

	LocalDateTime optionalTimestamp(String column) {
		return optional(column) == null ? null : timestamp(column, row.cell(column));
	}

	/** true/false, 1/0, Y/N, yes/no, 是/否; a blank cell gives {@code whenBlank} (null: required). */
	Boolean flag(String column, Boolean whenBlank) {
		String value = optional(column);
		if (value == null) {
			if (whenBlank == null && !refused.contains(column)) {
				reject(column, "is required (true/false, 1/0, Y/N, 是/否)");
			}
			return refused.contains(column) ? null : whenBlank;
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

	private LocalDate date(String column, String value) {
		LocalDate date = CellDates.date(value);
		if (date == null) {
			reject(column, "must be a date " + CellDates.DATE_FORMS);
		}
		return date;
	}

	private LocalDateTime timestamp(String column, String value) {
		LocalDateTime timestamp = CellDates.timestamp(value);
		if (timestamp == null) {
			LocalDate nextDay = CellDates.dayBeforeHour24(value);
			reject(column, nextDay != null ? "24:00 is not a time of day: write " + nextDay.plusDays(1) + " 00:00"
					: "must be a timestamp " + CellDates.TIMESTAMP_FORMS);
		}
		return timestamp;
	}

	/** Whether the cell's text may be taken at all; if not, the problem is recorded once. */
	private boolean readable(String column) {
		if (refused.contains(column)) {
			return false;
		}
		String reason = textProblem(column);
		if (reason == null) {
			return true;
		}
		refused.add(column);
		reject(column, reason);
		return false;
	}

	private String textProblem(String column) {
		String unreadable = row.unreadable().get(column);
		if (unreadable != null) {
			return unreadable;
		}
		String raw = row.rawCell(column);
		if (raw.indexOf('\u0000') >= 0) {
			return "contains a NUL character (byte 0), which no text holds: the file is damaged or is not text";
		}
		if (raw.indexOf('\uFFFD') >= 0) {
			return "contains U+FFFD (\uFFFD), the mark of text garbled before it reached us: "
					+ "export the file again from the system that made it";
		}
		String value = row.cell(column);
		int maximum = TextLimits.of(kind, column);
		int length = value.codePointCount(0, value.length());
		if (length <= maximum) {
			return null;
		}
		return raw.length() >= RawRow.MAX_CELL_READ ? "is too long: more than " + maximum + " characters"
				: "is too long: " + length + " characters, at most " + maximum;
	}

}
