package com.conductledger.ingest.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into text by their value, never by their display format: dates as ISO
 * text, other numbers in plain notation. A QA sheet showing {@code 11/3/26}, {@code 2026年11月3日}
 * or {@code 95.0%} is read as {@code 2026-11-03} or {@code 0.95}, whatever the uploader's locale.
 */
final class CellTextFormatter extends DataFormatter {

	/** Excel keeps 15 significant digits; beyond them a double only shows binary noise (0.30000000000000004). */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final boolean date1904;

	/** @param date1904 whether the workbook counts days from 1904 (old Mac Excel) rather than 1900 */
	CellTextFormatter(boolean date1904) {
		this.date1904 = date1904;
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			return isoDateTime(value, date1904 || use1904Windowing);
		}
		return plainNumber(value);
	}

	/** 10 gives "10", 9.5 gives "9.5", 1e15 gives "1000000000000000": no ".0", no exponent. */
	static String plainNumber(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
	}

	/** "2026-11-03", "2026-11-03T14:30" or "2026-11-03T14:30:15"; a time with no day (a value below 1) gives "14:30". */
	static String isoDateTime(double value, boolean date1904) {
		LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
		LocalTime time = dateTime.toLocalTime();
		if (value < 1) {
			return time(time);
		}
		String date = dateTime.toLocalDate().toString();
		return time.equals(LocalTime.MIDNIGHT) ? date : date + "T" + time(time);
	}

	private static String time(LocalTime time) {
		return (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
	}

}
