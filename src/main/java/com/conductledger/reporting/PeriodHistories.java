package com.conductledger.reporting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.conductledger.history.PeriodHistory;
import com.conductledger.history.ScorecardSnapshots;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.Scorecard;

/**
 * The history of a period from the database: the snapshots of up to six scored periods before it
 * (a period scored before snapshots existed gets one now, from its ledger), then the period's own
 * scorecards. Kept while neither the period nor those before it are scored, closed or written again.
 */
@Component
public class PeriodHistories {

	private final PeriodRegistry registry;

	private final ScorecardSnapshots snapshots;

	private final MonthScorecards scorecards;

	private final PenaltySchedule schedule;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	PeriodHistories(PeriodRegistry registry, ScorecardSnapshots snapshots, MonthScorecards scorecards,
			PenaltySchedule schedule) {
		this.registry = registry;
		this.snapshots = snapshots;
		this.scorecards = scorecards;
		this.schedule = schedule;
	}

	public PeriodHistory of(Period period, List<Scorecard> current) {
		List<PeriodStatus> known = registry.all();
		List<PeriodStatus> earlier = known.stream()
			.filter(status -> status.period().compareTo(period.name()) < 0)
			.filter(status -> status.scoredAt() != null || status.isFinal())
			.sorted((a, b) -> b.period().compareTo(a.period()))
			.limit(PeriodHistory.MONTHS_BEFORE)
			.toList();
		// the current scorecards change only with a scoring of the period, the earlier ones with theirs or a close;
		// a scoring is told by its run, as two scorings within one second share their scored_at
		Map<String, Long> runs = registry.currentRuns();
		String key = earlier + "|" + known.stream().filter(status -> status.period().equals(period.name())).toList()
				+ "|" + runs.get(period.name()) + "|" + earlier.stream().map(status -> runs.get(status.period())).toList();
		Cached cached = cache.get(period.name());
		if (cached != null && cached.key().equals(key)) {
			return cached.history();
		}
		for (PeriodStatus status : earlier) {
			if (!snapshots.has(status.period())) {
				snapshots.replace(status.period(), scorecards.of(Period.of(status.period(), schedule.cutoffDay())));
			}
		}
		PeriodHistory history = PeriodHistory.of(period.name(), current,
				snapshots.load(earlier.stream().map(PeriodStatus::period).toList()));
		cache.put(period.name(), new Cached(key, history));
		return history;
	}

	/** Keeps the snapshot of a period whose reports were just written: later periods show these figures. */
	public void written(Period period, List<Scorecard> scorecards) {
		snapshots.replace(period.name(), scorecards);
		cache.clear();
	}

	private record Cached(String key, PeriodHistory history) {
	}

}
