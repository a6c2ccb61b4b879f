package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.period.Period;

/** All facts of a period in memory: for small centres and for tests (the scoring job streams by day instead). */
public record PeriodFacts(Period period, Map<String, Person> people, Set<LocalDate> holidays, List<RosterShift> roster,
		List<SignIn> signIns, List<LeaveRequest> leaves, List<Swap> swaps, List<BreakRecord> breaks,
		List<Evaluation> evaluations) {
}
