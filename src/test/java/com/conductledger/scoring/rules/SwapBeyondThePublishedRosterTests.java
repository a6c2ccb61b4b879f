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
import static com.conductledger.scoring.rules.RulesFixtures.signIn;
import static com.conductledger.scoring.rules.RulesFixtures.swap;
import static org.assertj.core.api.Assertions.assertThat;

/** A swap repaid after the cut-off, when next month's roster is not published yet. */
class SwapBeyondThePublishedRosterTests {

	private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

	private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

	private final Period november = Period.of("2026-11", new CutoffDay(25));

	@Test
	void theSwapShiftAppliesWhileTheRepayShiftsRosterIsUnknown() {
		Swap repaidInDecember = swap("SW1", "A01", "A02", NOV_24, ShiftCode.DAY, LocalDate.of(2026, 12, 3), ShiftCode.DAY,
				"2026-11-20T09:00");
		PeriodFacts facts = new PeriodFacts(november,
				people(agent("A01", "T01"), agent("A02", "T01"), person("L01", Role.TEAM_LEAD, "VOICE", 5)), Set.of(),
				List.of(shift("A01", NOV_24, ShiftCode.DAY), shift("A02", NOV_25, ShiftCode.DAY)),
				List.of(signIn("A02", NOV_24, ShiftCode.DAY, "2026-11-24T07:45", "2026-11-24T16:00"),
						signIn("A02", NOV_25, ShiftCode.DAY, "2026-11-25T07:45", "2026-11-25T16:00")),
				List.of(), List.of(repaidInDecember), List.of(), List.of());

		ScoringResult result = new PeriodScoring(defaultSchedule()).score(facts);

		assertThat(result.entries()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aRepayShiftOnAPublishedDateTheCounterpartIsNotRosteredOnStillStopsTheSwap() {
		Swap badRepay = swap("SW2", "A01", "A02", NOV_24, ShiftCode.DAY, NOV_25, ShiftCode.NIGHT, "2026-11-20T09:00");
		PeriodFacts facts = new PeriodFacts(november,
				people(agent("A01", "T01"), agent("A02", "T01"), person("L01", Role.TEAM_LEAD, "VOICE", 5)), Set.of(),
				List.of(shift("A01", NOV_24, ShiftCode.DAY), shift("A02", NOV_25, ShiftCode.DAY)),
				List.of(signIn("A01", NOV_24, ShiftCode.DAY, "2026-11-24T07:45", "2026-11-24T16:00"),
						signIn("A02", NOV_25, ShiftCode.DAY, "2026-11-25T07:45", "2026-11-25T16:00")),
				List.of(), List.of(badRepay), List.of(), List.of());

		ScoringResult result = new PeriodScoring(defaultSchedule()).score(facts);

		assertThat(result.warnings()).extracting(DataWarning::code).containsExactly(SwapApplicability.NOT_ROSTERED);
		assertThat(result.entries()).isEmpty();
	}

}
