package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.conductledger.period.CutoffDay;
import com.conductledger.period.Period;

import static com.conductledger.scoring.rules.RulesFixtures.agent;
import static com.conductledger.scoring.rules.RulesFixtures.defaultSchedule;
import static com.conductledger.scoring.rules.RulesFixtures.people;
import static com.conductledger.scoring.rules.RulesFixtures.person;
import static com.conductledger.scoring.rules.RulesFixtures.shift;
import static com.conductledger.scoring.rules.RulesFixtures.sickLeave;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sick leave whose shifts fall before the cut-off but whose last day falls after it: its late
 * certificate belongs to the next period, and is judged on the shifts it covered in the earlier one.
 */
class SickLeaveAcrossTheCutoffTests {

	private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

	private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

	private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);

	private final LeaveRequest leave = sickLeave("LV9", "A01", NOV_24, NOV_27, "2026-11-24T06:00",
			LocalDate.of(2026, 12, 5));

	private final List<RosterShift> roster = List.of(shift("A01", NOV_24, ShiftCode.DAY), shift("A01", NOV_25, ShiftCode.DAY));

	@Test
	void aLateCertificateOfALeaveEndingAfterTheCutoffIsChargedInThePeriodOfItsLastDay() {
		ScoringResult december = score(Period.of("2026-12", new CutoffDay(25)));

		assertThat(december.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.ruleId()).isEqualTo("LV-SICK-CERT-LATE");
			assertThat(entry.date()).isEqualTo(NOV_27);
			assertThat(entry.reasons()).containsExactly("certificate of leave LV9 handed in 2026-12-05, due by 2026-11-28");
		});
	}

	@Test
	void thePeriodOfTheLeavesShiftsChargesNoCertificateAndNoAbsence() {
		assertThat(score(Period.of("2026-11", new CutoffDay(25))).entries()).isEmpty();
	}

	private ScoringResult score(Period period) {
		PeriodFacts facts = new PeriodFacts(period, people(agent("A01", "T01"), person("L01", Role.TEAM_LEAD, "VOICE", 5)),
				Set.of(), roster, List.of(), List.of(leave), List.of(), List.of(), List.of());
		return new PeriodScoring(defaultSchedule()).score(facts);
	}

}
