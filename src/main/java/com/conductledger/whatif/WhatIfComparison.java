package com.conductledger.whatif;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.conductledger.period.Period;
import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.VersionName;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.ScorecardCalculator;
import com.conductledger.scoring.rules.ConductRule;
import com.conductledger.scoring.rules.Evaluation;
import com.conductledger.scoring.rules.Ledger;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.PeriodFacts;
import com.conductledger.scoring.rules.PeriodScoring;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.RosterShift;

/**
 * Scores one period's facts twice in memory, under the version in force and under a proposal, with
 * the same engine as the ledger ({@link PeriodScoring}) and the same scorecards (rules.md 7), and
 * compares them person by person and rule by rule. The adjustments the period carries for closed
 * periods are the same on both sides. Pure: facts in, comparison out.
 */
public final class WhatIfComparison {

	private static final Comparator<WhatIfRow> ORDER = Comparator
		.comparing((WhatIfRow row) -> row.deltaNet().abs(), Comparator.reverseOrder())
		.thenComparing(WhatIfRow::personId);

	private WhatIfComparison() {
	}

	public static WhatIfResult compare(PeriodFacts facts, List<LedgerEntry> adjustments, VersionName inForce,
			PenaltySchedule now, String proposalSha256, PenaltySchedule then) {
		// the two scorings share nothing but the facts, which neither changes: one runs on a second core
		CompletableFuture<List<LedgerEntry>> proposed = CompletableFuture.supplyAsync(() -> entries(facts, adjustments, then));
		List<LedgerEntry> entriesNow = entries(facts, adjustments, now);
		List<LedgerEntry> entriesThen = proposed.join();
		Set<String> withEntries = new HashSet<>();
		entriesNow.forEach(entry -> withEntries.add(entry.personId()));
		entriesThen.forEach(entry -> withEntries.add(entry.personId()));
		Map<String, Scorecard> cardsNow = scorecards(facts, entriesNow, now, withEntries);
		Map<String, Scorecard> cardsThen = scorecards(facts, entriesThen, then, withEntries);
		List<WhatIfRow> rows = new ArrayList<>();
		cardsNow.forEach((id, card) -> {
			WhatIfRow row = WhatIfRow.of(card, cardsThen.get(id));
			if (row.differs()) {
				rows.add(row);
			}
		});
		rows.sort(ORDER);
		Map<String, RuleTotals> rules = new TreeMap<>();
		entriesNow.forEach(entry -> rules.merge(entry.ruleId(), new RuleTotals(entry.ruleId(), 1, entry.points(), 0, 0),
				(total, one) -> total.plusNow(entry.points())));
		entriesThen.forEach(entry -> rules.merge(entry.ruleId(), new RuleTotals(entry.ruleId(), 0, 0, 1, entry.points()),
				(total, one) -> total.plusThen(entry.points())));
		return new WhatIfResult(facts.period().name(), inForce, proposalSha256, cardsNow.size(), rows,
				List.copyOf(rules.values()), 0, 0);
	}

	private static List<LedgerEntry> entries(PeriodFacts facts, List<LedgerEntry> adjustments, PenaltySchedule schedule) {
		List<LedgerEntry> entries = new ArrayList<>(new PeriodScoring(schedule).score(facts).entries());
		entries.addAll(adjustments);
		return entries;
	}

	/** Everyone rostered, evaluated or with an entry (on either side) in the period, as the month's scorecards count them. */
	private static Map<String, Scorecard> scorecards(PeriodFacts facts, Collection<LedgerEntry> entries,
			PenaltySchedule schedule, Set<String> withEntries) {
		Period period = facts.period();
		Map<String, PersonMonth> months = new TreeMap<>();
		BiFunction<String, Map<String, PersonMonth>, PersonMonth> monthOf = (id, all) -> all.computeIfAbsent(id,
				key -> new PersonMonth(facts.people().getOrDefault(key, new Person(key, key, null, null, 0, Role.AGENT))));
		facts.roster().stream()
			.filter(shift -> period.contains(shift.date()))
			.map(RosterShift::agentId)
			.forEach(id -> monthOf.apply(id, months));
		withEntries.forEach(id -> monthOf.apply(id, months));
		ConductRule conduct = new ConductRule(new Ledger(schedule));
		for (Evaluation evaluation : facts.evaluations()) {
			if (period.contains(evaluation.callDate())) {
				PersonMonth month = monthOf.apply(evaluation.agentId(), months);
				conduct.score(evaluation).ifPresent(month::addEvaluationScore);
			}
		}
		for (LedgerEntry entry : entries) {
			ConductCode code = entry.ruleId().startsWith("QA-") ? schedule.conductCodes().get(entry.ruleId().substring(3))
					: null;
			monthOf.apply(entry.personId(), months).addEntry(entry, code != null && code.fatal());
		}
		Map<String, Scorecard> cards = new TreeMap<>();
		new ScorecardCalculator(schedule).scorecards(List.copyOf(months.values()))
			.forEach(card -> cards.put(card.personId(), card));
		return cards;
	}

}
