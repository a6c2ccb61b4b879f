package com.conductledger.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellDatesTests {

	@ParameterizedTest
	@CsvSource({ "2026-11-03, 2026-11-03", "2026-11-3, 2026-11-03", "2026/11/3, 2026-11-03", "2026/11/03, 2026-11-03",
			"2026/1/25, 2026-01-25", "2024/2/29, 2024-02-29" })
	void datesAreReadInTheIsoAndTheChineseExcelForm(String text, LocalDate expected) {
		assertThat(CellDates.date(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026/11/31", "2026/13/1", "2025/2/29", "2026-11/3", "2026/11-3", "26/11/3", "3/11/2026",
			"2026.11.3", "2026年11月3日", "2026/11/3 8:05", "" })
	void anythingElseIsNoDate(String text) {
		assertThat(CellDates.date(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "08:05, 08:05", "8:05, 08:05", "23:59, 23:59", "0:00, 00:00", "8:05:30, 08:05:30" })
	void timesAreReadWithOneOrTwoHourDigits(String text, LocalTime expected) {
		assertThat(CellDates.time(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "24:00", "24:00:00", "8:5", "08:60", "25:00", "8h05", "08:05:60", "-1:00" })
	void aTimeOutOfTheDayIsNoTime(String text) {
		assertThat(CellDates.time(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-03T08:05, 2026-11-03T08:05", "2026-11-03 08:05, 2026-11-03T08:05",
			"2026/11/3 8:05, 2026-11-03T08:05", "2026/11/3 8:05:07, 2026-11-03T08:05:07",
			"2026/11/3T21:45, 2026-11-03T21:45" })
	void timestampsAreADateATOrASpaceAndATime(String text, LocalDateTime expected) {
		assertThat(CellDates.timestamp(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-03 24:00", "2026/11/3", "8:05", "2026/11/31 8:05", "2026-11-03 8h05" })
	void anythingElseIsNoTimestamp(String text) {
		assertThat(CellDates.timestamp(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-03 24:00, 2026-11-03", "2026/11/3 24:00:00, 2026-11-03" })
	void aTimestampAt24IsToldApart(String text, LocalDate day) {
		assertThat(CellDates.dayBeforeHour24(text)).isEqualTo(day);
		assertThat(CellDates.dayBeforeHour24("2026-11-03 23:00")).isNull();
	}

}
