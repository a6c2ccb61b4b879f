package com.conductledger.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.ScorecardCalculator;
import com.conductledger.scoring.job.FactsRepository;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.rules.ConductRule;
import com.conductledger.scoring.rules.Evaluation;
import com.conductledger.scoring.rules.Ledger;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;
import com.conductledger.versions.ScheduleVersions;

/**
 * A period's scorecards from the database (rules.md 7): everyone with a roster shift, an evaluation
 * or a ledger entry in the period, their scored evaluations (after fatal zeroing, by the same rule
 * as the ledger) read a day at a time, and their ledger entries streamed. Computed once per scoring
 * run, under the schedule version in force for the period, and kept until the period is scored again (the web asks for them on every page).
 */
@Component
public class MonthScorecards {

	private final FactsRepository facts;

	private final LedgerStore ledger;

	private final ScheduleVersions versions;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	MonthScorecards(FactsRepository facts, LedgerStore ledger, ScheduleVersions versions) {
		this.facts = facts;
		this.ledger = ledger;
		this.versions = versions;
	}

	public List<Scorecard> of(Period period) {
		Long run = ledger.currentRun(period.name()).orElse(null);
		Cached cached = cache.get(period.name());
		List<Scorecard> scorecards = cached != null && run != null && run.equals(cached.run()) ? cached.scorecards()
				: compute(period);
		if (run != null) {
			cache.put(period.name(), new Cached(run, scorecards));
		}
		return scorecards;
	}

	private List<Scorecard> compute(Period period) {
		PenaltySchedule schedule = versions.inForce(period).schedule();
		facts.refreshFileNames();
		Map<String, Person> people = facts.people();
		Map<String, PersonMonth> months = new TreeMap<>();
		facts.rosteredBetween(period.firstDate(), period.lastDate()).forEach(id -> monthOf(id, people, months));
		ConductRule conduct = new ConductRule(new Ledger(schedule));
		for (LocalDate day = period.firstDate(); !day.isAfter(period.lastDate()); day = day.plusDays(1)) {
			for (Evaluation evaluation : facts.evaluationsOn(day)) {
				PersonMonth month = monthOf(evaluation.agentId(), people, months);
				conduct.score(evaluation).ifPresent(month::addEvaluationScore);
			}
		}
		ledger.forEachEntry(period.name(), stored -> {
			ConductCode code = stored.entry().ruleId().startsWith("QA-")
					? schedule.conductCodes().get(stored.entry().ruleId().substring(3)) : null;
			monthOf(stored.entry().personId(), people, months).addEntry(stored.entry(), code != null && code.fatal());
		});
		return new ScorecardCalculator(schedule).scorecards(months.values().stream().toList());
	}

	private record Cached(long run, List<Scorecard> scorecards) {
	}

	private static PersonMonth monthOf(String id, Map<String, Person> people, Map<String, PersonMonth> months) {
		return months.computeIfAbsent(id, key -> new PersonMonth(people.getOrDefault(key,
				new Person(key, key, null, null, 0, Role.AGENT))));
	}

}
