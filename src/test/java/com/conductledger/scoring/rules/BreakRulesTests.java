package com.conductledger.scoring.rules;

import static com.conductledger.scoring.rules.LedgerLines.line;
import static com.conductledger.scoring.rules.LedgerLines.nov;
import static com.conductledger.scoring.rules.RulesFixtures.NOV_2;
import static com.conductledger.scoring.rules.RulesFixtures.at;
import static com.conductledger.scoring.rules.RulesFixtures.defaultSchedule;
import static com.conductledger.scoring.rules.RulesFixtures.people;
import static com.conductledger.scoring.rules.RulesFixtures.person;
import static com.conductledger.scoring.rules.RulesFixtures.shift;
import static com.conductledger.scoring.rules.ShiftCode.DAY;
import static com.conductledger.scoring.rules.ShiftCode.EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.schedule.PenaltySchedule;

/** rules.md 5, Art. 47(1)1: back within 5 minutes, only with approval, at most 5% of a post away at once. */
class BreakRulesTests {

	private static final Map<String, String> JOB_TYPES = Map.of("A01", "VOICE", "A02", "VOICE", "A03", "VOICE",
			"A05", "CHAT");

	// BR-OVERTIME

	@Test
	void breakOfExactlyFiveMinutesIsNotOvertime() {
		assertThat(check(List.of(breakOf(2, "A01", DAY, "10:00:00", "10:05:00", true)), 10)).isEmpty();
	}

	@Test
	void breakOfFiveMinutesAndOneSecondIsOvertime() {
		assertThat(check(List.of(breakOf(2, "A01", DAY, "10:00:00", "10:05:01", true)), 10))
			.extracting(LedgerEntry::personId, LedgerEntry::ruleId, LedgerEntry::article, LedgerEntry::date,
					LedgerEntry::shift, LedgerEntry::points, LedgerEntry::source)
			.containsExactly(tuple("A01", "BR-OVERTIME", "47(1)1", NOV_2, DAY, 1,
					breakRow(2)));
	}

	@Test
	void sixMinuteBreakCostsOnePoint() {
		assertThat(check(List.of(breakOf(2, "A01", DAY, "10:00:00", "10:06:00", true)), 10)).containsExactly(
				line("A01", "BR-OVERTIME", "47(1)1", NOV_2, DAY, 1, breakRow(2), "away 6 min, more than 5 min"));
	}

	// BR-UNAPPROVED

	@Test
	void breakWithoutApprovalCostsOnePoint() {
		assertThat(check(List.of(breakOf(2, "A01", DAY, "10:00:00", "10:03:00", false)), 10)).containsExactly(
				line("A01", "BR-UNAPPROVED", "47(1)1", NOV_2, DAY, 1, breakRow(2), "left at 11-02 10:00 without the team lead's approval"));
	}

	@Test
	void longBreakWithoutApprovalCostsOnePointForEach() {
		assertThat(check(List.of(breakOf(2, "A01", DAY, "10:00:00", "10:09:00", false)), 10)).containsExactlyInAnyOrder(
				line("A01", "BR-OVERTIME", "47(1)1", NOV_2, DAY, 1, breakRow(2), "away 9 min, more than 5 min"),
				line("A01", "BR-UNAPPROVED", "47(1)1", NOV_2, DAY, 1, breakRow(2), "left at 11-02 10:00 without the team lead's approval"));
	}

	// BR-CONCURRENT

	@Test
	void withTenOnTheShiftASecondAgentLeavingWhileTheFirstIsAwayCostsTheLaterLeaverOnePoint() {
		List<BreakRecord> breaks = List.of(breakOf(2, "A01", DAY, "10:00:00", "10:04:00", true),
				breakOf(3, "A02", DAY, "10:02:00", "10:05:00", true));

		assertThat(check(breaks, 10)).containsExactly(line("A02", "BR-CONCURRENT", "47(1)1", NOV_2, DAY, 1, breakRow(3),
				"2 of the post away at once, at most 1 allowed"));
	}

	@Test
	void leavingTheMomentTheOtherIsBackIsNotConcurrent() {
		List<BreakRecord> breaks = List.of(breakOf(2, "A01", DAY, "10:00:00", "10:04:00", true),
				breakOf(3, "A02", DAY, "10:04:00", "10:07:00", true));

		assertThat(check(breaks, 10)).isEmpty();
	}

	@Test
	void agentsLeavingAtTheSameMomentAreOrderedByAgentId() {
		List<BreakRecord> breaks = List.of(breakOf(2, "A02", DAY, "10:00:00", "10:03:00", true),
				breakOf(3, "A01", DAY, "10:00:00", "10:03:00", true));

		assertThat(check(breaks, 10)).containsExactly(line("A02", "BR-CONCURRENT", "47(1)1", NOV_2, DAY, 1, breakRow(2),
				"2 of the post away at once, at most 1 allowed"));
	}

