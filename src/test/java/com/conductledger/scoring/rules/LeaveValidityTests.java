package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_2;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_3;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_4;
import static com.conductledger.scoring.rules.AttendanceFixtures.at;
import static com.conductledger.scoring.rules.AttendanceFixtures.dutyOf;
import static com.conductledger.scoring.rules.AttendanceFixtures.leaveValidity;
import static com.conductledger.scoring.rules.AttendanceFixtures.november;
import static com.conductledger.scoring.rules.AttendanceFixtures.personalLeave;
import static com.conductledger.scoring.rules.AttendanceFixtures.rostered;
import static com.conductledger.scoring.rules.AttendanceFixtures.sickLeave;
import static com.conductledger.scoring.rules.AttendanceFixtures.swapOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** rules.md 3, Art. 26-31 and 37: every check of a leave, each failing and passing at its edge. */
class LeaveValidityTests {

	private final Duty dayShift = dutyOf("A01", NOV_2, ShiftCode.DAY, 5);

	private final Duty eveningShift = dutyOf("A01", NOV_2, ShiftCode.EVENING, 5);

	private final Duty nightShift = dutyOf("A01", NOV_2, ShiftCode.NIGHT, 5);

	/** The failed checks of a leave for one shift, the leave covering that shift alone. */
	private static List<String> failed(LeaveRequest leave, Duty duty, LocalDate... holidays) {
		return leaveValidity(holidays).failedChecks(leave, duty, LeaveCoverage.of(leave, List.of(duty)));
	}

	// LEAVE_ON_SWAP_SHIFT (Art. 37)

	/** A02 gives A01 the DAY shift of 11-02; A01 gives A02 the DAY shift of 11-04 in repayment. */
	private static List<Duty> swapped() {
		return EffectiveRoster.of(List.of(rostered("A02", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_4, ShiftCode.DAY, 3)),
				List.of(swapOf("SW1", "A02", "A01", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY, RequestStatus.APPROVED, 2)));
	}

	@Test
	void leaveOnTheSwapShiftFailsForTheCounterpartWhoWorksIt() {
		Duty swapShift = swapped().get(0);
		LeaveRequest leave = personalLeave("LV1", "A01").on(NOV_2).build();

		assertThat(failed(leave, swapShift)).containsExactly("LEAVE_ON_SWAP_SHIFT");
	}

	@Test
	void leaveOnTheRepayShiftFailsForTheRequesterWhoWorksIt() {
		Duty repayShift = swapped().get(1);
		LeaveRequest leave = personalLeave("LV1", "A02").on(NOV_4).build();

		assertThat(failed(leave, repayShift)).containsExactly("LEAVE_ON_SWAP_SHIFT");
	}

	@Test
	void sickLeaveOnASwapShiftFailsToo() {
		Duty swapShift = swapped().get(0);
		LeaveRequest leave = sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T06:00").build();

		assertThat(failed(leave, swapShift)).containsExactly("LEAVE_ON_SWAP_SHIFT");
	}

