package com.conductledger.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The date and time forms of formats.md, strictly: dates {@code YYYY-MM-DD}, also {@code YYYY/M/D}
 * as Excel writes them on a Chinese locale ({@code 2026/11/3}); times {@code HH:mm}, also
 * {@code H:mm}, with optional seconds; timestamps a date, {@code T} or a space, a time. No day is
 * guessed: {@code 2026-11-31} and {@code 24:00} are not read.
 */
final class CellDates {

	static final String DATE_FORMS = "YYYY-MM-DD or YYYY/M/D";

	static final String TIME_FORMS = "HH:mm or H:mm";

	static final String TIMESTAMP_FORMS = "YYYY-MM-DD HH:mm or YYYY/M/D H:mm (a T or a space between)";

	private static final DateTimeFormatter DASHED = date('-');

	private static final DateTimeFormatter SLASHED = date('/');

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern HOUR_24 = Pattern.compile("24:00(:00)?");

	private CellDates() {
	}

	/** The date, or null when the text is not one of the forms. */
	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text, text.indexOf('/') >= 0 ? SLASHED : DASHED);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static LocalTime time(String text) {
		try {
			return LocalTime.parse(text, TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static LocalDateTime timestamp(String text) {
		int split = split(text);
		if (split <= 0) {
			return null;
		}
		LocalDate date = date(text.substring(0, split));
		LocalTime time = time(text.substring(split + 1).trim());
		return date == null || time == null ? null : date.atTime(time);
	}

	static boolean isHour24(String text) {
		return HOUR_24.matcher(text).matches();
	}

	/** The date of a timestamp written with 24:00 as its time, else null. */
	static LocalDate dayBeforeHour24(String text) {
		int split = split(text);
		return split > 0 && isHour24(text.substring(split + 1).trim()) ? date(text.substring(0, split)) : null;
	}

	private static int split(String text) {
		return Math.max(text.indexOf('T'), text.indexOf(' '));
	}

	private static DateTimeFormatter date(char separator) {
		return new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
			.appendLiteral(separator)
			.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NEVER)
			.appendLiteral(separator)
			.appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NEVER)
			.toFormatter(Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);
	}

}
