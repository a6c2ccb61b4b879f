package com.conductledger.scoring.rules;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_2;
import static com.conductledger.scoring.rules.AttendanceFixtures.NOV_4;
import static com.conductledger.scoring.rules.AttendanceFixtures.november;
import static com.conductledger.scoring.rules.AttendanceFixtures.onTime;
import static com.conductledger.scoring.rules.AttendanceFixtures.rostered;
import static com.conductledger.scoring.rules.AttendanceFixtures.swapOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** rules.md 1, Art. 32-34: the roster after the approved swaps, on which attendance is judged. */
class EffectiveRosterTests {

	private final RosterShift requesters = rostered("A01", NOV_2, ShiftCode.DAY, 2);

	private final RosterShift counterparts = rostered("A02", NOV_4, ShiftCode.DAY, 3);

	private final RosterShift bystanders = rostered("A03", NOV_2, ShiftCode.EVENING, 4);

	private final Swap approved = swapOf("SW1", "A01", "A02", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY,
			RequestStatus.APPROVED, 6);

	private final RosterLookup roster = (agent, date, shift) -> List.of(requesters, counterparts, bystanders)
		.stream()
		.filter(s -> s.agentId().equals(agent) && s.date().equals(date) && s.shift() == shift)
		.findFirst();

	@Test
	void anApprovedSwapHasTheCounterpartWorkTheSwapShiftAndTheRequesterTheRepayShift() {
		List<Duty> duties = EffectiveRoster.of(List.of(requesters, counterparts, bystanders), List.of(approved));

		assertThat(duties).containsExactly(new Duty("A02", requesters, approved, Duty.Kind.SWAP_SHIFT),
				new Duty("A01", counterparts, approved, Duty.Kind.REPAY_SHIFT), Duty.rostered(bystanders));
		assertThat(duties).extracting(Duty::source)
			.containsExactly(Source.of("swaps.csv", 6), Source.of("swaps.csv", 6), Source.of("roster.csv", 4));
		assertThat(duties).extracting(Duty::swapped).containsExactly(true, true, false);
	}

	@Test
	void withoutSwapsTheEffectiveRosterIsTheRoster() {
		assertThat(EffectiveRoster.of(List.of(requesters, counterparts), List.of()))
			.containsExactly(Duty.rostered(requesters), Duty.rostered(counterparts));
	}

	@Test
	void aSwapOnShiftsBothPartiesAreRosteredOnApplies() {
		assertThat(SwapApplicability.check(approved, roster)).isEmpty();
	}

	@Test
	void aSwapNamingASwapShiftTheRequesterIsNotRosteredOnIsADataWarning() {
		Swap wrongShift = swapOf("SW2", "A01", "A02", NOV_2, ShiftCode.EVENING, NOV_4, ShiftCode.DAY,
				RequestStatus.APPROVED, 7);

		assertThat(SwapApplicability.check(wrongShift, roster)).isEqualTo(Optional.of(new DataWarning(
				SwapApplicability.NOT_ROSTERED,
				"swap SW2: requester A01 is not rostered on 2026-11-02 EVENING; swap not applied", Source.of("swaps.csv", 7))));
	}

	@Test
	void aSwapNamingARepayShiftTheCounterpartIsNotRosteredOnIsADataWarning() {
		Swap wrongShift = swapOf("SW3", "A01", "A02", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.NIGHT,
				RequestStatus.APPROVED, 8);

		assertThat(SwapApplicability.check(wrongShift, roster)).isEqualTo(Optional.of(new DataWarning(
				SwapApplicability.NOT_ROSTERED,
				"swap SW3: counterpart A02 is not rostered on 2026-11-04 NIGHT; swap not applied", Source.of("swaps.csv", 8))));
	}

	@Test
	void aSwapGivingTheCounterpartAShiftTheyAlreadyHaveIsADataWarning() {
		RosterShift counterpartAlsoOnIt = rostered("A02", NOV_2, ShiftCode.DAY, 9);
		RosterLookup both = (agent, date, code) -> List.of(requesters, counterparts, counterpartAlsoOnIt)
			.stream()
			.filter(s -> s.agentId().equals(agent) && s.date().equals(date) && s.shift() == code)
			.findFirst();

		assertThat(SwapApplicability.check(approved, both)).isEqualTo(Optional.of(new DataWarning(
				SwapApplicability.ALREADY_ROSTERED,
				"swap SW1: counterpart A02 is already rostered on 2026-11-02 DAY; swap not applied", approved.source())));
	}

