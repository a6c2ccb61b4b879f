package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;

/**
 * The whole engine over one period's facts in memory: effective roster (rules.md 1), then each
 * day's attendance and breaks (2, 3, 4.1, 5), the period's swaps (4.2), sick certificates (3) and
 * conduct codes (6). The scoring job runs the same pieces day by day from the database.
 */
public final class PeriodScoring {

	private final PenaltySchedule schedule;

	private final Ledger ledger;

	public PeriodScoring(PenaltySchedule schedule) {
		this.schedule = schedule;
		this.ledger = new Ledger(schedule);
	}

	public ScoringResult score(PeriodFacts facts) {
		Period period = facts.period();
		List<LedgerEntry> entries = new ArrayList<>();
		List<DataWarning> warnings = new ArrayList<>();
		Map<RosterKey, RosterShift> planned = new HashMap<>();
		facts.roster().forEach(shift -> planned.put(new RosterKey(shift.agentId(), shift.date(), shift.shift()), shift));
		Set<LocalDate> published = facts.roster().stream().map(RosterShift::date).collect(Collectors.toSet());
		RosterLookup roster = new RosterLookup() {
			@Override
			public Optional<RosterShift> find(String agent, LocalDate date, ShiftCode shift) {
				return Optional.ofNullable(planned.get(new RosterKey(agent, date, shift)));
			}

			@Override
			public boolean publishedOn(LocalDate date) {
				return published.contains(date);
			}
		};
		List<Swap> applicable = new ArrayList<>();
		SwapApplicability.sort(facts.swaps(), roster, period, applicable, warnings);
		List<Duty> duties = EffectiveRoster.of(facts.roster(), applicable);
		Map<String, List<Duty>> dutiesByWorker = duties.stream().collect(Collectors.groupingBy(Duty::workerId));
		Map<String, LeaveCoverage> coverage = new HashMap<>();
		facts.leaves().forEach(leave -> coverage.put(leave.leaveId(),
				LeaveCoverage.of(leave, dutiesByWorker.getOrDefault(leave.agentId(), List.of()))));

		DayScoring days = new DayScoring(schedule, facts.people(), facts.holidays());
		Map<LocalDate, List<Duty>> dutiesByDate = duties.stream().collect(Collectors.groupingBy(Duty::date));
		Map<LocalDate, List<SignIn>> signInsByDate = facts.signIns().stream().collect(Collectors.groupingBy(SignIn::date));
		Map<LocalDate, List<BreakRecord>> breaksByDate = facts.breaks().stream().collect(Collectors.groupingBy(BreakRecord::date));
		for (LocalDate date = period.firstDate(); !date.isAfter(period.lastDate()); date = date.plusDays(1)) {
			LocalDate day = date;
			DayResult result = days.score(dutiesByDate.getOrDefault(day, List.of()), signInsByDate.getOrDefault(day, List.of()),
					facts.leaves().stream().filter(leave -> leave.covers(day)).toList(), coverage,
					breaksByDate.getOrDefault(day, List.of()));
			entries.addAll(result.entries());
			warnings.addAll(result.warnings());
		}

		DutiesLookup dutiesLookup = (worker, from, to) -> dutiesByWorker.getOrDefault(worker, List.of())
			.stream()
			.filter(duty -> !duty.date().isBefore(from) && !duty.date().isAfter(to))
			.toList();
		entries.addAll(new SwapRules(ledger, facts.people(), facts.holidays()).check(
				applicable.stream().filter(swap -> period.contains(swap.swapDate())).toList(),
				applicable.stream().filter(swap -> swap.swapDate().equals(period.firstDate().minusDays(1))).toList(),
				roster, dutiesLookup));
		SickCertificateRule certificates = new SickCertificateRule(ledger);
		LeaveValidity validity = new LeaveValidity(schedule.thresholds(), facts.people(), facts.holidays());
		facts.leaves().stream()
			.filter(leave -> period.contains(leave.lastDate()))
			.forEach(leave -> certificates.check(leave,
					validity.validForAShift(leave, dutiesByWorker.getOrDefault(leave.agentId(), List.of())))
				.ifPresent(entries::add));
		ConductRule conduct = new ConductRule(ledger);
		facts.evaluations().stream()
			.filter(evaluation -> period.contains(evaluation.callDate()))
			.forEach(evaluation -> entries.addAll(conduct.entries(evaluation)));
		return new ScoringResult(entries, warnings);
	}

	private record RosterKey(String agentId, LocalDate date, ShiftCode shift) {
	}

}
