package com.conductledger.scoring.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_2;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_4;
import static com.conductledger.scoring.rules.AttendanceFixtures.dutyOf;
import static com.conductledger.scoring.rules.AttendanceFixtures.november;
import static com.conductledger.scoring.rules.AttendanceFixtures.onTime;
import static com.conductledger.scoring.rules.AttendanceFixtures.personalLeave;
import static com.conductledger.scoring.rules.AttendanceFixtures.rostered;
import static com.conductledger.scoring.rules.AttendanceFixtures.signedIn;
import static com.conductledger.scoring.rules.AttendanceFixtures.swapOf;
import static com.conductledger.scoring.rules.AttendanceFixtures.verdicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** rules.md 4.1, Art. 36: a private swap is absenteeism for the one rostered, a recorded cover for the other. */
class PrivateSwapTests {

	private final Duty a01Day = dutyOf("A01", NOV_2, ShiftCode.DAY, 5);

	private final SignIn a02OnA01sShift = signedIn("A02", NOV_2, ShiftCode.DAY, "2026-11-02T07:45", "2026-11-02T16:00", 7);

	@Test
	void whenBWorksAsShiftUnrosteredAIsAbsentForAPrivateSwapAndBIsRecordedAsCoverForNoPoints() {
		DayResult result = verdicts().judge(List.of(a01Day), List.of(a02OnA01sShift), List.of(), Map.of());

		assertThat(result.entries()).containsExactlyInAnyOrder(
				new LedgerEntry("A01", "ATT-ABSENT", "36", NOV_2, ShiftCode.DAY, 10,
						List.of("PRIVATE_SWAP: A02 signed in for it without an approved swap"), Source.of("attendance.csv", 7)),
				new LedgerEntry("A02", "SW-PRIVATE-COVER", "36", NOV_2, ShiftCode.DAY, 0,
						List.of("worked the shift rostered to A01 without an approved swap"),
						Source.of("attendance.csv", 7)));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void anUnrosteredSignInWhileNobodyIsMissingIsOnlyADataWarning() {
		SignIn a01 = signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:45", "2026-11-02T16:00", 6);

		DayResult result = verdicts().judge(List.of(a01Day), List.of(a01, a02OnA01sShift), List.of(), Map.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.warnings()).containsExactly(new DataWarning(AttendanceVerdicts.UNROSTERED_SIGN_IN,
				"A02 signed in for 2026-11-02 DAY without being rostered, and nobody rostered was missing",
				Source.of("attendance.csv", 7)));
	}

	@Test
	void anUnrosteredSignInForAnotherShiftCoversNobody() {
		SignIn evening = signedIn("A02", NOV_2, ShiftCode.EVENING, "2026-11-02T13:45", "2026-11-02T22:00", 7);

		DayResult result = verdicts().judge(List.of(a01Day), List.of(evening), List.of(), Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerLines::reasonCodes)
			.containsExactly(tuple("A01", "ATT-ABSENT", List.of("NO_SHOW")));
		assertThat(result.warnings()).extracting(DataWarning::code).containsExactly(AttendanceVerdicts.UNROSTERED_SIGN_IN);
	}

	@Test
	void whenAIsOnValidLeaveBSigningInIsNoPrivateSwap() {
		DayResult result = verdicts().judge(List.of(a01Day), List.of(a02OnA01sShift),
				List.of(personalLeave("LV1", "A01").on(NOV_2).build()), Map.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.validLeaveIds()).containsExactly("LV1");
		assertThat(result.warnings()).extracting(DataWarning::code).containsExactly(AttendanceVerdicts.UNROSTERED_SIGN_IN);
	}

	@Test
	void whenAIsOnInvalidLeaveBSigningInIsAPrivateSwapAddedToTheFailedChecks() {
		LeaveRequest rejected = personalLeave("LV1", "A01").on(NOV_2).status(RequestStatus.REJECTED).row(4).build();

		DayResult result = verdicts().judge(List.of(a01Day), List.of(a02OnA01sShift), List.of(rejected), Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerLines::reasonCodes,
				LedgerEntry::source)
			.containsExactlyInAnyOrder(
					tuple("A01", "ATT-ABSENT", List.of("LEAVE_NOT_APPROVED", "PRIVATE_SWAP"),
							Source.of("leave.csv", 4)),
					tuple("A02", "SW-PRIVATE-COVER",
							List.of("PRIVATE_COVER"),
							Source.of("attendance.csv", 7)));
	}

	@Test
	void oneSignInCoversOneAbsenceOnlyTheOtherIsANoShow() {
		Duty a02Day = dutyOf("A02", NOV_2, ShiftCode.DAY, 6);
		SignIn a03 = signedIn("A03", NOV_2, ShiftCode.DAY, "2026-11-02T07:45", "2026-11-02T16:00", 8);

		DayResult result = verdicts().judge(List.of(a01Day, a02Day), List.of(a03), List.of(), Map.of());

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerLines::reasonCodes)
			.containsExactlyInAnyOrder(tuple("A01", "ATT-ABSENT", List.of("PRIVATE_SWAP")),
					tuple("A02", "ATT-ABSENT", List.of("NO_SHOW")),
					tuple("A03", "SW-PRIVATE-COVER", List.of("PRIVATE_COVER")));
	}