	@Test
	void bothPartiesWorkingTheirSwappedShiftsIsNoAbsence() {
		ScoringResult result = november().roster(requesters, counterparts)
			.swaps(approved)
			.signIns(onTime("A02", NOV_2, ShiftCode.DAY, 2), onTime("A01", NOV_4, ShiftCode.DAY, 3))
			.score();

		assertThat(attendance(result)).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aCounterpartMissingTheSwapShiftIsAbsentAndTheRequesterIsNot() {
		ScoringResult result = november().roster(requesters, counterparts)
			.swaps(approved)
			.signIns(onTime("A01", NOV_4, ShiftCode.DAY, 3))
			.score();

		assertThat(attendance(result)).containsExactly(new LedgerEntry("A02", "ATT-ABSENT", "34", NOV_2, ShiftCode.DAY, 10,
				List.of("NO_SHOW: no sign-in and no valid leave for the swap shift from 11-02 08:00 to 11-02 16:00"),
				Source.of("swaps.csv", 6)));
	}

	@Test
	void aRequesterMissingTheRepayShiftIsAbsentAndTheCounterpartIsNot() {
		ScoringResult result = november().roster(requesters, counterparts)
			.swaps(approved)
			.signIns(onTime("A02", NOV_2, ShiftCode.DAY, 2))
			.score();

		assertThat(attendance(result)).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date,
				LedgerEntry::shift, LedgerLines::reasonCodes, LedgerEntry::source)
			.containsExactly(tuple("A01", "ATT-ABSENT", NOV_4, ShiftCode.DAY, List.of("NO_SHOW"),
					Source.of("swaps.csv", 6)));
	}

	@Test
	void aSwapThatIsNotApprovedChangesNothing() {
		Swap pending = swapOf("SW4", "A01", "A02", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY, RequestStatus.PENDING, 9);

		ScoringResult result = november().roster(requesters, counterparts)
			.swaps(pending)
			.signIns(onTime("A01", NOV_2, ShiftCode.DAY, 2), onTime("A02", NOV_4, ShiftCode.DAY, 3))
			.score();

		assertThat(result.entries()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void underARejectedSwapTheRequesterIsStillDueOnTheSwapShift() {
		Swap rejected = swapOf("SW5", "A01", "A02", NOV_2, ShiftCode.DAY, NOV_4, ShiftCode.DAY, RequestStatus.REJECTED, 9);

		ScoringResult result = november().roster(requesters, counterparts)
			.swaps(rejected)
			.signIns(onTime("A02", NOV_4, ShiftCode.DAY, 3))
			.score();

		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date,
				LedgerLines::reasonCodes, LedgerEntry::source)
			.containsExactly(tuple("A01", "ATT-ABSENT", NOV_2, List.of("NO_SHOW"), Source.of("roster.csv", 2)));
	}

	@Test
	void aSwapNamingAnUnrosteredShiftIsReportedAndNotApplied() {
		Swap wrongShift = swapOf("SW2", "A01", "A02", NOV_2, ShiftCode.EVENING, NOV_4, ShiftCode.DAY,
				RequestStatus.APPROVED, 7);

		ScoringResult result = november().roster(requesters, counterparts)
			.swaps(wrongShift)
			.signIns(onTime("A02", NOV_4, ShiftCode.DAY, 3))
			.score();

		assertThat(result.warnings()).extracting(DataWarning::code, DataWarning::source)
			.containsExactly(tuple(SwapApplicability.NOT_ROSTERED, Source.of("swaps.csv", 7)));
		assertThat(result.entries()).extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date,
				LedgerEntry::shift, LedgerEntry::source)
			.containsExactly(tuple("A01", "ATT-ABSENT", NOV_2, ShiftCode.DAY, Source.of("roster.csv", 2)));
	}

	private static List<LedgerEntry> attendance(ScoringResult result) {
		return result.entries().stream().filter(entry -> entry.ruleId().startsWith("ATT-")).toList();
	}

}
