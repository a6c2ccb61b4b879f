package com.conductledger.history;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of a hand-computed three-month case: two teams, three agents; per person the final,
 * points and tier of each month; per team the average final over ranked agents, points by category
 * and headcount; the most improved since the month before.
 */
class PeriodHistoryTests {

	// final = QA average - points; T1 = A1, A2; T2 = B1
	// 2026-09: A1 90 - 0 = 90 (rank 1, REWARD), A2 80 - 2 = 78 (3), B1 85 - 1 = 84 (2)
	// 2026-10: A1 88 - 0 = 88 (1), A2 70 - 0 = 70 (3), B1 95 - 10 = 85 (2)
	// 2026-11: A1 92 - 2 = 90 (2), A2 86 - 0 = 86 (3), B1 90 - 0 = 90 (1, fewer points, REWARD)
	static final List<MonthFigures> EARLIER = List.of(
			figures("2026-09", "A1", "T1", 1, Tier.REWARD, "90", 0, 0),
			figures("2026-09", "A2", "T1", 3, Tier.STANDARD, "78", 2, 2),
			figures("2026-09", "B1", "T2", 2, Tier.STANDARD, "84", 1, 1),
			figures("2026-10", "A1", "T1", 1, Tier.STANDARD, "88", 0, 0),
			figures("2026-10", "A2", "T1", 3, Tier.STANDARD, "70", 0, 0),
			figures("2026-10", "B1", "T2", 2, Tier.STANDARD, "85", 10, 10));

	static final List<MonthFigures> NOVEMBER = List.of(
			figures("2026-11", "B1", "T2", 1, Tier.REWARD, "90", 0, 0),
			figures("2026-11", "A1", "T1", 2, Tier.STANDARD, "90", 2, 2),
			figures("2026-11", "A2", "T1", 3, Tier.STANDARD, "86", 0, 0));

	final PeriodHistory history = PeriodHistory.ofFigures("2026-11", NOVEMBER, EARLIER);

	@Test
	void theHistoryHoldsThePeriodsOldestFirstEndingWithThePeriodItself() {
		assertThat(history.periods()).containsExactly("2026-09", "2026-10", "2026-11");
		assertThat(history.current()).isEqualTo("2026-11");
		assertThat(history.previous()).hasValue("2026-10");
	}

	@Test
	void aPersonsMonthsGiveTheFinalPointsAndTierOfEach() {
		assertThat(history.person("B1")).extracting(MonthFigures::finalScore, MonthFigures::deductionPoints,
				MonthFigures::tier)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("84"), 1, Tier.STANDARD),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("85"), 10, Tier.STANDARD),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("90"), 0, Tier.REWARD));
	}

	@Test
	void aTeamsMonthAveragesItsRankedAgentsFinalsAndSumsItsPointsByCategory() {
		// T1: (90 + 78) / 2 = 84.00, (88 + 70) / 2 = 79.00, (90 + 86) / 2 = 88.00
		assertThat(history.team("T1")).extracting(TeamMonth::averageFinal)
			.containsExactly(new BigDecimal("84.00"), new BigDecimal("79.00"), new BigDecimal("88.00"));
		assertThat(history.team("T1")).extracting(month -> month.points(Category.ATTENDANCE)).containsExactly(2, 0, 2);
		assertThat(history.team("T2")).extracting(TeamMonth::headcount).containsExactly(1, 1, 1);
		assertThat(history.team("T2")).extracting(TeamMonth::points).containsExactly(1, 10, 0);
		// centre: (90 + 78 + 84) / 3 = 84.00, (88 + 70 + 85) / 3 = 81.00, (90 + 86 + 90) / 3 = 88.67
		assertThat(history.centre()).extracting(TeamMonth::averageFinal)
			.containsExactly(new BigDecimal("84.00"), new BigDecimal("81.00"), new BigDecimal("88.67"));
	}

	@Test
	void theMostImprovedRoseMostSinceThePreviousPeriodAmongAgentsRankedInBoth() {
		// A2 70 -> 86 (+16), B1 85 -> 90 (+5), A1 88 -> 90 (+2)
		assertThat(history.mostImproved(10)).extracting(improvement -> improvement.now().personId(), Improvement::rise)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A2", new BigDecimal("16")),
					org.assertj.core.groups.Tuple.tuple("B1", new BigDecimal("5")),
					org.assertj.core.groups.Tuple.tuple("A1", new BigDecimal("2")));
		assertThat(history.mostImproved(1)).hasSize(1);
	}

	@Test
	void someoneNotRankedInTheEarlierPeriodIsNotAmongTheMostImproved() {
		List<MonthFigures> october = List.of(figures("2026-10", "A1", "T1", null, Tier.NOT_EVALUATED, null, 0, 0),
				figures("2026-10", "A2", "T1", 1, Tier.STANDARD, "95", 0, 0));

		PeriodHistory withAGap = PeriodHistory.ofFigures("2026-11", NOVEMBER, october);

		assertThat(withAGap.mostImproved(10)).isEmpty();
	}

	@Test
	void withoutThePeriodJustBeforeThereIsNoMostImproved() {
		PeriodHistory september = PeriodHistory.ofFigures("2026-11", NOVEMBER, EARLIER.subList(0, 3));

		assertThat(september.periods()).containsExactly("2026-09", "2026-11");
		assertThat(september.previous()).isEmpty();
		assertThat(september.mostImproved(10)).isEmpty();
	}

	@Test
	void atMostSixPeriodsBeforeAreKept() {
		List<MonthFigures> longAgo = new java.util.ArrayList<>();
		for (int month = 1; month <= 10; month++) {
			longAgo.add(figures("2026-" + String.format("%02d", month), "A1", "T1", 1, Tier.STANDARD, "80", 0, 0));
		}

		PeriodHistory kept = PeriodHistory.ofFigures("2026-11", NOVEMBER, longAgo);

		assertThat(kept.periods()).containsExactly("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
				"2026-11");
	}

	@Test
	void peopleWithoutATeamAreATeamOfTheirOwnLabelledAsSuch() {
		PeriodHistory withOffice = PeriodHistory.ofFigures("2026-11",
				List.of(figures("2026-11", "S1", null, null, Tier.NOT_EVALUATED, null, 0, 0)), List.of());

		assertThat(withOffice.teams("2026-11")).singleElement()
			.satisfies(team -> assertThat(team.label()).isEqualTo(TeamMonth.NO_TEAM));
	}

	static MonthFigures figures(String period, String id, String team, Integer rank, Tier tier, String finalScore,
			int points, int attendance) {
		int[] categories = new int[Category.values().length];
		categories[Category.ATTENDANCE.ordinal()] = attendance;
		categories[Category.CONDUCT.ordinal()] = points - attendance;
		return new MonthFigures(period, id, "坐席" + id, team, Role.AGENT, rank, tier, null, points,
				finalScore == null ? null : new BigDecimal(finalScore), BigDecimal.ZERO, categories);
	}

}
