package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
 * evaluations go through the pure rules; nothing of other days is held. A day whose rows did not
 * change since the period's current run, and whose fingerprint is the one that run recorded, is not
 * read at all: it is taken from that run.
 */
class DayScoringProcessor implements ItemProcessor<LocalDate, ScoredDay> {

	private final ScoringContext context;

	private final Function<LocalDate, String> fingerprints;

	private final PreviousRun previous;

	private final FactsRepository facts;

	private final DayScoring dayScoring;

	private final ConductRule conduct;

	DayScoringProcessor(ScoringRunState run, FactsRepository facts) {
		this(run.context(), run.fingerprints()::of, run.previous(), facts);
	}

	/** Scores every day, with no fingerprint: for scoring in memory (the shadow scoring of a closed period). */
	static DayScoringProcessor inFull(ScoringContext context, FactsRepository facts) {
		return new DayScoringProcessor(context, date -> "", PreviousRun.NONE, facts);
	}

	private DayScoringProcessor(ScoringContext context, Function<LocalDate, String> fingerprints, PreviousRun previous,
			FactsRepository facts) {
		this.context = context;
		this.fingerprints = fingerprints;
		this.previous = previous;
		this.facts = facts;
		this.dayScoring = new DayScoring(context.schedule, context.people, context.holidays);
		this.conduct = new ConductRule(new Ledger(context.schedule));
	}

	@Override
	public ScoredDay process(LocalDate date) {
		String fingerprint = fingerprints.apply(date);
		if (previous.reusable(date, fingerprint)) {
			return ScoredDay.taken(date, fingerprint, previous.runId());
		}
		List<Duty> duties = EffectiveRoster.of(facts.rosterOn(date), context.swapsOn(date));
		DayResult day = dayScoring.score(duties, facts.signInsOn(date), context.leavesCovering(date), context.coverage,
				facts.breaksOn(date));
		List<LedgerEntry> entries = new ArrayList<>(day.entries());
		for (Evaluation evaluation : facts.evaluationsOn(date)) {
			entries.addAll(conduct.entries(evaluation));
		}
		return ScoredDay.scored(date, fingerprint, entries, day.warnings());
	}

}