	@Test
	void leaveOnAnOrdinaryRosteredShiftPassesTheSwapCheck() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).build(), dayShift)).isEmpty();
	}

	@Test
	void missingASwapShiftUnderALeaveIsAbsenceSourcedToTheLeave() {
		ScoringResult result = november()
			.roster(rostered("A02", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_4, ShiftCode.DAY, 3))
			.swaps(swapOf("SW1", "A02", "A01", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY, RequestStatus.APPROVED, 2))
			.signIns(AttendanceFixtures.onTime("A02", NOV_4, ShiftCode.DAY, 2))
			.leaves(personalLeave("LV1", "A01").on(NOV_2).row(4).build())
			.score();

		assertThat(result.entries()).filteredOn(entry -> entry.ruleId().startsWith("ATT-"))
			.extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date, LedgerLines::reasonCodes,
					LedgerEntry::source)
			.containsExactly(tuple("A01", "ATT-ABSENT", NOV_2, List.of("LEAVE_ON_SWAP_SHIFT"), Source.of("leave.csv", 4)));
	}

	// LEAVE_NOT_APPROVED (Art. 26, 27)

	@Test
	void aPendingPersonalLeaveIsNotApproved() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).status(RequestStatus.PENDING).build(), dayShift))
			.containsExactly("LEAVE_NOT_APPROVED");
	}

	@Test
	void aRejectedSickLeaveIsNotApproved() {
		LeaveRequest leave = sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T06:00")
			.status(RequestStatus.REJECTED).build();

		assertThat(failed(leave, dayShift)).containsExactly("LEAVE_NOT_APPROVED");
	}

	@Test
	void anApprovedLeavePassesTheApprovalCheck() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).status(RequestStatus.APPROVED).build(), dayShift))
			.isEmpty();
	}

	// LEAVE_BY_PROXY (Art. 28)

	@Test
	void personalLeaveSubmittedBySomeoneElseIsByProxy() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).submittedBy("A02").build(), dayShift))
			.containsExactly("LEAVE_BY_PROXY");
	}

	@Test
	void sickLeaveSubmittedBySomeoneElseIsFine() {
		LeaveRequest leave = sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T06:00").submittedBy("A02").build();

		assertThat(failed(leave, dayShift)).isEmpty();
	}

	// LEAVE_AUTHORITY (Art. 27)

	@Test
	void aOneDayLeaveApprovedByATeamLeadLacksAuthority() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).approvedBy("L01").build(), dayShift))
			.containsExactly("LEAVE_AUTHORITY");
	}

	@Test
	void aOneDayLeaveApprovedByASupervisorOrTheOpsManagerHasAuthority() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).approvedBy("S01").build(), dayShift)).isEmpty();
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).approvedBy("M01").build(), dayShift)).isEmpty();
	}

	@Test
	void aLeaveApprovedBySomeoneUnknownLacksAuthority() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).approvedBy("X99").build(), dayShift))
			.containsExactly("LEAVE_AUTHORITY");
	}

	@Test
	void aLeaveOfTwoShiftsApprovedByASupervisorLacksAuthorityOnEachShift() {
		Duty second = dutyOf("A01", NOV_3, ShiftCode.DAY, 6);
		LeaveRequest leave = personalLeave("LV1", "A01").dates(NOV_2, NOV_3).approvedBy("S01").build();
		LeaveCoverage coverage = LeaveCoverage.of(leave, List.of(dayShift, second));

		assertThat(coverage).isEqualTo(new LeaveCoverage(2, at(NOV_2, "08:00")));
		assertThat(leaveValidity().failedChecks(leave, dayShift, coverage)).containsExactly("LEAVE_AUTHORITY");
		assertThat(leaveValidity().failedChecks(leave, second, coverage)).containsExactly("LEAVE_AUTHORITY");
	}

	@Test
	void aLeaveOfTwoShiftsApprovedByTheOpsManagerHasAuthority() {
		Duty second = dutyOf("A01", NOV_3, ShiftCode.DAY, 6);
		LeaveRequest leave = personalLeave("LV1", "A01").dates(NOV_2, NOV_3).approvedBy("M01").build();
		LeaveCoverage coverage = LeaveCoverage.of(leave, List.of(dayShift, second));

		assertThat(leaveValidity().failedChecks(leave, dayShift, coverage)).isEmpty();
		assertThat(leaveValidity().failedChecks(leave, second, coverage)).isEmpty();
	}

	@Test
	void aTwoDateLeaveCoveringOneRosteredShiftIsOneDayForAuthority() {
		LeaveRequest leave = personalLeave("LV1", "A01").dates(NOV_2, NOV_3).approvedBy("S01").build();
		Duty colleagues = dutyOf("A02", NOV_3, ShiftCode.DAY, 6);
		LeaveCoverage coverage = LeaveCoverage.of(leave, List.of(dayShift, colleagues, dutyOf("A01", NOV_4, ShiftCode.DAY, 7)));

		assertThat(coverage.days()).isEqualTo(1);
		assertThat(leaveValidity().failedChecks(leave, dayShift, coverage)).isEmpty();
	}

	@Test
	void aMultiDayLeaveApprovedByASupervisorMakesEveryCoveredShiftAbsentWhileTheOpsManagersIsLeave() {
		ScoringResult bySupervisor = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_3, ShiftCode.DAY, 3))
			.leaves(personalLeave("LV1", "A01").dates(NOV_2, NOV_3).approvedBy("S01").row(6).build())
			.score();
		ScoringResult byOpsManager = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A01", NOV_3, ShiftCode.DAY, 3))
			.leaves(personalLeave("LV1", "A01").dates(NOV_2, NOV_3).approvedBy("M01").row(6).build())
			.score();

		assertThat(bySupervisor.entries())
			.extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date, LedgerEntry::points,
					LedgerLines::reasonCodes, LedgerEntry::source)
			.containsExactly(tuple("A01", "ATT-ABSENT", NOV_2, 10, List.of("LEAVE_AUTHORITY"), Source.of("leave.csv", 6)),
					tuple("A01", "ATT-ABSENT", NOV_3, 10, List.of("LEAVE_AUTHORITY"), Source.of("leave.csv", 6)));
		assertThat(byOpsManager.entries()).isEmpty();
	}

	@Test
	void sickLeaveNeedsNoApproverRank() {
		LeaveRequest leave = sickLeave("LV1", "A01").dates(NOV_2, NOV_3).requestedAt("2026-11-02T06:00")
			.approvedBy("L01").build();

		assertThat(leaveValidity().failedChecks(leave, dayShift, new LeaveCoverage(2, at(NOV_2, "08:00")))).isEmpty();
	}

	// LEAVE_NOT_IN_ADVANCE (Art. 26)

	@Test
	void ordinaryLeaveRequestedExactlyTwentyFourHoursBeforeTheStartIsInAdvance() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-01T08:00").build(), dayShift))
			.isEmpty();
	}

	@Test
	void ordinaryLeaveRequestedOneMinuteLessThanTwentyFourHoursBeforeTheStartIsNotInAdvance() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-01T08:01").build(), dayShift))
			.containsExactly("LEAVE_NOT_IN_ADVANCE");
	}

	@Test
	void urgentLeaveRequestedExactlyOneHourBeforeTheStartIsInAdvance() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).urgent().requestedAt("2026-11-02T07:00").build(),
				dayShift)).isEmpty();
	}

	@Test
	void urgentLeaveRequestedFiftyNineMinutesBeforeTheStartIsNotInAdvance() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).urgent().requestedAt("2026-11-02T07:01").build(),
				dayShift)).containsExactly("LEAVE_NOT_IN_ADVANCE");
	}

	@Test
	void lateLeaveApprovedByTheOpsManagerIsValid() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T07:59").approvedBy("M01").build(),
				dayShift)).isEmpty();
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).urgent().requestedAt("2026-11-02T07:59")
			.approvedBy("M01").build(), dayShift)).isEmpty();
	}

	@Test
	void urgentLeaveAfterNoonForAnEveningShiftIsNoNightLeave() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).urgent().requestedAt("2026-11-02T12:30").build(),
				eveningShift)).isEmpty();
	}

	// NIGHT_LEAVE_RULE (Art. 30)

	@Test
	void nightLeaveRequestedAtElevenFiftyNineOfTheShiftDateAndApprovedByASupervisorIsValid() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T11:59").build(), nightShift))
			.isEmpty();
	}

	@Test
	void nightLeaveRequestedAtNoonOfTheShiftDateBreaksTheNightRuleOnly() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T12:00").build(), nightShift))
			.containsExactly("NIGHT_LEAVE_RULE");
	}

	@Test
	void theReasonOfANightLeaveAskedAtNoonSaysWhenItWasAskedTheDeadlineAndTheApprover() {
		LeaveRequest leave = personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T12:00").build();

		assertThat(leaveValidity().failedReasons(leave, nightShift, LeaveCoverage.of(leave, List.of(nightShift))))
			.containsExactly("NIGHT_LEAVE_RULE: leave LV1 requested 11-02 12:00, approved by S01 (SUPERVISOR), "
					+ "while a night shift needs the request before 11-02 12:00 and a supervisor");
	}

	@Test
	void theReasonsOfAnUrgentLeaveTooLateAndOfAnUnknownApproverSayTheirFacts() {
		LeaveRequest leave = personalLeave("LV1", "A01").on(NOV_2).urgent().requestedAt("2026-11-02T07:10").approvedBy("X9")
			.build();

		assertThat(leaveValidity().failedReasons(leave, dayShift, LeaveCoverage.of(leave, List.of(dayShift)))).containsExactly(
				"LEAVE_AUTHORITY: leave LV1 of 1 shift(s) approved by X9 (unknown), needs SUPERVISOR",
				"LEAVE_NOT_IN_ADVANCE: leave LV1 requested 11-02 07:10 for the shift starting 11-02 08:00, urgent leave needs 1 h");
	}

	@Test
	void nightLeaveApprovedByATeamLeadBreaksTheNightRuleAndAuthority() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T09:00").approvedBy("L01").build(),
				nightShift)).containsExactly("LEAVE_AUTHORITY", "NIGHT_LEAVE_RULE");
	}

	@Test
	void sickLeaveOnANightShiftTakesNoNightRule() {
		assertThat(failed(sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T20:00").build(), nightShift))
			.isEmpty();
	}

	// HOLIDAY_LEAVE_RULE (Art. 31)

	@Test
	void holidayLeaveRequestedExactlyFortyEightHoursAheadAndApprovedByTheOpsManagerIsValid() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-10-31T08:00").approvedBy("M01").build(),
				dayShift, NOV_2)).isEmpty();
	}

	@Test
	void holidayLeaveApprovedByASupervisorBreaksTheHolidayRule() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-10-31T08:00").approvedBy("S01").build(),
				dayShift, NOV_2)).containsExactly("HOLIDAY_LEAVE_RULE");
	}

	@Test
	void holidayLeaveRequestedOneMinuteLateBreaksTheHolidayRuleEvenWithTheOpsManager() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-10-31T08:01").approvedBy("M01").build(),
				dayShift, NOV_2)).containsExactly("HOLIDAY_LEAVE_RULE");
	}

	@Test
	void aLateHolidayLeaveBreaksTheHolidayRuleInsteadOfTheAdvanceRule() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T07:30").build(), dayShift, NOV_2))
			.containsExactly("HOLIDAY_LEAVE_RULE");
	}

	@Test
	void theHolidayRuleIsForHolidaysOnly() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-10-31T08:01").approvedBy("S01").build(),
				dayShift, NOV_3)).isEmpty();
	}

	@Test
	void aNightShiftOnAHolidayTakesBothTheNightAndTheHolidayRule() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T12:00").build(), nightShift, NOV_2))
			.containsExactly("NIGHT_LEAVE_RULE", "HOLIDAY_LEAVE_RULE");
	}

	@Test
	void aNightShiftOnAHolidayIsValidWhenBothRulesPass() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-10-31T22:00").approvedBy("M01").build(),
				nightShift, NOV_2)).isEmpty();
	}

	@Test
	void aNightShiftOnAHolidayRequestedBeforeNoonButLessThanTwoDaysAheadBreaksTheHolidayRuleOnly() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T09:00").approvedBy("M01").build(),
				nightShift, NOV_2)).containsExactly("HOLIDAY_LEAVE_RULE");
	}

	// SICK_NOT_NOTIFIED and SICK_NO_CERTIFICATE (Art. 29)

	@Test
	void sickLeavePhonedInOneMinuteBeforeTheStartIsNotified() {
		assertThat(failed(sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T07:59").build(), dayShift)).isEmpty();
	}

	@Test
	void sickLeavePhonedInAtTheStartIsNotNotified() {
		assertThat(failed(sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T08:00").build(), dayShift))
			.containsExactly("SICK_NOT_NOTIFIED");
	}

	@Test
	void sickLeaveIsNotifiedAgainstTheFirstCoveredShiftForEveryShiftItCovers() {
		Duty second = dutyOf("A01", NOV_3, ShiftCode.DAY, 6);
		LeaveRequest leave = sickLeave("LV1", "A01").dates(NOV_2, NOV_3).requestedAt("2026-11-02T09:00").build();
		LeaveCoverage coverage = LeaveCoverage.of(leave, List.of(dayShift, second));

		assertThat(leaveValidity().failedChecks(leave, second, coverage)).containsExactly("SICK_NOT_NOTIFIED");
	}

	@Test
	void theFirstCoveredShiftIsTheAgentsFirstRosteredShiftWithinTheLeave() {
		Duty second = dutyOf("A01", NOV_3, ShiftCode.DAY, 6);
		LeaveRequest leave = sickLeave("LV1", "A01").dates(NOV_2, NOV_3).requestedAt("2026-11-02T09:00").build();
		LeaveCoverage coverage = LeaveCoverage.of(leave, List.of(dutyOf("A02", NOV_2, ShiftCode.DAY, 5), second));

		assertThat(coverage).isEqualTo(new LeaveCoverage(1, at(NOV_3, "08:00")));
		assertThat(leaveValidity().failedChecks(leave, second, coverage)).isEmpty();
	}

	@Test
	void sickLeaveWithoutACertificateIsInvalid() {
		assertThat(failed(sickLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T06:00").certificate(false).build(),
				dayShift)).containsExactly("SICK_NO_CERTIFICATE");
	}

	@Test
	void personalLeaveNeedsNoCertificate() {
		assertThat(failed(personalLeave("LV1", "A01").on(NOV_2).certificate(false).build(), dayShift)).isEmpty();
	}

	@Test
	void everyFailedCheckIsListedInTheOrderOfTheRules() {
		LeaveRequest personal = personalLeave("LV1", "A01").on(NOV_2).requestedAt("2026-11-02T07:30").submittedBy("A02")
			.approvedBy("L01").status(RequestStatus.PENDING).build();
		LeaveRequest sick = sickLeave("LV2", "A01").on(NOV_2).requestedAt("2026-11-02T09:00").certificate(false)
			.status(RequestStatus.PENDING).build();

		assertThat(failed(personal, dayShift))
			.containsExactly("LEAVE_NOT_APPROVED", "LEAVE_BY_PROXY", "LEAVE_AUTHORITY", "LEAVE_NOT_IN_ADVANCE");
		assertThat(failed(sick, dayShift)).containsExactly("LEAVE_NOT_APPROVED", "SICK_NOT_NOTIFIED", "SICK_NO_CERTIFICATE");
	}

}
