package com.conductledger.reporting.pdf;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Person;

/**
 * The template fields of a scorecard (rules.md 7), formatted for reading. The score line spells out
 * the arithmetic, final = QA average - deduction points, so a page explains its own numbers.
 */
final class ScorecardFields {

	private ScorecardFields() {
	}

	static Object read(Scorecard card, String field) {
		Person person = card.month().person();
		return switch (field) {
			case "rank" -> Texts.rank(card.rank());
			case "personId" -> person.id();
			case "name" -> person.name();
			case "team" -> Texts.team(person.team());
			case "details" -> details(person);
			case "evaluations" -> card.month().scoredEvaluations();
			case "qaAverage" -> Texts.score(card.qaAverage());
			case "deductionPoints" -> card.month().deductionPoints();
			case "finalScore" -> Texts.score(card.finalScore());
			case "tierCode" -> card.tier().name();
			case "tier" -> Texts.tier(card.tier());
			case "deductionAmount" -> Texts.money(card.deductionAmount());
			case "rewardAmount" -> Texts.money(card.rewardAmount());
			case "netAmount" -> Texts.money(card.netAmount());
			case "scoreFormula" -> scoreFormula(card);
			case "categories" -> categories(card);
			default -> throw new IllegalArgumentException("a scorecard has no field '" + field + "'");
		};
	}

	private static String details(Person person) {
		return "工号 ID " + person.id() + "   ·   团队 Team " + Texts.team(person.team()) + "   ·   岗位 Job type "
				+ person.jobType() + "   ·   技能等级 Skill level " + person.skillLevel() + "   ·   角色 Role "
				+ Texts.role(person.role());
	}

	private static String scoreFormula(Scorecard card) {
		if (card.tier() == Tier.NOT_EVALUATED) {
			return "未评估：本期无已评分的质检，无最终分，不参与排名。  Not evaluated: no scored evaluation this period, "
					+ "so no final score and no rank.";
		}
		String formula = "最终分 = 质检均分 − 扣分   Final = QA average − deduction points = " + Texts.score(card.qaAverage())
				+ " − " + card.month().deductionPoints() + " = " + Texts.score(card.finalScore());
		return card.rank() == null ? formula + "   (不参与排名：只排名坐席  not ranked: only agents are ranked)" : formula;
	}

	private static String categories(Scorecard card) {
		return "按类别扣分  Points by category:   " + Arrays.stream(Category.values())
			.map(category -> Texts.category(category) + " " + card.month().points(category))
			.collect(Collectors.joining("   ·   "));
	}

}