	@Test
	void aCoverIsMatchedToAnAbsentColleagueOfTheSameTeamFirst() {
		Duty a03Day = dutyOf("A03", NOV_2, ShiftCode.DAY, 6);
		Duty a02Day = dutyOf("A02", NOV_2, ShiftCode.DAY, 4);
		SignIn a01 = signedIn("A01", NOV_2, ShiftCode.DAY, "2026-11-02T07:45", "2026-11-02T16:00", 8);

		DayResult result = verdicts().judge(List.of(a03Day, a02Day), List.of(a01), List.of(), Map.of());

		assertThat(result.entries()).filteredOn(entry -> entry.ruleId().equals("ATT-ABSENT"))
			.extracting(LedgerEntry::personId, LedgerLines::reasonCodes)
			.containsExactlyInAnyOrder(tuple("A02", List.of("PRIVATE_SWAP")),
					tuple("A03", List.of("NO_SHOW")));
	}

	@Test
	void workingARejectedSwapAnywayIsAPrivateSwapOverThePeriod() {
		ScoringResult result = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A02", NOV_4, ShiftCode.DAY, 3))
			.swaps(swapOf("SW1", "A01", "A02", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY, RequestStatus.REJECTED, 5))
			.signIns(onTime("A02", NOV_2, ShiftCode.DAY, 7), onTime("A02", NOV_4, ShiftCode.DAY, 8))
			.score();

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date,
				LedgerEntry::points, LedgerLines::reasonCodes, LedgerEntry::source)
			.containsExactly(
					tuple("A01", "ATT-ABSENT", NOV_2, 10, List.of("PRIVATE_SWAP"),
							Source.of("attendance.csv", 7)),
					tuple("A02", "SW-PRIVATE-COVER", NOV_2, 0,
							List.of("PRIVATE_COVER"),
							Source.of("attendance.csv", 7)));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aRequesterWorkingTheSwappedAwayShiftWhileTheCounterpartIsMissingIsAPrivateSwapByTheEffectiveRoster() {
		ScoringResult result = november()
			.roster(rostered("A01", NOV_2, ShiftCode.DAY, 2), rostered("A02", NOV_4, ShiftCode.DAY, 3))
			.swaps(swapOf("SW1", "A01", "A02", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY, RequestStatus.APPROVED, 5))
			.signIns(onTime("A01", NOV_2, ShiftCode.DAY, 7), onTime("A01", NOV_4, ShiftCode.DAY, 8))
			.score();

		assertThat(result.entries()).filteredOn(entry -> !entry.ruleId().startsWith("SW-") || entry.points() == 0)
			.extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date, LedgerLines::reasonCodes)
			.containsExactly(tuple("A01", "SW-PRIVATE-COVER", NOV_2,
					List.of("PRIVATE_COVER")),
					tuple("A02", "ATT-ABSENT", NOV_2, List.of("PRIVATE_SWAP")));
	}

}
