package com.conductledger.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.conductledger.scoring.rules.DisputeCorrection;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Person;

/**
 * What a person's month adds up to: scored evaluations (after fatal zeroing) and ledger points,
 * gathered entry by entry so that a month of any size needs only these totals.
 */
public final class PersonMonth {

	private final Person person;

	private int scoredEvaluations;

	private BigDecimal scoreSum = BigDecimal.ZERO;

	private int deductionPoints;

	private int entries;

	private final Map<Category, Integer> pointsByCategory = new EnumMap<>(Category.class);

	private int absences;

	private boolean fatal;

	public PersonMonth(Person person) {
		this.person = person;
	}

	public PersonMonth addEvaluationScore(BigDecimal score) {
		scoredEvaluations++;
		scoreSum = scoreSum.add(score);
		return this;
	}

	/** Adds a ledger entry; {@code fatalCode} says whether it is a fatal conduct code. */
	public PersonMonth addEntry(LedgerEntry entry, boolean fatalCode) {
		entries++;
		deductionPoints += entry.points();
		String rule = DisputeCorrection.correctedRule(entry).orElse(entry.ruleId());
		pointsByCategory.merge(Category.of(rule), entry.points(), Integer::sum);
		if (rule.equals("ATT-ABSENT")) {
			absences += DisputeCorrection.is(entry) ? DisputeCorrection.waives(entry) ? -1 : 0 : 1;
		}
		fatal |= fatalCode;
		return this;
	}

	public Person person() {
		return person;
	}

	public int scoredEvaluations() {
		return scoredEvaluations;
	}

	public BigDecimal scoreSum() {
		return scoreSum;
	}

	public int deductionPoints() {
		return deductionPoints;
	}

	/** How many ledger entries the person has in the period (zero-point ones included). */
	public int entries() {
		return entries;
	}

	public int points(Category category) {
		return pointsByCategory.getOrDefault(category, 0);
	}

	/** Whether an ATT-ABSENT charge stands (one waived by a dispute does not). */
	public boolean absent() {
		return absences > 0;
	}

	public boolean fatal() {
		return fatal;
	}

}