	@Test
	void agentsOfDifferentJobTypesDoNotCountAgainstEachOther() {
		List<BreakRecord> breaks = List.of(breakOf(2, "A01", DAY, "10:00:00", "10:04:00", true),
				breakOf(3, "A05", DAY, "10:01:00", "10:04:00", true));

		assertThat(check(breaks, 10)).isEmpty();
	}

	@Test
	void agentsOfDifferentShiftsDoNotCountAgainstEachOther() {
		List<BreakRecord> breaks = List.of(breakOf(2, "A01", DAY, "15:00:00", "15:04:00", true),
				breakOf(3, "A02", EVENING, "15:01:00", "15:04:00", true));

		assertThat(check(breaks, 10)).isEmpty();
	}

	@Test
	void withFortyOnTheShiftTwoMayBeAwayAndTheThirdCostsOnePoint() {
		List<BreakRecord> breaks = List.of(breakOf(2, "A01", DAY, "10:00:00", "10:04:00", true),
				breakOf(3, "A02", DAY, "10:01:00", "10:04:00", true), breakOf(4, "A03", DAY, "10:02:00", "10:04:00", true));

		assertThat(check(breaks, 40)).containsExactly(line("A03", "BR-CONCURRENT", "47(1)1", NOV_2, DAY, 1, breakRow(4),
				"3 of the post away at once, at most 2 allowed"));
	}

	@Test
	void headcountIsCountedOnTheEffectiveRoster() {
		List<Person> staff = new ArrayList<>();
		List<RosterShift> roster = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			String id = String.format("V%02d", i);
			staff.add(person(id, Role.AGENT, "VOICE", 3));
			roster.add(shift(id, NOV_2, DAY));
		}
		staff.add(person("C01", Role.AGENT, "CHAT", 3));
		roster.add(shift("C01", nov(3), DAY));
		Swap chatAgentCoversForV40 = SwapFixtures.swap(2, "S1", "V40", "C01", NOV_2, DAY, nov(3), DAY,
				"2026-10-20T09:00", "L01");
		List<Duty> nov2 = EffectiveRoster.of(roster, List.of(chatAgentCoversForV40))
			.stream()
			.filter(duty -> duty.date().equals(NOV_2))
			.toList();
		List<BreakRecord> breaks = List.of(breakOf(2, "V01", DAY, "10:00:00", "10:04:00", true),
				breakOf(3, "V02", DAY, "10:01:00", "10:04:00", true));

		DayResult day = new DayScoring(defaultSchedule(), people(staff.toArray(Person[]::new)), Set.of()).score(nov2,
				List.of(), List.of(), Map.of(), breaks);

		assertThat(day.entries()).filteredOn(entry -> entry.ruleId().startsWith("BR-"))
			.containsExactly(line("V02", "BR-CONCURRENT", "47(1)1", NOV_2, DAY, 1, breakRow(3),
					"2 of the post away at once, at most 1 allowed"));
	}

	// The schedule holds the numbers

	@Test
	void longestBreakIsTakenFromTheSchedule(@TempDir Path dir) {
		PenaltySchedule schedule = ScheduleFixtures.shippedWith(dir, "break-max-minutes: 5 ", "break-max-minutes: 6 ");
		List<BreakRecord> breaks = List.of(breakOf(2, "A01", DAY, "10:00:00", "10:06:00", true),
				breakOf(3, "A02", DAY, "11:00:00", "11:06:01", true));

		assertThat(new BreakRules(new Ledger(schedule)).check(breaks, JOB_TYPES, headcount(10)))
			.extracting(LedgerEntry::personId, LedgerEntry::ruleId)
			.containsExactly(tuple("A02", "BR-OVERTIME"));
	}

	private static List<LedgerEntry> check(List<BreakRecord> breaks, int voiceOnEachShift) {
		return new BreakRules(new Ledger(defaultSchedule())).check(breaks, JOB_TYPES, headcount(voiceOnEachShift));
	}

	/** {@code voice} VOICE agents and 10 CHAT agents on each shift of 2 November. */
	private static Map<String, Integer> headcount(int voice) {
		return Map.of(BreakRules.post(NOV_2, DAY, "VOICE"), voice, BreakRules.post(NOV_2, EVENING, "VOICE"), voice,
				BreakRules.post(NOV_2, DAY, "CHAT"), 10);
	}

	private static BreakRecord breakOf(int row, String agent, ShiftCode shift, String out, String back,
			boolean approved) {
		return new BreakRecord(agent, NOV_2, shift, at("2026-11-02T" + out), at("2026-11-02T" + back), approved,
				breakRow(row));
	}

	private static Source breakRow(int row) {
		return Source.of("breaks.csv", row);
	}

}
