package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_2;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_3;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_4;
import static com.conductledger.scoring.rules.AttendanceFixtures.SCHEDULE;
import static com.conductledger.scoring.rules.AttendanceFixtures.november;
import static com.conductledger.scoring.rules.AttendanceFixtures.personalLeave;
import static com.conductledger.scoring.rules.AttendanceFixtures.rostered;
import static com.conductledger.scoring.rules.AttendanceFixtures.sickLeave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** rules.md 3, Art. 29: a valid sick leave's certificate is handed in on the first day after it ends. */
class SickCertificateRuleTests {

	private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);

	private static final LocalDate NOV_6 = LocalDate.of(2026, 11, 6);

	private final SickCertificateRule rule = new SickCertificateRule(new Ledger(SCHEDULE));

	private static LeaveRequest sickUntilNov4(LocalDate certificateOn) {
		return sickLeave("LV1", "A01").dates(NOV_2, NOV_4).requestedAt("2026-11-02T06:00").certificateOn(certificateOn)
			.row(3).build();
	}

	@Test
	void aCertificateHandedInOnTheDayAfterTheLeaveIsOnTime() {
		assertThat(rule.check(sickUntilNov4(NOV_5), true)).isEmpty();
	}

	@Test
	void aCertificateHandedInOnTheLastDayOfTheLeaveIsOnTime() {
		assertThat(rule.check(sickUntilNov4(NOV_4), true)).isEmpty();
	}

	@Test
	void aCertificateHandedInTwoDaysAfterTheLeaveIsLate() {
		assertThat(rule.check(sickUntilNov4(NOV_6), true)).isEqualTo(Optional.of(new LedgerEntry("A01",
				"LV-SICK-CERT-LATE", "29", NOV_4, null, 2,
				List.of("certificate of leave LV1 handed in 2026-11-06, due by 2026-11-05"), Source.of("leave.csv", 3))));
	}

	@Test
	void aLateCertificateOfAnInvalidSickLeaveEarnsNothingMore() {
		assertThat(rule.check(sickUntilNov4(NOV_6), false)).isEmpty();
	}

	@Test
	void personalLeaveHasNoCertificateDeadline() {
		LeaveRequest personal = personalLeave("LV1", "A01").dates(NOV_2, NOV_4).certificate(true).certificateOn(NOV_6).build();

		assertThat(rule.check(personal, true)).isEmpty();
	}

	@Test
	void aLateCertificateOverSeveralShiftsEarnsOneEntryPerLeave() {
		ScoringResult result = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_3, ShiftCode.DAY, 3),
					rostered("A01", NOV_4, ShiftCode.NIGHT, 4))
			.leaves(sickUntilNov4(NOV_6))
			.score();

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date,
				LedgerEntry::shift, LedgerEntry::points, LedgerEntry::source)
			.containsExactly(tuple("A01", "LV-SICK-CERT-LATE", NOV_4, null, 2, Source.of("leave.csv", 3)));
	}

	@Test
	void aCertificateOnTheDayAfterOverSeveralShiftsEarnsNothing() {
		ScoringResult result = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_3, ShiftCode.DAY, 3))
			.leaves(sickUntilNov4(NOV_5))
			.score();

		assertThat(result.entries()).isEmpty();
	}

	@Test
	void aSickLeaveNotPhonedInBeforeTheFirstShiftIsAbsenceOnEveryShiftAndNoCertificateEntry() {
		LeaveRequest late = sickLeave("LV1", "A01").dates(NOV_2, NOV_3).requestedAt("2026-11-02T08:30").certificateOn(NOV_6)
			.row(3).build();

		ScoringResult result = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_3, ShiftCode.DAY, 3))
			.leaves(late)
			.score();

		assertThat(result.entries()).extracting(LedgerEntry::ruleId, LedgerEntry::date, LedgerLines::reasonCodes)
			.containsExactly(tuple("ATT-ABSENT", NOV_2, List.of("SICK_NOT_NOTIFIED")),
					tuple("ATT-ABSENT", NOV_3, List.of("SICK_NOT_NOTIFIED")));
	}

}
