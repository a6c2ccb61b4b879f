package com.conductledger.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	private static final CutoffDay CUTOFF_25 = new CutoffDay(25);

	@Test
	void withCutoff25NovemberHoldsTheShiftsFromOctober26ToNovember25() {
		Period november = Period.of("2026-11", CUTOFF_25);

		assertThat(november.firstDate()).isEqualTo(LocalDate.of(2026, 10, 26));
		assertThat(november.lastDate()).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void theCutoffDayBelongsToItsMonthAndTheNextDayToTheNextPeriod() {
		assertThat(Period.containing(LocalDate.of(2026, 11, 25), CUTOFF_25).name()).isEqualTo("2026-11");
		assertThat(Period.containing(LocalDate.of(2026, 11, 26), CUTOFF_25).name()).isEqualTo("2026-12");
		assertThat(Period.containing(LocalDate.of(2026, 10, 26), CUTOFF_25).name()).isEqualTo("2026-11");
	}

	@Test
	void decemberPeriodsCrossIntoTheNextYear() {
		assertThat(Period.containing(LocalDate.of(2026, 12, 27), CUTOFF_25).name()).isEqualTo("2027-01");
		assertThat(Period.of("2027-01", CUTOFF_25).firstDate()).isEqualTo(LocalDate.of(2026, 12, 26));
	}

	@Test
	void cutoffLastMakesCalendarMonths() {
		Period february = Period.of("2028-02", CutoffDay.parse("last"));

		assertThat(february.firstDate()).isEqualTo(LocalDate.of(2028, 2, 1));
		assertThat(february.lastDate()).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(february.contains(LocalDate.of(2028, 1, 31))).isFalse();
	}

	@Test
	void aMalformedPeriodNameIsRefusedWithTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.of("2026-13", CUTOFF_25))
			.withMessage("period must be YYYY-MM, got '2026-13'");
		assertThatIllegalArgumentException().isThrownBy(() -> CutoffDay.parse("31"))
			.withMessageContaining("cutoff-day must be 1-28 or 'last'");
	}

}
