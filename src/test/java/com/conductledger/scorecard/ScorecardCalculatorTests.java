package com.conductledger.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.RulesFixtures;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScorecardCalculatorTests {

	private final ScorecardCalculator calculator = new ScorecardCalculator(RulesFixtures.defaultSchedule());

	@Test
	void theQaAverageIsRoundedHalfUpToTwoDecimals() {
		Scorecard card = only(agent("A1", "85.00", "85.01"));

		assertThat(card.qaAverage()).isEqualByComparingTo("85.01");
		assertThat(card.qaAverage().scale()).isEqualTo(2);
	}

	@Test
	void theFinalScoreIsTheQaAverageLessTheDeductionPoints() {
		Scorecard card = only(agent("A1", "90", "80").addEntry(entry("A1", "ATT-LATE", 2), false)
			.addEntry(entry("A1", "QA-C08", 2), false));

		assertThat(card.qaAverage()).isEqualByComparingTo("85.00");
		assertThat(card.finalScore()).isEqualByComparingTo("81.00");
		assertThat(card.month().deductionPoints()).isEqualTo(4);
		assertThat(card.month().points(Category.ATTENDANCE)).isEqualTo(2);
		assertThat(card.month().points(Category.CONDUCT)).isEqualTo(2);
	}

	@Test
	void deductionsCostTenYuanAPointAndTheNetIsRewardLessDeduction() {
		Scorecard card = only(agent("A1", "95").addEntry(entry("A1", "BR-OVERTIME", 1), false));

		assertThat(card.deductionAmount()).isEqualByComparingTo("10.00");
		assertThat(card.rewardAmount()).isEqualByComparingTo("200.00");
		assertThat(card.netAmount()).isEqualByComparingTo("190.00");
	}

	@Test
	void equalFinalScoresRankFewerDeductionPointsFirstThenByAgentId() {
		List<Scorecard> cards = calculator.scorecards(List.of(agent("A3", "80"),
				agent("A2", "82").addEntry(entry("A2", "ATT-LATE", 2), false), agent("A1", "80"),
				agent("A0", "81").addEntry(entry("A0", "BR-UNAPPROVED", 1), false)));

		assertThat(cards).extracting(Scorecard::personId, Scorecard::rank)
			.containsExactly(tuple("A1", 1), tuple("A3", 2), tuple("A0", 3), tuple("A2", 4));
	}

	@Test
	void theTopTenPercentRoundedUpWithNinetyOrMoreAreRewarded() {
		List<PersonMonth> months = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			months.add(agent("A" + (10 + i), String.valueOf(100 - i)));
		}

		List<Scorecard> cards = calculator.scorecards(months);

		assertThat(cards).filteredOn(card -> card.tier() == Tier.REWARD)
			.extracting(Scorecard::personId)
			.containsExactly("A11", "A12");
	}

	@Test
	void aFinalScoreOfExactlyNinetyIsEnoughForTheRewardAndJustBelowIsNot() {
		assertThat(only(agent("A1", "90.00")).tier()).isEqualTo(Tier.REWARD);
		assertThat(only(agent("A1", "89.99")).tier()).isEqualTo(Tier.STANDARD);
	}

	@Test
	void anAbsenceOrAFatalCodeForfeitsTheRewardWithoutPassingItDown() {
		List<Scorecard> cards = calculator.scorecards(List.of(
				agent("A1", "99", "99").addEntry(entry("A1", "ATT-ABSENT", 0), false), agent("A2", "95")));

		assertThat(cards).extracting(Scorecard::personId, Scorecard::tier)
			.containsExactly(tuple("A1", Tier.STANDARD), tuple("A2", Tier.STANDARD));
		assertThat(only(agent("A3", "100").addEntry(entry("A3", "QA-C14", 0), true)).tier()).isEqualTo(Tier.STANDARD);
	}

	@Test
	void aFinalScoreBelowSixtyIsAWarningAndSixtyIsNot() {
		assertThat(only(agent("A1", "59.99")).tier()).isEqualTo(Tier.WARNING);
		assertThat(only(agent("A1", "60.00")).tier()).isEqualTo(Tier.STANDARD);
	}

	@Test
	void withoutAScoredEvaluationThereIsNoFinalScoreNoRankButStillDeductions() {
		Scorecard card = only(new PersonMonth(person("A1", Role.AGENT)).addEntry(entry("A1", "ATT-ABSENT", 10), false));

		assertThat(card.tier()).isEqualTo(Tier.NOT_EVALUATED);
		assertThat(card.qaAverage()).isNull();
		assertThat(card.finalScore()).isNull();
		assertThat(card.rank()).isNull();
		assertThat(card.deductionAmount()).isEqualByComparingTo("100.00");
	}

	@Test
	void onlyAgentsAreRankedAndRewarded() {
		List<Scorecard> cards = calculator.scorecards(List.of(
				new PersonMonth(person("L01", Role.TEAM_LEAD)).addEvaluationScore(new BigDecimal("99")), agent("A1", "70")));

		assertThat(cards).extracting(Scorecard::personId, Scorecard::rank, Scorecard::tier)
			.containsExactly(tuple("A1", 1, Tier.STANDARD), tuple("L01", null, Tier.STANDARD));
	}

	private Scorecard only(PersonMonth month) {
		return calculator.scorecards(List.of(month)).get(0);
	}

	private static PersonMonth agent(String id, String... scores) {
		PersonMonth month = new PersonMonth(person(id, Role.AGENT));
		for (String score : scores) {
			month.addEvaluationScore(new BigDecimal(score));
		}
		return month;
	}

	private static Person person(String id, Role role) {
		return new Person(id, "王芳" + id, "T01", "VOICE", 3, role);
	}

	private static LedgerEntry entry(String person, String rule, int points) {
		return new LedgerEntry(person, rule, "38", LocalDate.of(2026, 11, 2), ShiftCode.DAY, points, List.of("test"),
				Source.of("attendance.csv", 2));
	}

}
