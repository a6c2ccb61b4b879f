package com.conductledger.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A scoring period named {@code YYYY-MM} (rules.md 0): with cut-off day 25, period 2026-11 holds
 * the shifts dated 2026-10-26 to 2026-11-25, so that scorecards exist before the agent meeting
 * held before the 28th (Art. 23).
 */
public final class Period implements Comparable<Period> {

	private final YearMonth month;

	private final CutoffDay cutoff;

	private Period(YearMonth month, CutoffDay cutoff) {
		this.month = Objects.requireNonNull(month);
		this.cutoff = Objects.requireNonNull(cutoff);
	}

	/** Parses {@code YYYY-MM}; anything else is an {@link IllegalArgumentException} naming the value. */
	public static Period of(String name, CutoffDay cutoff) {
		try {
			return new Period(YearMonth.parse(name.trim()), cutoff);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new IllegalArgumentException("period must be YYYY-MM, got '" + name + "'");
		}
	}

	public static Period of(YearMonth month, CutoffDay cutoff) {
		return new Period(month, cutoff);
	}

	/** The period whose shift dates include {@code date}. */
	public static Period containing(LocalDate date, CutoffDay cutoff) {
		YearMonth month = YearMonth.from(date);
		return date.isAfter(cutoff.lastDayOf(month)) ? new Period(month.plusMonths(1), cutoff) : new Period(month, cutoff);
	}

	public String name() {
		return month.toString();
	}

	public YearMonth month() {
		return month;
	}

	public LocalDate firstDate() {
		return cutoff.lastDayOf(month.minusMonths(1)).plusDays(1);
	}

	public LocalDate lastDate() {
		return cutoff.lastDayOf(month);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDate()) && !date.isAfter(lastDate());
	}

	public Period previous() {
		return new Period(month.minusMonths(1), cutoff);
	}

	public Period next() {
		return new Period(month.plusMonths(1), cutoff);
	}

	@Override
	public int compareTo(Period other) {
		return month.compareTo(other.month);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Period that && month.equals(that.month) && cutoff.equals(that.cutoff);
	}

	@Override
	public int hashCode() {
		return month.hashCode();
	}

	@Override
	public String toString() {
		return name() + " (" + firstDate() + ".." + lastDate() + ")";
	}

}
