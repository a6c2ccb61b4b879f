package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.conductledger.scoring.rules.ConductRule;
import com.conductledger.scoring.rules.DayResult;
import com.conductledger.scoring.rules.DayScoring;
import com.conductledger.scoring.rules.Duty;
import com.conductledger.scoring.rules.EffectiveRoster;
import com.conductledger.scoring.rules.Evaluation;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Ledger;

/**
 * Scores one day from the database: that day's effective roster, sign-ins, leaves, breaks and
 * evaluations go through the pure rules; nothing of other days is held.
 */
class DayScoringProcessor implements ItemProcessor<LocalDate, ScoredDay> {

	private final ScoringContext context;

	private final FactsRepository facts;

	private final DayScoring dayScoring;

	private final ConductRule conduct;

	DayScoringProcessor(ScoringContext context, FactsRepository facts) {
		this.context = context;
		this.facts = facts;
		this.dayScoring = new DayScoring(context.schedule, context.people, context.holidays);
		this.conduct = new ConductRule(new Ledger(context.schedule));
	}

	@Override
	public ScoredDay process(LocalDate date) {
		List<Duty> duties = EffectiveRoster.of(facts.rosterOn(date), context.swapsOn(date));
		DayResult day = dayScoring.score(duties, facts.signInsOn(date), context.leavesCovering(date), context.coverage,
				facts.breaksOn(date));
		List<LedgerEntry> entries = new ArrayList<>(day.entries());
		for (Evaluation evaluation : facts.evaluationsOn(date)) {
			entries.addAll(conduct.entries(evaluation));
		}
		return new ScoredDay(date, entries, day.warnings());
	}

}
