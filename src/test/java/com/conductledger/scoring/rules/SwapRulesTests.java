package com.conductledger.scoring.rules;

import static com.conductledger.scoring.rules.LedgerLines.line;
import static com.conductledger.scoring.rules.LedgerLines.nov;
import static com.conductledger.scoring.rules.LedgerLines.oct;
import static com.conductledger.scoring.rules.RulesFixtures.defaultSchedule;
import static com.conductledger.scoring.rules.RulesFixtures.people;
import static com.conductledger.scoring.rules.RulesFixtures.person;
import static com.conductledger.scoring.rules.RulesFixtures.shift;
import static com.conductledger.scoring.rules.ShiftCode.DAY;
import static com.conductledger.scoring.rules.ShiftCode.EVENING;
import static com.conductledger.scoring.rules.ShiftCode.NIGHT;
import static com.conductledger.scoring.rules.SwapFixtures.swap;
import static com.conductledger.scoring.rules.SwapFixtures.swapRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.period.CutoffDay;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;

/** rules.md 4.2, Art. 32-36: approved swaps that break the rules, and the approver who let them through. */
class SwapRulesTests {

	private static final Map<String, Person> PEOPLE = people(person("A01", Role.AGENT, "VOICE", 3),
			person("A02", Role.AGENT, "VOICE", 3), person("A03", Role.AGENT, "VOICE", 4),
			person("A04", Role.AGENT, "VOICE", 5), person("A05", Role.AGENT, "CHAT", 3),
			person("L01", Role.TEAM_LEAD, "VOICE", 4), person("L02", Role.TEAM_LEAD, "VOICE", 4));

	private static final Set<LocalDate> HOLIDAYS = Set.of(nov(11));

	// SW-EXCESS (Art. 36)

	@Test
	void secondSwapInPeriodIsFree() {
		assertThat(weeklySwaps(defaultSchedule(), 2)).isEmpty();
	}

	@Test
	void thirdAndFourthSwapInPeriodCostFivePointsEach() {
		assertThat(weeklySwaps(defaultSchedule(), 4)).containsExactlyInAnyOrder(
				line("A01", "SW-EXCESS", "36", nov(16), DAY, 5, swapRow(4), "swap number 3 of the period, limit 2"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(16), DAY, 1, swapRow(4), "approved swap S3 despite SW-EXCESS"),
				line("A01", "SW-EXCESS", "36", nov(23), DAY, 5, swapRow(5), "swap number 4 of the period, limit 2"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(23), DAY, 1, swapRow(5), "approved swap S4 despite SW-EXCESS"));
	}

	@Test
	void swapsAreCountedBySwapDateNotByWhenTheyWereRequested() {
		List<RosterShift> roster = List.of(shift("A01", nov(5), DAY), shift("A01", nov(12), DAY),
				shift("A01", nov(20), DAY), shift("A02", nov(6), DAY), shift("A02", nov(13), DAY), shift("A02", nov(21), DAY));
		Swap requestedFirst = swap(2, "S1", "A01", "A02", nov(20), DAY, nov(21), DAY, "2026-10-01T09:00", "L01");
		Swap second = swap(3, "S2", "A01", "A02", nov(5), DAY, nov(6), DAY, "2026-10-20T09:00", "L01");
		Swap third = swap(4, "S3", "A01", "A02", nov(12), DAY, nov(13), DAY, "2026-10-21T09:00", "L01");

		assertThat(check(roster, List.of(requestedFirst, second, third))).containsExactlyInAnyOrder(
				line("A01", "SW-EXCESS", "36", nov(20), DAY, 5, swapRow(2), "swap number 3 of the period, limit 2"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(20), DAY, 1, swapRow(2), "approved swap S1 despite SW-EXCESS"));
	}

