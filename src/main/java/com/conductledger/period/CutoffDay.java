package com.conductledger.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The last shift date of each period: a day of the month from 1 to 28, or the month's last day
 * ({@code last}, calendar periods).
 */
public record CutoffDay(int day) {

	private static final int LAST = 0;

	public CutoffDay {
		if (day != LAST && (day < 1 || day > 28)) {
			throw new IllegalArgumentException("cutoff-day must be 1-28 or 'last', got " + day);
		}
	}

	public static CutoffDay parse(String text) {
		String value = String.valueOf(text).trim();
		if (value.equalsIgnoreCase("last")) {
			return lastOfMonth();
		}
		try {
			return new CutoffDay(Integer.parseInt(value));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("cutoff-day must be 1-28 or 'last', got '" + text + "'");
		}
	}

	public static CutoffDay lastOfMonth() {
		return new CutoffDay(LAST);
	}

	LocalDate lastDayOf(YearMonth month) {
		return day == LAST ? month.atEndOfMonth() : month.atDay(day);
	}

	@Override
	public String toString() {
		return day == LAST ? "last" : Integer.toString(day);
	}

}
