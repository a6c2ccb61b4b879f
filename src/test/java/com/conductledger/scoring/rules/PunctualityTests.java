package com.conductledger.scoring.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_2;
import static com.conductledger.scoring.rules.AttendanceFixtures.SCHEDULE;
import static com.conductledger.scoring.rules.AttendanceFixtures.dutyOf;
import static com.conductledger.scoring.rules.AttendanceFixtures.signedIn;
import static com.conductledger.scoring.rules.AttendanceFixtures.verdicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** rules.md 2.1, Art. 38 and 42: a worked shift is late, handover-late and early-left by its times. */
class PunctualityTests {

	private final Punctuality punctuality = new Punctuality(new Ledger(SCHEDULE));

	private final Duty dayShift = dutyOf("A01", NOV_2, ShiftCode.DAY, 5);

	private final Duty nightShift = dutyOf("A01", NOV_2, ShiftCode.NIGHT, 6);

	@Test
	void signingInExactlyTenMinutesBeforeTheStartIsOnTime() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:50",
				"2026-11-02T16:00", 7))).isEmpty();
	}

	@Test
	void signingInNineMinutesBeforeTheStartIsHandoverLate() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:51",
				"2026-11-02T16:00", 7)))
			.containsExactly(new LedgerEntry("A01", "ATT-HANDOVER-LATE", "38", NOV_2, ShiftCode.DAY, 1,
					List.of("signed in 11-02 07:51, less than 10 min before the start 11-02 08:00"),
					Source.of("attendance.csv", 7)));
	}

	@Test
	void signingInExactlyAtTheStartIsHandoverLateButNotLate() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T08:00",
				"2026-11-02T16:00", 7)))
			.extracting(LedgerEntry::ruleId, LedgerEntry::points)
			.containsExactly(tuple("ATT-HANDOVER-LATE", 1));
	}

	@Test
	void signingInOneMinuteAfterTheStartIsLateOnly() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T08:01",
				"2026-11-02T16:00", 7)))
			.containsExactly(new LedgerEntry("A01", "ATT-LATE", "38", NOV_2, ShiftCode.DAY, 2,
					List.of("signed in 11-02 08:01, after the start 11-02 08:00"), Source.of("attendance.csv", 7)));
	}

	@Test
	void signingOutExactlyAtTheEndIsNoEarlyLeave() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:30",
				"2026-11-02T16:00", 7))).isEmpty();
	}

	@Test
	void signingOutOneMinuteBeforeTheEndIsEarlyLeave() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:30",
				"2026-11-02T15:59", 7)))
			.containsExactly(new LedgerEntry("A01", "ATT-EARLY-LEAVE", "42", NOV_2, ShiftCode.DAY, 2,
					List.of("signed out 11-02 15:59, before the end 11-02 16:00"), Source.of("attendance.csv", 7)));
	}

	@Test
	void aShiftCanBeLateAndLeftEarlyTogether() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T08:20",
				"2026-11-02T15:00", 7)))
			.extracting(LedgerEntry::ruleId)
			.containsExactly("ATT-LATE", "ATT-EARLY-LEAVE");
	}

	@Test
	void aShiftCanBeHandoverLateAndLeftEarlyTogether() {
		assertThat(punctuality.check(dayShift, signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:55",
				"2026-11-02T15:00", 7)))
			.extracting(LedgerEntry::ruleId)
			.containsExactly("ATT-HANDOVER-LATE", "ATT-EARLY-LEAVE");
	}

	@Test
	void aMissingSignOutIsADataWarningAndNoPoints() {
		DayResult result = verdicts().judge(List.of(dayShift),
				List.of(signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:40", null, 7)), List.of(), Map.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.warnings()).containsExactly(new DataWarning(AttendanceVerdicts.MISSING_SIGN_OUT,
				"A01 has no sign-out for 2026-11-02 DAY", Source.of("attendance.csv", 7)));
	}

	@Test
	void aMissingSignOutStillLetsALateSignInCount() {
		DayResult result = verdicts().judge(List.of(dayShift),
				List.of(signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T08:05", null, 7)), List.of(), Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::ruleId).containsExactly("ATT-LATE");
		assertThat(result.warnings()).extracting(DataWarning::code).containsExactly(AttendanceVerdicts.MISSING_SIGN_OUT);
	}

	@Test
	void aNightShiftSignedInAtTenToTenAndOutAtSixNextMorningIsOnTime() {
		assertThat(punctuality.check(nightShift, signedIn("A01", NOV_2, ShiftCode.NIGHT, "2026-11-02T21:50",
				"2026-11-03T06:00", 8))).isEmpty();
	}

	@Test
	void aNightShiftSignedOutAtFiveFiftyNineNextMorningIsEarlyLeaveOnTheShiftDate() {
		assertThat(punctuality.check(nightShift, signedIn("A01", NOV_2, ShiftCode.NIGHT, "2026-11-02T21:50",
				"2026-11-03T05:59", 8)))
			.containsExactly(new LedgerEntry("A01", "ATT-EARLY-LEAVE", "42", NOV_2, ShiftCode.NIGHT, 2,
					List.of("signed out 11-03 05:59, before the end 11-03 06:00"), Source.of("attendance.csv", 8)));
	}

	@Test
	void aNightShiftSignedInAfterMidnightIsLate() {
		assertThat(punctuality.check(nightShift, signedIn("A01", NOV_2, ShiftCode.NIGHT, "2026-11-03T00:10",
				"2026-11-03T06:00", 8)))
			.extracting(LedgerEntry::ruleId, LedgerEntry::date)
			.containsExactly(tuple("ATT-LATE", NOV_2));
	}

	@Test
	void aNightShiftSignedInAtNineToTenIsHandoverLate() {
		assertThat(punctuality.check(nightShift, signedIn("A01", NOV_2, ShiftCode.NIGHT, "2026-11-02T21:51",
				"2026-11-03T06:00", 8)))
			.extracting(LedgerEntry::ruleId)
			.containsExactly("ATT-HANDOVER-LATE");
	}

}