	@Test
	void swapsOnTheSameDateAreCountedInTheOrderTheyWereRequested() {
		List<RosterShift> roster = List.of(shift("A01", nov(5), DAY), shift("A01", nov(12), DAY),
				shift("A01", nov(12), EVENING), shift("A02", nov(6), DAY), shift("A02", nov(13), DAY),
				shift("A03", nov(14), DAY));
		Swap first = swap(2, "S1", "A01", "A02", nov(5), DAY, nov(6), DAY, "2026-10-20T09:00", "L01");
		Swap requestedLater = swap(3, "S2", "A01", "A02", nov(12), DAY, nov(13), DAY, "2026-10-22T09:00", "L01");
		Swap requestedEarlier = swap(4, "S3", "A01", "A03", nov(12), EVENING, nov(14), DAY, "2026-10-21T09:00", "L01");

		assertThat(check(roster, List.of(requestedLater, requestedEarlier, first))).containsExactlyInAnyOrder(
				line("A01", "SW-EXCESS", "36", nov(12), DAY, 5, swapRow(3), "swap number 3 of the period, limit 2"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(12), DAY, 1, swapRow(3), "approved swap S2 despite SW-EXCESS"));
	}

	@Test
	void swapsOfThePreviousPeriodAndRejectedSwapsDoNotCountTowardsTheLimit() {
		List<RosterShift> roster = new ArrayList<>();
		List<Swap> swaps = new ArrayList<>();
		LocalDate[] swapDates = { oct(10), oct(20), nov(2), nov(9), nov(16) };
		for (int i = 0; i < swapDates.length; i++) {
			roster.add(shift("A01", swapDates[i], DAY));
			roster.add(shift("A02", swapDates[i].plusDays(1), DAY));
			swaps.add(swap(i + 2, "S" + (i + 1), "A01", "A02", swapDates[i], DAY, swapDates[i].plusDays(1), DAY,
					"2026-10-01T09:00", "L01"));
		}
		swaps.set(4, SwapFixtures.rejected(swaps.get(4)));
		PeriodFacts facts = new PeriodFacts(Period.of("2026-11", new CutoffDay(25)), PEOPLE, HOLIDAYS, roster, List.of(),
				List.of(), swaps, List.of(), List.of());

		assertThat(new PeriodScoring(defaultSchedule()).score(facts).entries())
			.filteredOn(entry -> entry.ruleId().startsWith("SW-"))
			.isEmpty();
	}

	// SW-LATE-REQUEST (Art. 32)

