package com.conductledger.scoring.rules;

import static com.conductledger.scoring.rules.LedgerLines.line;
import static com.conductledger.scoring.rules.RulesFixtures.NOV_2;
import static com.conductledger.scoring.rules.RulesFixtures.defaultSchedule;
import static com.conductledger.scoring.rules.RulesFixtures.evaluation;
import static com.conductledger.scoring.rules.RulesFixtures.floorObservation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules.md 6, Art. 23, 46(3): each conduct code is one {@code QA-Cnn} entry; a fatal code zeroes the evaluation. */
class ConductRuleTests {

	private static final int[] ITEMS_92 = { 9, 18, 28, 18, 10, 9 };

	private static final Source QA_ROW = new Source("evaluations/qa.xlsx", "评估", 2);

	private static final Source FLOOR_ROW = new Source("evaluations/qa.xlsx", "评估", 3);

	private final ConductRule rule = new ConductRule(new Ledger(defaultSchedule()));

	@Test
	void eachCodeOnAnEvaluationIsOneEntryWithTheSchedulesPoints() {
		Evaluation evaluation = evaluation("E1", "A01", NOV_2, ITEMS_92, "C01", "C09");

		assertThat(rule.entries(evaluation)).containsExactly(
				line("A01", "QA-C01", "46(3) item 1", NOV_2, null, 2, QA_ROW,
						"Joking or idle chat with customers / 与客户开玩笑、闲聊", "evaluation E1"),
				line("A01", "QA-C09", "46(3) item 9", NOV_2, null, 3, QA_ROW,
						"Internet, films, games or downloads / 上网、看电影、玩游戏、下载软件", "evaluation E1"));
	}

	@Test
	void aCodeTwiceOnARowIsTwoEntries() {
		Evaluation evaluation = evaluation("E1", "A01", NOV_2, ITEMS_92, "C08", "C08");
		LedgerEntry personalCall = line("A01", "QA-C08", "46(3) item 8", NOV_2, null, 2, QA_ROW,
				"Personal calls, texts, e-mail or chat / 打私人电话、发短信、聊天", "evaluation E1");

		assertThat(rule.entries(evaluation)).containsExactly(personalCall, personalCall);
	}

	@Test
	void leakingCustomerDataCostsTwentyPointsAndIsFatal() {
		Evaluation evaluation = evaluation("E1", "A01", NOV_2, ITEMS_92, "C16");

		assertThat(rule.entries(evaluation)).containsExactly(line("A01", "QA-C16", "46(3) item 16", NOV_2, null, 20,
				QA_ROW, "Leaking or misusing customer data / 泄露或滥用客户资料",
				"evaluation E1, fatal: evaluation scored 0"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "C02", "C14", "C16" })
	void fatalCodeScoresTheEvaluationZero(String fatal) {
		assertThat(rule.score(evaluation("E1", "A01", NOV_2, ITEMS_92, "C10", fatal))).contains(BigDecimal.ZERO);
	}

	@Test
	void nonFatalCodesLeaveTheScoreAsTheSumOfTheItems() {
		assertThat(rule.score(evaluation("E1", "A01", NOV_2, ITEMS_92, "C03", "C15")))
			.hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("92"));
	}

	@Test
	void evaluationWithoutCodesHasNoEntriesAndScoresItsItems() {
		Evaluation evaluation = evaluation("E1", "A01", NOV_2, new int[] { 10, 20, 30, 20, 10, 10 });

		assertThat(rule.entries(evaluation)).isEmpty();
		assertThat(rule.score(evaluation)).hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("100"));
	}

	@Test
	void floorObservationCodesCountButItHasNoScore() {
		Evaluation observation = floorObservation("F1", "A02", NOV_2, "C07", "C17");

		assertThat(rule.entries(observation)).containsExactly(
				line("A02", "QA-C07", "46(3) item 7", NOV_2, null, 1, FLOOR_ROW, "Eating in the hall / 在大厅内吃东西",
						"floor observation F1"),
				line("A02", "QA-C17", "46(3) item 17", NOV_2, null, 1, FLOOR_ROW,
						"Standing and chatting beside the seats / 在座位旁站立聊天", "floor observation F1"));
		assertThat(rule.score(observation)).isEmpty();
	}

	@Test
	void fatalCodeOnAFloorObservationDoesNotClaimAScoreOfZero() {
		Evaluation observation = floorObservation("F1", "A02", NOV_2, "C14");

		assertThat(rule.entries(observation)).containsExactly(line("A02", "QA-C14", "46(3) item 14", NOV_2, null, 5,
				FLOOR_ROW, "Harsh or impatient tone, quarrelling / 语气生硬、不耐烦、与客户争吵", "floor observation F1, fatal code"));
		assertThat(rule.score(observation)).isEmpty();
	}

}
