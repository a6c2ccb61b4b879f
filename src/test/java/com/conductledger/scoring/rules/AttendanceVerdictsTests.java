package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_2;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_3;
import static com.conductledger.scoring.rules.AttendanceFixtures.SCHEDULE;
import static com.conductledger.scoring.rules.AttendanceFixtures.centre;
import static com.conductledger.scoring.rules.AttendanceFixtures.dutyOf;
import static com.conductledger.scoring.rules.AttendanceFixtures.november;
import static com.conductledger.scoring.rules.AttendanceFixtures.onTime;
import static com.conductledger.scoring.rules.AttendanceFixtures.personalLeave;
import static com.conductledger.scoring.rules.AttendanceFixtures.rostered;
import static com.conductledger.scoring.rules.AttendanceFixtures.sickLeave;
import static com.conductledger.scoring.rules.AttendanceFixtures.signedIn;
import static com.conductledger.scoring.rules.AttendanceFixtures.verdicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** rules.md 2: one verdict per shift of the effective roster: worked, LEAVE, or ATT-ABSENT with its reasons. */
class AttendanceVerdictsTests {

	private final Duty dayShift = dutyOf("A01", NOV_2, ShiftCode.DAY, 5);

	@Test
	void aShiftNotSignedInForAndWithoutLeaveIsAbsentAsANoShowSourcedToTheRosterRow() {
		DayResult result = verdicts().judge(List.of(dayShift), List.of(), List.of(), Map.of());

		assertThat(result.entries()).containsExactly(new LedgerEntry("A01", "ATT-ABSENT", "26", NOV_2, ShiftCode.DAY, 10,
				List.of("NO_SHOW: no sign-in and no valid leave for the shift from 11-02 08:00 to 11-02 16:00"),
				Source.of("roster.csv", 5)));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aShiftCoveredByAValidLeaveIsLeaveWithNoPoints() {
		LeaveRequest leave = personalLeave("LV1", "A01").on(NOV_2).build();

		DayResult result = verdicts().judge(List.of(dayShift), List.of(), List.of(leave), Map.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.validLeaveIds()).containsExactly("LV1");
	}

	@Test
	void aShiftCoveredByAValidSickLeaveIsLeaveWithNoPoints() {
		LeaveRequest leave = sickLeave("LV2", "A01").on(NOV_2).requestedAt("2026-11-02T06:30").build();

		DayResult result = verdicts().judge(List.of(dayShift), List.of(), List.of(leave), Map.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.validLeaveIds()).containsExactly("LV2");
	}

	@Test
	void aShiftCoveredByAnInvalidLeaveIsAbsentWithEveryFailedCheckAndTheLeaveRowAsSource() {
		LeaveRequest leave = personalLeave("LV1", "A01").on(NOV_2)
			.requestedAt("2026-11-02T07:30")
			.submittedBy("A02")
			.approvedBy("L01")
			.status(RequestStatus.PENDING)
			.row(9)
			.build();

		DayResult result = verdicts().judge(List.of(dayShift), List.of(), List.of(leave), Map.of());

		assertThat(result.entries()).containsExactly(new LedgerEntry("A01", "ATT-ABSENT", "26, 27, 28", NOV_2,
				ShiftCode.DAY, 10, List.of("LEAVE_NOT_APPROVED: leave LV1 is PENDING",
						"LEAVE_BY_PROXY: leave LV1 submitted by A02, not by the agent",
						"LEAVE_AUTHORITY: leave LV1 of 1 shift(s) approved by L01 (TEAM_LEAD), needs SUPERVISOR",
						"LEAVE_NOT_IN_ADVANCE: leave LV1 requested 11-02 07:30 for the shift starting 11-02 08:00, ordinary leave needs 24 h"),
				Source.of("leave.csv", 9)));
		assertThat(result.validLeaveIds()).isEmpty();
	}

	@Test
	void aWorkedShiftWithALeaveIsJustWorkedAndTheLeaveIsMoot() {
		LeaveRequest invalid = personalLeave("LV1", "A01").on(NOV_2).status(RequestStatus.REJECTED).build();

		DayResult result = verdicts().judge(List.of(dayShift),
				List.of(signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T08:02", "2026-11-02T16:00", 7)), List.of(invalid),
				Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::ruleId).containsExactly("ATT-LATE");
		assertThat(result.validLeaveIds()).isEmpty();
	}

	@Test
	void aValidLeaveWinsOverAnInvalidOneForTheSameShift() {
		LeaveRequest rejected = personalLeave("LV1", "A01").on(NOV_2).status(RequestStatus.REJECTED)
			.requestedAt("2026-10-30T09:00").build();
		LeaveRequest valid = personalLeave("LV2", "A01").on(NOV_2).requestedAt("2026-10-20T09:00").build();

		DayResult result = verdicts().judge(List.of(dayShift), List.of(), List.of(rejected, valid), Map.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.validLeaveIds()).containsExactly("LV2");
	}

	@Test
	void anotherAgentsLeaveOrALeaveOfOtherDatesDoesNotCoverTheShift() {
		LeaveRequest colleagues = personalLeave("LV1", "A02").on(NOV_2).build();
		LeaveRequest nextDay = personalLeave("LV2", "A01").on(NOV_3).build();

		DayResult result = verdicts().judge(List.of(dayShift), List.of(), List.of(colleagues, nextDay), Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::ruleId, LedgerLines::reasonCodes)
			.containsExactly(tuple("ATT-ABSENT", List.of("NO_SHOW")));
	}

	@Test
	void signingInForAnotherShiftThanTheRosteredOneLeavesTheRosteredShiftAbsent() {
		DayResult result = verdicts().judge(List.of(dayShift),
				List.of(signedIn("A01", NOV_2, ShiftCode.EVENING, "2026-11-02T13:45", "2026-11-02T22:00", 7)), List.of(),
				Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::ruleId, LedgerEntry::shift, LedgerLines::reasonCodes)
			.containsExactly(tuple("ATT-ABSENT", ShiftCode.DAY, List.of("NO_SHOW")));
		assertThat(result.warnings()).extracting(DataWarning::code, DataWarning::source)
			.containsExactly(tuple(AttendanceVerdicts.UNROSTERED_SIGN_IN, Source.of("attendance.csv", 7)));
	}

	@Test
	void dayScoringGivesTheAttendanceVerdictsOfTheDay() {
		DayScoring day = new DayScoring(SCHEDULE, centre(), java.util.Set.of());
		Duty other = dutyOf("A02", NOV_2, ShiftCode.DAY, 6);

		DayResult result = day.score(List.of(dayShift, other),
				List.of(signedIn("A02", NOV_2, ShiftCode.DAY, "2026-11-02T07:55", "2026-11-02T16:00", 7)), List.of(),
				Map.of(), List.of());

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::points)
			.containsExactlyInAnyOrder(tuple("A01", "ATT-ABSENT", 10), tuple("A02", "ATT-HANDOVER-LATE", 1));
	}

	@Test
	void thePeriodScoresShiftsFromItsFirstToItsLastDateOnly() {
		LocalDate oct25 = LocalDate.of(2026, 10, 25);
		LocalDate oct26 = LocalDate.of(2026, 10, 26);
		LocalDate nov25 = LocalDate.of(2026, 11, 25);
		LocalDate nov26 = LocalDate.of(2026, 11, 26);

		ScoringResult result = november()
			.roster(rostered("A01", oct25, ShiftCode.DAY, 2), rostered("A01", oct26, ShiftCode.DAY, 3),
					rostered("A01", nov25, ShiftCode.NIGHT, 4), rostered("A01", nov26, ShiftCode.DAY, 5))
			.score();

		assertThat(result.entries()).extracting(LedgerEntry::ruleId, LedgerEntry::date, LedgerEntry::shift,
				LedgerEntry::source)
			.containsExactly(tuple("ATT-ABSENT", oct26, ShiftCode.DAY, Source.of("roster.csv", 3)),
					tuple("ATT-ABSENT", nov25, ShiftCode.NIGHT, Source.of("roster.csv", 4)));
	}

	@Test
	void aWholePeriodOfOnTimeShiftsLeavesNoEntriesAndNoWarnings() {
		LocalDate nov25 = LocalDate.of(2026, 11, 25);

		ScoringResult result = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A01", nov25, ShiftCode.NIGHT, 3))
			.signIns(onTime("A01", NOV_2, ShiftCode.DAY, 2), onTime("A01", nov25, ShiftCode.NIGHT, 3))
			.score();

		assertThat(result.entries()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

}