	@Test
	void swapRequestedExactlyOneDayBeforeTheSwapShiftStartsIsOnTime() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), NIGHT), shift("A02", nov(12), NIGHT));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), NIGHT, nov(12), NIGHT,
				"2026-11-09T22:00", "L01")))).isEmpty();
	}

	@Test
	void swapRequestedOneMinuteLaterCostsTheRequesterTwoPoints() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), DAY), shift("A02", nov(12), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), DAY, nov(12), DAY,
				"2026-11-09T08:01", "L01")))).containsExactlyInAnyOrder(
				line("A01", "SW-LATE-REQUEST", "32", nov(10), DAY, 2, swapRow(2),
						"requested 2026-11-09T08:01, less than 24 h before the shift at 2026-11-10T08:00"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(10), DAY, 1, swapRow(2),
						"approved swap S1 despite SW-LATE-REQUEST"));
	}

	// SW-HOLIDAY (Art. 32)

	@Test
	void swapOnAHolidayCostsTheRequesterTwoPoints() {
		List<RosterShift> roster = List.of(shift("A01", nov(11), DAY), shift("A02", nov(13), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(11), DAY, nov(13), DAY, "2026-11-01T09:00",
				"L01")))).containsExactlyInAnyOrder(
				line("A01", "SW-HOLIDAY", "32", nov(11), DAY, 2, swapRow(2), "swap or repayment on a public holiday: 2026-11-11"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(11), DAY, 1, swapRow(2), "approved swap S1 despite SW-HOLIDAY"));
	}

	@Test
	void repaymentOnAHolidayCostsTheRequesterTwoPointsOnTheSwapDate() {
		List<RosterShift> roster = List.of(shift("A01", nov(9), DAY), shift("A02", nov(11), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(9), DAY, nov(11), DAY, "2026-11-01T09:00",
				"L01")))).containsExactlyInAnyOrder(
				line("A01", "SW-HOLIDAY", "32", nov(9), DAY, 2, swapRow(2), "swap or repayment on a public holiday: 2026-11-11"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(9), DAY, 1, swapRow(2), "approved swap S1 despite SW-HOLIDAY"));
	}

	@Test
	void swapAndRepaymentBothOnHolidaysIsOneBreach() {
		List<RosterShift> roster = List.of(shift("A01", nov(11), DAY), shift("A02", nov(12), DAY));
		List<Swap> swaps = List.of(swap(2, "S1", "A01", "A02", nov(11), DAY, nov(12), DAY, "2026-11-01T09:00", "L01"));

		assertThat(SwapFixtures.swapEntries(defaultSchedule(), PEOPLE, Set.of(nov(11), nov(12)), roster, swaps, List.of()))
			.containsExactlyInAnyOrder(
					line("A01", "SW-HOLIDAY", "32", nov(11), DAY, 2, swapRow(2), "swap or repayment on a public holiday: 2026-11-11, 2026-11-12"),
					line("L01", "SW-IMPROPER-APPROVAL", "35", nov(11), DAY, 1, swapRow(2),
							"approved swap S1 despite SW-HOLIDAY"));
	}

	// SW-JOB-MISMATCH (Art. 33)

	@Test
	void swapWithAnotherJobTypeCostsTheRequesterTwoPoints() {
		List<RosterShift> roster = List.of(shift("A01", nov(9), DAY), shift("A05", nov(10), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A05", nov(9), DAY, nov(10), DAY, "2026-11-01T09:00",
				"L01")))).containsExactlyInAnyOrder(
				line("A01", "SW-JOB-MISMATCH", "33", nov(9), DAY, 2, swapRow(2), "job types differ: VOICE and CHAT"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(9), DAY, 1, swapRow(2),
						"approved swap S1 despite SW-JOB-MISMATCH"));
	}

	@Test
	void skillLevelsOneApartAreSimilarEnough() {
		List<RosterShift> roster = List.of(shift("A01", nov(9), DAY), shift("A03", nov(10), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A03", nov(9), DAY, nov(10), DAY, "2026-11-01T09:00",
				"L01")))).isEmpty();
	}

	@Test
	void skillLevelsTwoApartCostTheRequesterTwoPoints() {
		List<RosterShift> roster = List.of(shift("A01", nov(9), DAY), shift("A04", nov(10), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A04", nov(9), DAY, nov(10), DAY, "2026-11-01T09:00",
				"L01")))).containsExactlyInAnyOrder(
				line("A01", "SW-JOB-MISMATCH", "33", nov(9), DAY, 2, swapRow(2),
						"skill levels differ by more than 1: 3 and 5"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(9), DAY, 1, swapRow(2),
						"approved swap S1 despite SW-JOB-MISMATCH"));
	}

	// SW-CONSECUTIVE (Art. 36)

	@Test
	void swapTheDayAfterTheRequestersPreviousSwapIsConsecutive() {
		List<RosterShift> roster = List.of(shift("A01", nov(9), DAY), shift("A01", nov(10), DAY),
				shift("A02", nov(16), DAY), shift("A03", nov(17), DAY));
		Swap first = swap(2, "S1", "A01", "A02", nov(9), DAY, nov(16), DAY, "2026-11-01T09:00", "L01");
		Swap next = swap(3, "S2", "A01", "A03", nov(10), DAY, nov(17), DAY, "2026-11-01T10:00", "L01");

		assertThat(check(roster, List.of(next, first))).containsExactlyInAnyOrder(
				line("A01", "SW-CONSECUTIVE", "36", nov(10), DAY, 2, swapRow(3), "another approved swap on 2026-11-09"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(10), DAY, 1, swapRow(3),
						"approved swap S2 despite SW-CONSECUTIVE"));
	}

	@Test
	void swapOnThePeriodsFirstDayIsConsecutiveToOneOnTheDayBefore() {
		List<RosterShift> roster = List.of(shift("A01", oct(25), DAY), shift("A01", oct(26), DAY),
				shift("A02", nov(2), DAY), shift("A03", nov(3), DAY));
		Swap dayBefore = swap(2, "S0", "A01", "A02", oct(25), DAY, nov(2), DAY, "2026-10-01T09:00", "L01");
		Swap firstDay = swap(3, "S1", "A01", "A03", oct(26), DAY, nov(3), DAY, "2026-10-01T10:00", "L01");

		assertThat(SwapFixtures.swapEntries(defaultSchedule(), PEOPLE, HOLIDAYS, roster, List.of(firstDay),
				List.of(dayBefore))).containsExactlyInAnyOrder(
				line("A01", "SW-CONSECUTIVE", "36", oct(26), DAY, 2, swapRow(3), "another approved swap on 2026-10-25"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", oct(26), DAY, 1, swapRow(3),
						"approved swap S1 despite SW-CONSECUTIVE"));
	}

	@Test
	void someoneElsesSwapTheDayBeforeIsNotConsecutive() {
		List<RosterShift> roster = List.of(shift("A02", nov(9), DAY), shift("A01", nov(10), DAY),
				shift("A03", nov(16), DAY), shift("A03", nov(17), DAY));
		Swap others = swap(2, "S1", "A02", "A03", nov(9), DAY, nov(16), DAY, "2026-11-01T09:00", "L01");
		Swap mine = swap(3, "S2", "A01", "A03", nov(10), DAY, nov(17), DAY, "2026-11-01T10:00", "L01");

		assertThat(check(roster, List.of(others, mine))).isEmpty();
	}

	// SW-BACK-TO-BACK (Art. 36)

	@Test
	void counterpartStartingTheSwapShiftTwoHoursAfterHerNightShiftEarnsBackToBackButTheApproverDoesNot() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), DAY), shift("A02", nov(9), NIGHT),
				shift("A02", nov(12), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), DAY, nov(12), DAY, "2026-11-01T09:00",
				"L01")))).containsExactly(line("A02", "SW-BACK-TO-BACK", "36", nov(10), DAY, 2, swapRow(2),
						"only 2 h rest between 2026-11-10 DAY and 2026-11-09 NIGHT, at least 8 h"));
	}

	@Test
	void requesterRepayingANightShiftBeforeHisOwnDayShiftEarnsBackToBack() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), DAY), shift("A01", nov(13), DAY),
				shift("A02", nov(12), NIGHT));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), DAY, nov(12), NIGHT, "2026-11-01T09:00",
				"L01")))).containsExactly(line("A01", "SW-BACK-TO-BACK", "36", nov(12), NIGHT, 2, swapRow(2),
						"only 2 h rest between 2026-11-12 NIGHT and 2026-11-13 DAY, at least 8 h"));
	}

	@Test
	void bothPartiesWithoutRestEachEarnBackToBack() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), DAY), shift("A01", nov(13), DAY),
				shift("A02", nov(9), NIGHT), shift("A02", nov(12), NIGHT));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), DAY, nov(12), NIGHT, "2026-11-01T09:00",
				"L01")))).containsExactlyInAnyOrder(
				line("A02", "SW-BACK-TO-BACK", "36", nov(10), DAY, 2, swapRow(2),
						"only 2 h rest between 2026-11-10 DAY and 2026-11-09 NIGHT, at least 8 h"),
				line("A01", "SW-BACK-TO-BACK", "36", nov(12), NIGHT, 2, swapRow(2),
						"only 2 h rest between 2026-11-12 NIGHT and 2026-11-13 DAY, at least 8 h"));
	}

	@Test
	void exactlyEightHoursRestBeforeAndAfterTheSwapShiftIsEnough() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), DAY), shift("A02", nov(9), EVENING, "16:00", "00:00"),
				shift("A02", nov(11), NIGHT, "00:00", "08:00"), shift("A02", nov(12), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), DAY, nov(12), DAY, "2026-11-01T09:00",
				"L01")))).isEmpty();
	}

	@Test
	void oneMinuteLessThanEightHoursRestIsBackToBack() {
		List<RosterShift> roster = List.of(shift("A01", nov(10), DAY), shift("A02", nov(9), EVENING, "16:01", "00:01"),
				shift("A02", nov(12), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A02", nov(10), DAY, nov(12), DAY, "2026-11-01T09:00",
				"L01"))))
			.extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::date, LedgerEntry::shift,
					LedgerEntry::points, LedgerEntry::source)
			.containsExactly(tuple("A02", "SW-BACK-TO-BACK", nov(10), DAY, 2, swapRow(2)));
	}

	// SW-IMPROPER-APPROVAL (Art. 35)

	@Test
	void approverOfASwapBreakingSeveralRulesLosesOnePointOnce() {
		List<RosterShift> roster = List.of(shift("A01", nov(11), DAY), shift("A05", nov(13), DAY));

		assertThat(check(roster, List.of(swap(2, "S1", "A01", "A05", nov(11), DAY, nov(13), DAY, "2026-11-10T20:00",
				"L02")))).containsExactlyInAnyOrder(
				line("A01", "SW-LATE-REQUEST", "32", nov(11), DAY, 2, swapRow(2),
						"requested 2026-11-10T20:00, less than 24 h before the shift at 2026-11-11T08:00"),
				line("A01", "SW-HOLIDAY", "32", nov(11), DAY, 2, swapRow(2), "swap or repayment on a public holiday: 2026-11-11"),
				line("A01", "SW-JOB-MISMATCH", "33", nov(11), DAY, 2, swapRow(2), "job types differ: VOICE and CHAT"),
				line("L02", "SW-IMPROPER-APPROVAL", "35", nov(11), DAY, 1, swapRow(2),
						"approved swap S1 despite SW-LATE-REQUEST, SW-HOLIDAY, SW-JOB-MISMATCH"));
	}

	// The schedule holds the numbers

	@Test
	void excessPointsAreTakenFromTheSchedule(@TempDir Path dir) {
		PenaltySchedule schedule = ScheduleFixtures.shippedWith(dir, "SW-EXCESS:            { article: \"36\", points: 5 }",
				"SW-EXCESS:            { article: \"36\", points: 7 }");

		assertThat(weeklySwaps(schedule, 3)).containsExactlyInAnyOrder(
				line("A01", "SW-EXCESS", "36", nov(16), DAY, 7, swapRow(4), "swap number 3 of the period, limit 2"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(16), DAY, 1, swapRow(4), "approved swap S3 despite SW-EXCESS"));
	}

	@Test
	void swapLimitIsTakenFromTheSchedule(@TempDir Path dir) {
		PenaltySchedule schedule = ScheduleFixtures.shippedWith(dir, "swap-limit: 2 ", "swap-limit: 3 ");

		assertThat(weeklySwaps(schedule, 4)).containsExactlyInAnyOrder(
				line("A01", "SW-EXCESS", "36", nov(23), DAY, 5, swapRow(5), "swap number 4 of the period, limit 3"),
				line("L01", "SW-IMPROPER-APPROVAL", "35", nov(23), DAY, 1, swapRow(5), "approved swap S4 despite SW-EXCESS"));
	}

	/** A01 swaps a DAY shift with A02 every Monday from 2 November, repaying on the Tuesday: rows 2, 3, ... */
	private static List<LedgerEntry> weeklySwaps(PenaltySchedule schedule, int count) {
		List<RosterShift> roster = new ArrayList<>();
		List<Swap> swaps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate monday = nov(2 + 7 * i);
			roster.add(shift("A01", monday, DAY));
			roster.add(shift("A02", monday.plusDays(1), DAY));
			swaps.add(swap(i + 2, "S" + (i + 1), "A01", "A02", monday, DAY, monday.plusDays(1), DAY,
					"2026-10-20T09:00", "L01"));
		}
		return SwapFixtures.swapEntries(schedule, PEOPLE, HOLIDAYS, roster, swaps, List.of());
	}

	private static List<LedgerEntry> check(List<RosterShift> roster, List<Swap> periodSwaps) {
		return SwapFixtures.swapEntries(defaultSchedule(), PEOPLE, HOLIDAYS, roster, periodSwaps, List.of());
	}

}
